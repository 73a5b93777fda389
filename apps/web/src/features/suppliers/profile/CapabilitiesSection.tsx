import type { SupplierCapabilityView } from '@bitd/domain';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/useLang';
import { labelOf, useCpvLabels } from '../../reference/cpv.queries';
import { referenceLabels } from '../../reference/labels';
import { Section } from './Section';

export function CapabilitiesSection({ capabilities }: { capabilities: SupplierCapabilityView[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = referenceLabels(t);
  const cpv = useCpvLabels(capabilities.map((c) => c.code));

  return (
    <Section id="capabilities" title={t('profile.capabilities')}>
      {capabilities.length === 0 ? (
        <p className="bitd-muted">{t('profile.noCapabilities')}</p>
      ) : (
        <Table
          className="bitd-table"
          noCaption
          caption={t('profile.capabilities')}
          headers={[
            t('fields.capability.code'),
            t('fields.capability.label'),
            t('fields.capability.trl'),
            t('fields.capability.description'),
          ]}
          data={capabilities.map((c) => {
            const reference = labelOf(cpv, c.code, lang);
            const own = c.label && c.label !== reference ? c.label : null;
            return [
              <code key="code">{c.code}</code>,
              <span key="label">
                {reference ?? c.label ?? <span className="bitd-muted">{t('common.none')}</span>}
                {reference && own && <span className="bitd-block fr-text--xs bitd-muted">{own}</span>}
              </span>,
              c.trl !== null ? (
                <span key="trl" title={labels.trl(c.trl)}>
                  <strong>{t('profile.trlShort', { trl: c.trl })}</strong>
                  <span className="bitd-block fr-text--xs bitd-muted">{labels.trl(c.trl)}</span>
                </span>
              ) : (
                <span key="trl" className="bitd-muted">
                  {t('profile.trlUnknown')}
                </span>
              ),
              <span key="desc" className="bitd-plain-text">
                {c.description ?? ''}
              </span>,
            ];
          })}
        />
      )}
    </Section>
  );
}
