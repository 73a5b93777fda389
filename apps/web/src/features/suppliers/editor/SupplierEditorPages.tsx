import type { SupplierView } from '@bitd/domain';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RecordQueryStatus } from '../../../shared/QueryStatus';
import { ForbiddenPage } from '../../account/RequireSignIn';
import { useUser } from '../../account/session';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useCreateSupplier, useSupplier, useUpdateSupplier } from '../suppliers.queries';
import { emptyForm, fromView } from './form-model';
import { SupplierForm } from './SupplierForm';

const profileUrl = (id: string) => `/fournisseurs/${encodeURIComponent(id)}`;

export function SupplierCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSupplier();
  const [initial] = useState(emptyForm);
  usePageTitle(t('editor.createTitle'));

  return (
    <>
      <Breadcrumb
        currentPageLabel={t('editor.createTitle')}
        homeLinkProps={{ to: '/' }}
        segments={[{ label: t('nav.suppliers'), linkProps: { to: '/fournisseurs' } }]}
      />
      <h1 id="editor-title">{t('editor.createTitle')}</h1>
      <p className="fr-text--lead">{t('editor.createLead')}</p>
      <SupplierForm
        mode="create"
        initial={initial}
        save={create.mutateAsync}
        onSaved={(saved) => void navigate(profileUrl(saved.id))}
        onUnchanged={() => void navigate('/fournisseurs')}
        cancelTo="/fournisseurs"
        labelledBy="editor-title"
      />
    </>
  );
}

export function SupplierEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useSupplier(id);
  const user = useUser();
  // Bumped to start the form again from the stored profile (after a version conflict).
  const [generation, setGeneration] = useState(0);
  const s = query.data;
  usePageTitle(s ? t('editor.editTitle', { name: s.name }) : t('editor.editTitleShort'));

  if (!query.isSuccess) return <RecordQueryStatus query={query} notFoundMessage={t('profile.notFound')} />;
  if (!query.data.canEdit) {
    const waiting = user?.pendingClaim?.organisationId === query.data.id;
    return <ForbiddenPage message={waiting ? t('editor.claimPending') : t('editor.notYours')} />;
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={t('editor.editTitleShort')}
        homeLinkProps={{ to: '/' }}
        segments={[
          { label: t('nav.suppliers'), linkProps: { to: '/fournisseurs' } },
          { label: query.data.name, linkProps: { to: profileUrl(id) } },
        ]}
      />
      <h1 id="editor-title">{t('editor.editTitle', { name: query.data.name })}</h1>
      <EditForm
        key={`${query.data.id}:${generation}`}
        supplier={query.data}
        onReload={() => void query.refetch().then(() => setGeneration((g) => g + 1))}
      />
    </>
  );
}

/** The editor on the profile as it was when opened: its values and version (sent as If-Match). */
function EditForm({ supplier, onReload }: { supplier: SupplierView; onReload: () => void }) {
  const navigate = useNavigate();
  const [opened] = useState(supplier);
  const [initial] = useState(() => fromView(opened));
  const update = useUpdateSupplier(opened.id);
  return (
    <SupplierForm
      mode="edit"
      initial={initial}
      save={(body) => update.mutateAsync({ body, version: opened.version })}
      onSaved={(saved) => void navigate(profileUrl(saved.id))}
      onUnchanged={() => void navigate(profileUrl(opened.id))}
      onReload={onReload}
      cancelTo={profileUrl(opened.id)}
      labelledBy="editor-title"
    />
  );
}
