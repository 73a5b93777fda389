import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title (read first by screen readers on navigation). */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
