import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
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

const eightDigits = (code: string): string => code.trim().slice(0, 8);

/**
 * Labels of known codes, looked up one by one through the search endpoint (cached for the
 * session). A label-carrying summary or a batch endpoint on the API would make this one request.
 */
export function useCpvLabels(codes: readonly string[]): Map<string, CpvEntry> {
  const unique = [...new Set(codes.map(eightDigits).filter((c) => /^\d{8}$/.test(c)))];
  return useQueries({
    queries: unique.map((code) => ({
      queryKey: ['cpv', 'code', code],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const hits = await api.searchCpv(code, 'fr', signal);
        return hits.find((h) => eightDigits(h.code) === code) ?? null;
      },
      staleTime: Infinity,
      gcTime: HOUR,
      retry: false,
    })),
    combine: (results) => {
      const map = new Map<string, CpvEntry>();
      results.forEach((r, i) => {
        if (r.data) map.set(unique[i], r.data);
      });
      return map;
    },
  });
}

/** The reference label of a code in the UI language, or null while unknown. */
export function labelOf(labels: Map<string, CpvEntry>, code: string, lang: Lang): string | null {
  const entry = labels.get(eightDigits(code));
  return entry ? cpvText(entry, lang) : null;
}
