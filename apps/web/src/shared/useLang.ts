import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../i18n';

/** Current UI language; re-renders on change. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';
}
