import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type CpvEntry } from '../../api/client';
import type { Lang } from '../../i18n';

const HOUR = 60 * 60 * 1000;

export function cpvText(entry: CpvEntry, lang: Lang): string {
  return (lang === 'en' ? entry.en : entry.fr) || entry.fr || entry.en;
}

/** Server-side CPV search (max 20 answers); nothing is asked under 2 characters. */
export function useCpvSearch(text: string, lang: Lang) {
  const q = text.trim();
  return useQuery({
    queryKey: ['cpv', 'search', lang, q],
    queryFn: ({ signal }) => api.searchCpv(q, lang, signal),
    enabled: q.length >= 2,
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
