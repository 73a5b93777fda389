import { HIGHLIGHT_END, HIGHLIGHT_START } from '../contracts/search.contract';

/**
 * Marks, in a text, the words a search matched through the concept reader: the query's words and
 * the supplier's own words for the capability ("hydrophones" for a search on « sonar »). Matching
 * ignores case, accents and punctuation, like the reader, and lets a word take a plural -s/-x.
 */

/** The text folded char by char (lower case, no accents, other signs as spaces), with each folded char's source index. */
function foldWithMap(text: string): { folded: string; source: number[] } {
  let folded = '';
  const source: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain ASCII, most of any text: no Unicode normalisation (it is what this function costs).
    if (code < 128) {
      const c = text[i];
      folded += /[A-Za-z0-9&]/.test(c) ? c.toLowerCase() : ' ';
      source.push(i);
      continue;
    }
    const f = text[i]
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/[^a-z0-9&]/g, ' ');
    for (const c of f) {
      folded += c;
      source.push(i);
    }
  }
  return { folded, source };
}

const foldTerm = (term: string) => foldWithMap(term).folded.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term's pattern, kept: the same query's terms are looked for in every hit. */
const PATTERNS = new Map<string, RegExp | null>();
const MAX_PATTERNS = 2000;

function termPattern(term: string): RegExp | null {
  let pattern = PATTERNS.get(term);
  if (pattern !== undefined) return pattern;
  const folded = foldTerm(term);
  const words = folded.split(' ').map((w) => `${escape(w)}(?:s|x|es)?`);
  pattern = folded.length < 2 ? null : new RegExp(`(?<![a-z0-9&])${words.join('\\s+')}(?![a-z0-9&])`, 'g');
  if (PATTERNS.size >= MAX_PATTERNS) PATTERNS.clear();
  PATTERNS.set(term, pattern);
  return pattern;
}

/** Source ranges [start, end) of the terms' occurrences, merged. */
function ranges(text: string, terms: readonly string[]): Array<[number, number]> {
  const { folded, source } = foldWithMap(text);
  const found: Array<[number, number]> = [];
  for (const term of new Set(terms)) {
    const pattern = termPattern(term);
    if (pattern === null) continue;
    for (const m of folded.matchAll(pattern))
      found.push([source[m.index], source[m.index + m[0].length - 1] + 1]);
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

/** The text with the terms' occurrences between HIGHLIGHT_START and HIGHLIGHT_END. */
export function highlightTerms(text: string, terms: readonly string[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges(text, terms)) {
    out += text.slice(at, start) + HIGHLIGHT_START + text.slice(start, end) + HIGHLIGHT_END;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A window of about `words` words around the first occurrence of a term (the start of the text
 * when none occurs), highlighted, with "…" where it was cut.
 */
export function cropAround(text: string, terms: readonly string[], words = 40): string {
  const first = ranges(text, terms)[0]?.[0] ?? 0;
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length <= words) return highlightTerms(text, terms);
  const at = Math.max(
    0,
    tokens.findIndex((t) => t.index + t[0].length > first),
  );
  const from = Math.max(0, Math.min(at - Math.floor(words / 4), tokens.length - words));
  const last = tokens[Math.min(tokens.length, from + words) - 1];
  const start = tokens[from].index;
  const end = last.index + last[0].length;
  return `${start > 0 ? '…' : ''}${highlightTerms(text.slice(start, end), terms)}${end < text.length ? '…' : ''}`;
}
