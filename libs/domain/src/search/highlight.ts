import { HIGHLIGHT_END, HIGHLIGHT_START } from '../contracts/search.contract';

/**
 * Marks, in a text, the words a search matched through the concept reader: the query's words and
 * the supplier's own words for the capability ("hydrophones" for a search on « sonar »). Matching
 * ignores case, accents and punctuation, like the reader, and lets a word take a plural -s/-x.
 * It runs on every hit of every search, so it folds each distinct character once (a cache) and
 * keeps each term's pattern.
 */

const FOLDED_CHARS = new Map<string, string>();

/** One character lower case, without accents, other signs as a space ("œ" gives two letters). */
function foldChar(c: string): string {
  let f = FOLDED_CHARS.get(c);
  if (f === undefined) {
    f = c
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9&]/g, ' ');
    if (f.length === 0) f = ' ';
    if (FOLDED_CHARS.size < 10_000) FOLDED_CHARS.set(c, f);
  }
  return f;
}

/**
 * The text folded, and the source index of each folded character when folding changed the length
 * (null when it did not: the indexes are the same).
 */
function fold(text: string): { folded: string; source: number[] | null } {
  let grew = false;
  const folded = text.replace(/[^a-z0-9&]/g, (c) => {
    const f = foldChar(c);
    if (f.length !== 1) grew = true;
    return f;
  });
  if (!grew) return { folded, source: null };
  const source: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    for (let k = /[a-z0-9&]/.test(c) ? 1 : foldChar(c).length; k > 0; k--) source.push(i);
  }
  return { folded, source };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term's pattern, kept: the same query's terms are looked for in every hit. */
const PATTERNS = new Map<string, RegExp | null>();
const MAX_PATTERNS = 2000;

function termPattern(term: string): RegExp | null {
  let pattern = PATTERNS.get(term);
  if (pattern !== undefined) return pattern;
  const folded = fold(term).folded.replace(/\s+/g, ' ').trim();
  const words = folded.split(' ').map((w) => `${escape(w)}(?:s|x|es)?`);
  pattern = folded.length < 2 ? null : new RegExp(`(?<![a-z0-9&])${words.join('\\s+')}(?![a-z0-9&])`, 'g');
  if (PATTERNS.size >= MAX_PATTERNS) PATTERNS.clear();
  PATTERNS.set(term, pattern);
  return pattern;
}

/** Source ranges [start, end) of the terms' occurrences, merged. */
function ranges(text: string, terms: readonly string[]): Array<[number, number]> {
  const { folded, source } = fold(text);
  const at = (i: number) => (source ? source[i] : i);
  const found: Array<[number, number]> = [];
  for (const term of new Set(terms)) {
    const pattern = termPattern(term);
    if (pattern === null) continue;
    for (const m of folded.matchAll(pattern)) found.push([at(m.index), at(m.index + m[0].length - 1) + 1]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** text[start, end) with the ranges inside it marked. */
function mark(text: string, marks: ReadonlyArray<[number, number]>, start = 0, end = text.length): string {
  let out = '';
  let at = start;
  for (const [from, to] of marks) {
    if (from < start || to > end) continue;
    out += text.slice(at, from) + HIGHLIGHT_START + text.slice(from, to) + HIGHLIGHT_END;
    at = to;
  }
  return out + text.slice(at, end);
}

/** The text with the terms' occurrences between HIGHLIGHT_START and HIGHLIGHT_END. */
export function highlightTerms(text: string, terms: readonly string[]): string {
  return mark(text, ranges(text, terms));
}

/**
 * A window of about `words` words around the first occurrence of a term (the start of the text
 * when none occurs), highlighted, with "…" where it was cut.
 */
export function cropAround(text: string, terms: readonly string[], words = 40): string {
  const marks = ranges(text, terms);
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length <= words) return mark(text, marks);
  const first = marks[0]?.[0] ?? 0;
  const at = Math.max(
    0,
    tokens.findIndex((t) => t.index + t[0].length > first),
  );
  const from = Math.max(0, Math.min(at - Math.floor(words / 4), tokens.length - words));
  const last = tokens[Math.min(tokens.length, from + words) - 1];
  const start = tokens[from].index;
  const end = last.index + last[0].length;
  return `${start > 0 ? '…' : ''}${mark(text, marks, start, end)}${end < text.length ? '…' : ''}`;
}
