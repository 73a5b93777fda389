import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'bitd.lang';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function storedLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage disabled (private mode, policy): French by default
  }
  return 'fr';
}

function applyLang(lang: string): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted, still applied
  }
}

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLang(),
  fallbackLng: 'fr',
  supportedLngs: [...LANGS],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
  react: { useSuspense: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLang);

/** The language in use, narrowed to the ones the app ships. */
export function currentLang(): Lang {
  return isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';
}

export default i18n;
