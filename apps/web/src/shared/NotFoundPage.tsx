import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="fr-py-4w">
      <h1>{t('notFound.title')}</h1>
      <p className="fr-text--lead">{message ?? t('notFound.text')}</p>
      <Button linkProps={{ to: '/' }} iconId="fr-icon-home-4-line">
        {t('notFound.home')}
      </Button>
    </section>
  );
}
