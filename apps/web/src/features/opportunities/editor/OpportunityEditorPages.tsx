import type { OpportunityView } from '@bitd/domain';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RecordQueryStatus } from '../../../shared/QueryStatus';
import { ForbiddenPage } from '../../account/RequireSignIn';
import { useUser } from '../../account/session';
import { useLang } from '../../../shared/useLang';
import { usePageTitle } from '../../../shared/usePageTitle';
import {
  useCreateOpportunity,
  useOpportunity,
  usePublishOpportunity,
  useUpdateOpportunity,
} from '../opportunities.queries';
import { OPPORTUNITIES_URL, opportunityUrl } from '../paths';
import { emptyForm, fromView } from './form-model';
import { OpportunityForm } from './OpportunityForm';

export function OpportunityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOpportunity();
  const user = useUser();
  // A buyer issues for its own organisation (the API sets it whatever is sent).
  const [initial] = useState(() => ({
    ...emptyForm(),
    issuer: user?.role === 'buyer' ? (user.membership?.organisationName ?? '') : '',
  }));
  usePageTitle(t('opportunityEditor.createTitle'));

  return (
    <>
      <Breadcrumb
        currentPageLabel={t('opportunityEditor.createTitle')}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('nav.opportunities'), linkProps: { to: OPPORTUNITIES_URL } }]}
      />
      <h1 id="editor-title">{t('opportunityEditor.createTitle')}</h1>
      <p className="fr-text--lead">
        {user?.role === 'buyer' ? t('opportunityEditor.createLeadBuyer') : t('opportunityEditor.createLead')}
      </p>
      <OpportunityForm
        save={{ mode: 'create', create: create.mutateAsync }}
        initial={initial}
        onSaved={(saved) => void navigate(opportunityUrl(saved.id))}
        onUnchanged={() => void navigate(OPPORTUNITIES_URL)}
        cancelTo={OPPORTUNITIES_URL}
        labelledBy="editor-title"
      />
    </>
  );
}

export function OpportunityEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useOpportunity(id);
  // Bumped to start the form again from the stored opportunity (after a version conflict).
  const [generation, setGeneration] = useState(0);
  const o = query.data;
  usePageTitle(
    o ? t('opportunityEditor.editTitle', { title: o.title }) : t('opportunityEditor.editTitleShort'),
  );

  if (!query.isSuccess)
    return <RecordQueryStatus query={query} notFoundMessage={t('opportunity.notFound')} />;
  if (!query.data.canManage) return <ForbiddenPage message={t('opportunityEditor.notYours')} />;

  return (
    <>
      <Breadcrumb
        currentPageLabel={t('opportunityEditor.editTitleShort')}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: t('nav.opportunities'), linkProps: { to: OPPORTUNITIES_URL } },
          { label: query.data.title, linkProps: { to: opportunityUrl(id) } },
        ]}
      />
      <h1 id="editor-title">{t('opportunityEditor.editTitle', { title: query.data.title })}</h1>
      <EditForm
        key={`${query.data.id}:${generation}`}
        opportunity={query.data}
        onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
      />
    </>
  );
}

/**
 * The editor on the opportunity as it was when opened. Its version goes with each PATCH
 * (If-Match) and follows the saves made from this form (a save, then a refused publish, then a
 * second save must not look like someone else's change).
 */
function EditForm({ opportunity, onReload }: { opportunity: OpportunityView; onReload: () => void }) {
  const navigate = useNavigate();
  const lang = useLang();
  const [opened] = useState(opportunity);
  const [initial] = useState(() => fromView(opened, lang));
  const version = useRef(opened.version);
  const update = useUpdateOpportunity(opened.id);
  const publish = usePublishOpportunity(opened.id);
  const track = (saved: OpportunityView) => {
    version.current = saved.version;
    return saved;
  };

  return (
    <OpportunityForm
      save={{
        mode: 'edit',
        status: opened.status,
        update: (body) => update.mutateAsync({ body, version: version.current }).then(track),
        publish: () => publish.mutateAsync().then(track),
        onReload,
      }}
      initial={initial}
      onSaved={(saved) => void navigate(opportunityUrl(saved.id))}
      onUnchanged={() => void navigate(opportunityUrl(opened.id))}
      cancelTo={opportunityUrl(opened.id)}
      labelledBy="editor-title"
    />
  );
}
