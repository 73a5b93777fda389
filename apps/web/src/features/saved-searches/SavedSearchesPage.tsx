import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/usePageTitle';
import { SavedSearchesList } from './SavedSearchesList';

/** « Mes recherches enregistrées ». */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('lists.savedSearch.title'));
  return (
    <>
      <h1>{t('lists.savedSearch.title')}</h1>
      <p className="fr-text--lead">{t('lists.savedSearch.lead')}</p>
      <SavedSearchesList />
    </>
  );
}
