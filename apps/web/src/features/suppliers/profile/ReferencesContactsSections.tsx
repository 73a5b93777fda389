import type { SupplierReferenceView, SupplierView } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../shared/Section';
import { PrivateValue } from './PrivateValue';

export function ReferencesSection({ references }: { references: SupplierReferenceView[] }) {
  const { t } = useTranslation();
  return (
    <Section id="references" title={t('profile.references')}>
      {references.length === 0 ? (
        <p className="bitd-muted">{t('profile.noReferences')}</p>
      ) : (
        <ul className="bitd-card-list">
          {references.map((r, i) => (
            <li key={i}>
              <strong>{r.programme ?? t('profile.unnamedProgramme')}</strong>
              {r.year !== null && <span className="bitd-muted"> · {r.year}</span>}
              {r.customer && (
                <span className="bitd-block fr-text--sm fr-mb-0">
                  {t('fields.reference.customer')} : {r.customer}
                </span>
              )}
              {r.description && (
                <span className="bitd-block bitd-plain-text fr-text--sm fr-mb-0">{r.description}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/**
 * The contacts this reader may see: all of them for the company and the region (each saying
 * whether buyers see it), the ones the company shares for buyers, none for anybody else (who is
 * told who can).
 */
export function ContactsSection({ supplier: s }: { supplier: SupplierView }) {
  const { t } = useTranslation();
  const hidden = s.hiddenFields.includes('contacts');
  const seesAll = s.canEdit;
  const contacts = s.contacts;
  return (
    <Section id="contacts" title={t('profile.contacts')}>
      {hidden ? (
        <p>
          <PrivateValue field="contacts" />
        </p>
      ) : contacts.length === 0 ? (
        <p className="bitd-muted" data-testid="no-contacts">
          {seesAll ? t('profile.noContacts') : t('profile.noSharedContacts')}
        </p>
      ) : (
        <>
          {!seesAll && <p className="fr-text--sm bitd-muted">{t('profile.sharedContacts')}</p>}
          <ul className="bitd-card-list" data-testid="contacts">
            {contacts.map((c, i) => (
              <li key={`${c.email}-${i}`} data-testid="contact">
                <strong>{c.name}</strong>
                {c.role && <span className="bitd-muted"> · {c.role}</span>}
                {seesAll && (
                  <>
                    {' '}
                    <Badge as="span" small noIcon severity={c.visibleToBuyers ? 'info' : undefined}>
                      {c.visibleToBuyers ? t('profile.contactShared') : t('profile.contactPrivate')}
                    </Badge>
                  </>
                )}
                <span className="bitd-block fr-text--sm fr-mb-0">
                  <a className="fr-link fr-link--sm bitd-break" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                </span>
                {c.phone && (
                  <span className="bitd-block fr-text--sm fr-mb-0">
                    <a className="fr-link fr-link--sm" href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>
                      {c.phone}
                    </a>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
