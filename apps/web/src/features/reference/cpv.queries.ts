import { hasReadableCharacter } from '@bitd/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type CpvEntry } from '../../api/client';
import type { Lang } from '../../i18n';

const HOUR = 60 * 60 * 1000;

export function cpvText(entry: Pick<CpvEntry, 'fr' | 'en'>, lang: Lang): string {
  return (lang === 'en' ? entry.en : entry.fr) || entry.fr || entry.en;
}

/** Whether the picker asks the server: 2 characters or more, with a letter or a digit (not emoji alone). */
export function isCpvQuery(text: string): boolean {
  const q = text.trim();
  return q.length >= 2 && hasReadableCharacter(q);
}

/** Server-side CPV picker (max 20 answers, words read through the defence thesaurus). */
export function useCpvSearch(text: string, lang: Lang) {
  const q = text.trim();
  return useQuery({
    queryKey: ['cpv', 'search', lang, q],
    queryFn: ({ signal }) => api.searchCpv(q, lang, signal),
    enabled: isCpvQuery(q),
    staleTime: HOUR,
    placeholderData: keepPreviousData,
  });
}

/**
 * The label of a capability in the UI language, from the labels the API sends with it (the
 * supplier list sends `fr` and `en`); the other language when one is missing.
 */
export function capabilityLabel(c: { fr: string | null; en: string | null }, lang: Lang): string | null {
  return (lang === 'en' ? (c.en ?? c.fr) : (c.fr ?? c.en)) || null;
}
