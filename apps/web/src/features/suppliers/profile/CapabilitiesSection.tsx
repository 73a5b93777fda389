import type { SupplierCapabilityView } from '@bitd/domain';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useTranslation } from 'react-i18next';
import { referenceLabels } from '../../reference/labels';
import { Section } from '../../../shared/Section';

export function CapabilitiesSection({ capabilities }: { capabilities: SupplierCapabilityView[] }) {
  const { t } = useTranslation();
  const labels = referenceLabels(t);

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
            // The stored label (the supplier's own, else the French CPV label set on save): the
            // profile view carries no per-language reference labels.
            return [
              <code key="code">{c.code}</code>,
              <span key="label">{c.label ?? <span className="bitd-muted">{t('common.none')}</span>}</span>,
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
