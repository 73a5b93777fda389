import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { RecordQueryStatus } from '../../../shared/QueryStatus';
import { useLang } from '../../../shared/useLang';
import { usePageTitle } from '../../../shared/usePageTitle';
import { SupplierOpportunitiesSection } from '../../opportunities/matching/SupplierOpportunitiesSection';
import { ClearanceBadge } from '../SupplierBadges';
import { useSupplier } from '../suppliers.queries';
import { CapabilitiesSection } from './CapabilitiesSection';
import { CertificationsSection, ClearanceSection } from './CertificationsSection';
import { CompletenessPanel } from './CompletenessPanel';
import { DeleteSupplierButton } from './DeleteSupplierButton';
import { AddressSection, DescriptionSection, IdentitySection } from './IdentitySection';
import { ContactsSection, ReferencesSection } from './ReferencesContactsSections';

export function SupplierProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const query = useSupplier(id);
  const s = query.data;
  usePageTitle(s?.name ?? t('profile.title'));

  if (!query.isSuccess) return <RecordQueryStatus query={query} notFoundMessage={t('profile.notFound')} />;
  if (!s) return null;

  return (
    <>
      <Breadcrumb
        currentPageLabel={s.name}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('nav.suppliers'), linkProps: { to: '/fournisseurs' } }]}
      />
      <div className="bitd-page-head">
        <div>
          <h1 className="fr-mb-1w">{s.name}</h1>
          <p className="fr-mb-0">
            <span className="bitd-muted">
              {s.address.city}
              {s.address.department ? ` (${s.address.department})` : ''}
            </span>{' '}
            <ClearanceBadge level={s.clearance} />
          </p>
        </div>
        <div className="bitd-actions">
          <Button
            iconId="fr-icon-edit-line"
            linkProps={{ to: `/fournisseurs/${encodeURIComponent(s.id)}/modifier` }}
          >
            {t('profile.edit')}
          </Button>
          <DeleteSupplierButton id={s.id} name={s.name} />
        </div>
      </div>

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <div className="fr-col-12 fr-col-lg-8">
          <IdentitySection supplier={s} />
          <DescriptionSection supplier={s} />
          <CapabilitiesSection capabilities={s.capabilities} />
          <CertificationsSection certifications={s.certifications} />
          <ReferencesSection references={s.references} />
          <ContactsSection contacts={s.contacts} />
          <SupplierOpportunitiesSection supplierId={s.id} />
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          <CompletenessPanel completeness={s.completeness} />
          <ClearanceSection clearance={s.clearance} />
          <AddressSection supplier={s} />
          <p className="fr-text--xs bitd-muted">
            {t('profile.updatedAt', { date: formatDateTime(s.updatedAt, lang) })}
            {s.updatedBy ? ` · ${s.updatedBy}` : ''}
          </p>
        </div>
      </div>
    </>
  );
}
