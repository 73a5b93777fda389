import type { SupplierContactView, SupplierReferenceView } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../shared/Section';

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

export function ContactsSection({ contacts }: { contacts: SupplierContactView[] }) {
  const { t } = useTranslation();
  return (
    <Section id="contacts" title={t('profile.contacts')}>
      {contacts.length === 0 ? (
        <p className="bitd-muted">{t('profile.noContacts')}</p>
      ) : (
        <ul className="bitd-card-list">
          {contacts.map((c, i) => (
            <li key={`${c.email}-${i}`}>
              <strong>{c.name}</strong>
              {c.role && <span className="bitd-muted"> · {c.role}</span>}
              <span className="bitd-block fr-text--sm fr-mb-0">
                <a className="fr-link fr-link--sm" href={`mailto:${c.email}`}>
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
      )}
    </Section>
  );
}
