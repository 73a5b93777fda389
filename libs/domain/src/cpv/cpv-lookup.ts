/**
 * Pure look-ups over the curated CPV reference: a code's entry and label, and a search by code
 * prefix or by label words (French and English, accent- and case-insensitive).
 */
import { cpvAncestors, cpvDepth, parseCpv } from './cpv-code';
import { CPV_REFERENCE, type CpvReferenceEntry } from './cpv-reference';

export type CpvLang = 'fr' | 'en';

/** A reference entry (both labels; checkDigit only when known) plus what the search found. */
export interface CpvSearchHit extends CpvReferenceEntry {
  /** Label in the requested language. */
  label: string;
  /** Significant digits of the code (2 for a division … 8 for the finest level). */
  depth: number;
  matchedBy: 'code' | 'label';
}

const BY_CODE: ReadonlyMap<string, CpvReferenceEntry> = new Map(CPV_REFERENCE.map((e) => [e.code, e]));

/** The reference entry for "35512400" or "35512400-3" (the check digit is not verified); undefined if unknown. */
export function cpvEntry(code: string): CpvReferenceEntry | undefined {
  const parsed = parseCpv(code);
  return parsed ? BY_CODE.get(parsed.code) : undefined;
}

/** The code's own label in `lang`; null when the code is not in the reference (no fallback to an ancestor). */
export function cpvLabel(code: string, lang: CpvLang): string | null {
  return cpvEntry(code)?.[lang] ?? null;
}

/** The reference entries of the code's ancestors, nearest first (levels the vocabulary skips are left out). */
export function cpvReferenceAncestors(code: string): CpvReferenceEntry[] {
  const parsed = parseCpv(code);
  if (!parsed) return [];
  return cpvAncestors(parsed.code)
    .map((a) => BY_CODE.get(a))
    .filter((e): e is CpvReferenceEntry => e !== undefined);
}

/** Lower case, no diacritics, punctuation (apostrophes, hyphens, slashes…) turned into spaces. */
export function normaliseCpvText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Ignored in a query unless the query has nothing else ("services de sécurité" = "services sécurité").
// prettier-ignore
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'un', 'une',
  'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
]);

interface Indexed {
  entry: CpvReferenceEntry;
  depth: number;
  words: Record<CpvLang, string[]>;
}

const INDEX: readonly Indexed[] = CPV_REFERENCE.map((entry) => ({
  entry,
  depth: cpvDepth(entry.code),
  words: { fr: normaliseCpvText(entry.fr).split(' '), en: normaliseCpvText(entry.en).split(' ') },
}));

const CODE_TOKEN = /^(\d{1,8})(?:-\d)?$/;

/** The significant prefix of a code typed in full or in part: "35510000" → "3551", "35512400-3" → "355124". */
function codePrefix(digits: string): string {
  if (digits.length < 2) return digits;
  return digits.slice(0, cpvDepth(digits.padEnd(8, '0')));
}

/**
 * A picker query read apart: the codes typed in full or in part ("3551", "35512400-3"), as
 * significant prefixes, and the rest of the text (its words, one space apart).
 */
export function splitCpvQuery(query: string): { prefixes: string[]; text: string } {
  const prefixes: string[] = [];
  const words: string[] = [];
  for (const raw of query.trim().split(/\s+/)) {
    if (!raw) continue;
    const code = CODE_TOKEN.exec(raw);
    if (code) prefixes.push(codePrefix(code[1]));
    else words.push(raw);
  }
  return { prefixes, text: words.join(' ') };
}

/** How well the query words match one label: null when a word matches nothing, else the count of whole-word hits. */
function wordScore(queryWords: readonly string[], labelWords: readonly string[]): number | null {
  let exact = 0;
  for (const q of queryWords) {
    if (labelWords.includes(q)) exact++;
    else if (!labelWords.some((w) => w.startsWith(q))) return null;
  }
  return exact;
}

/**
 * Searches the reference. Digits ("3551", "35510000", "35512400-3") select the code and its
 * descendants: the exact code first, then shallower codes. Words select entries whose French or
 * English label contains every word (a word may be the start of a label word: "secu" finds
 * "sécurité"); hits in `lang` come first, then more whole-word hits, then shallower codes.
 * Digits and words can be combined ("72 securite").
 */
export function searchCpv(query: string, lang: CpvLang, limit = 20): CpvSearchHit[] {
  if (limit <= 0) return [];
  const { prefixes, text } = splitCpvQuery(query);
  const words = normaliseCpvText(text).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const queryWords = meaningful.length > 0 ? meaningful : words;
  if (prefixes.length === 0 && queryWords.length === 0) return [];

  const candidates = INDEX.filter((i) => prefixes.every((p) => i.entry.code.startsWith(p)));
  const hit = (i: Indexed, matchedBy: CpvSearchHit['matchedBy']): CpvSearchHit => ({
    ...i.entry,
    label: i.entry[lang],
    depth: i.depth,
    matchedBy,
  });

  if (queryWords.length === 0) {
    const exact = new Set(prefixes.filter((p) => p.length >= 2).map((p) => p.padEnd(8, '0')));
    return candidates
      .map((i) => ({ i, rank: exact.has(i.entry.code) ? 0 : 1 }))
      .sort(
        (a, b) => a.rank - b.rank || a.i.depth - b.i.depth || a.i.entry.code.localeCompare(b.i.entry.code),
      )
      .slice(0, limit)
      .map(({ i }) => hit(i, 'code'));
  }

  const other: CpvLang = lang === 'fr' ? 'en' : 'fr';
  const scored: { i: Indexed; inLang: number; exact: number }[] = [];
  for (const i of candidates) {
    const own = wordScore(queryWords, i.words[lang]);
    if (own !== null) {
      scored.push({ i, inLang: 0, exact: own });
      continue;
    }
    const theirs = wordScore(queryWords, i.words[other]);
    if (theirs !== null) scored.push({ i, inLang: 1, exact: theirs });
  }
  return scored
    .sort(
      (a, b) =>
        a.inLang - b.inLang ||
        b.exact - a.exact ||
        a.i.depth - b.i.depth ||
        a.i.entry.code.localeCompare(b.i.entry.code),
    )
    .slice(0, limit)
    .map(({ i }) => hit(i, 'label'));
}
