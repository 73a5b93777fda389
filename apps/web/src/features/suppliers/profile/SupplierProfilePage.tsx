import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { editorLabel, formatDateTime } from '../../../shared/format';
import { RecordQueryStatus } from '../../../shared/QueryStatus';
import { useLang } from '../../../shared/useLang';
import { usePageTitle } from '../../../shared/usePageTitle';
import { ProposeIntroduction } from '../../introductions/ProposeIntroduction';
import { SupplierOpportunitiesSection } from '../../opportunities/matching/SupplierOpportunitiesSection';
import { FollowSupplierButton } from '../../follows/FollowButtons';
import { ClearanceBadge } from '../SupplierBadges';
import { isStaff, ownSupplierId, useUser } from '../../account/session';
import { useSupplier } from '../suppliers.queries';
import { CapabilitiesSection } from './CapabilitiesSection';
import { CertificationsSection, ClearanceSection } from './CertificationsSection';
import { CompletenessPanel } from './CompletenessPanel';
import { DeleteSupplierButton } from './DeleteSupplierButton';
import { AddressSection, DescriptionSection, IdentitySection } from './IdentitySection';
import { ClaimProfileCallOut } from './ClaimProfileCallOut';
import { ContactsSection, ReferencesSection } from './ReferencesContactsSections';

export function SupplierProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const query = useSupplier(id);
  const user = useUser();
  const s = query.data;
  usePageTitle(s?.name ?? t('profile.title'));

  if (!query.isSuccess) return <RecordQueryStatus query={query} notFoundMessage={t('profile.notFound')} />;
  if (!s) return null;
  const staff = isStaff(user);
  const own = ownSupplierId(user) === s.id;

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
            <ClearanceBadge level={s.clearance} />{' '}
            {own && (
              <Badge as="span" small severity="success" noIcon>
                {t('profile.yours')}
              </Badge>
            )}
            {staff && !s.claimed && (
              <Badge as="span" small noIcon data-testid="unclaimed-badge">
                {t('profile.unclaimed')}
              </Badge>
            )}
          </p>
        </div>
        {(s.canEdit || staff) && (
          <div className="bitd-actions">
            {s.canEdit && (
              <Button
                iconId="fr-icon-edit-line"
                linkProps={{ to: `/fournisseurs/${encodeURIComponent(s.id)}/modifier` }}
              >
                {t('profile.edit')}
              </Button>
            )}
            {staff && <FollowSupplierButton supplierId={s.id} />}
            {staff && <DeleteSupplierButton id={s.id} name={s.name} />}
          </div>
        )}
      </div>

      <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <div className="fr-col-12 fr-col-lg-8">
          <IdentitySection supplier={s} />
          <DescriptionSection supplier={s} />
          <CapabilitiesSection capabilities={s.capabilities} />
          <CertificationsSection certifications={s.certifications} />
          <ReferencesSection references={s.references} />
          <ContactsSection supplier={s} />
          {(own || staff) && <SupplierOpportunitiesSection supplierId={s.id} />}
        </div>
        <div className="fr-col-12 fr-col-lg-4">
          {!s.claimed && !user && <ClaimProfileCallOut supplier={s} />}
          <ProposeIntroduction supplier={s} />
          <CompletenessPanel completeness={s.completeness} />
          <ClearanceSection clearance={s.clearance} />
          <AddressSection supplier={s} />
          <p className="fr-text--xs bitd-muted">
            {t('profile.updatedAt', { date: formatDateTime(s.updatedAt, lang) })}
            {editorLabel(s.updatedBy) ? ` · ${editorLabel(s.updatedBy)}` : ''}
          </p>
        </div>
      </div>
    </>
  );
}
