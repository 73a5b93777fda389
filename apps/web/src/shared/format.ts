import type { Lang } from '../i18n';

const locale = (lang: Lang): string => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** `2026-05-01` (a calendar date) → "1 mai 2026"; never shifted by the time zone. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** A timestamp in the user's time zone. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? '' : new Intl.NumberFormat(locale(lang)).format(n);
}

export function formatEur(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined
    ? ''
    : new Intl.NumberFormat(locale(lang), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(n);
}

/** 0.35 → "35 %" */
export function formatShare(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined
    ? ''
    : new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(n);
}

/** Only http(s) links are rendered as links (a stored `javascript:` URL must never become one). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who last changed a record, when the API gives a name people can read ("seed-demo", "import"):
 * a user's id means nothing to a reader (and is not theirs to know), so none is shown.
 */
export function editorLabel(updatedBy: string | null | undefined): string | null {
  return updatedBy && !UUID.test(updatedBy) ? updatedBy : null;
}

/** ["a", "b", "c"] → "a, b et c" (French) or "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);
}
