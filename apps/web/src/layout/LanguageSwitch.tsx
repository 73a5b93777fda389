import { LanguageSelect } from '@codegouvfr/react-dsfr/LanguageSelect';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../i18n';
import { useLang } from '../shared/useLang';

const FULL_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

/** FR / EN switch of the header; the choice is kept in localStorage (see i18n/index.ts). */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const lang = useLang();
  return (
    <LanguageSelect<Lang>
      supportedLangs={LANGS}
      fullNameByLang={FULL_NAMES}
      lang={lang}
      setLang={(next) => void i18n.changeLanguage(next)}
    />
  );
}
