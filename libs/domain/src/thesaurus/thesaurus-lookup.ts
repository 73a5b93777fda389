import { DEFENCE_THESAURUS } from './defence-thesaurus';
import type { ThesaurusConcept } from './thesaurus.types';

/**
 * Pure look-ups over DEFENCE_THESAURUS: concept detection in free text (the concept reader,
 * concept-reader.ts, is built on it). The index is built once, at module load.
 *
 * Text is read as a sequence of tokens (letters, digits and "&", so that "R&D" stays one token);
 * everything else (spaces, hyphens, apostrophes, punctuation) separates tokens. Accents and case are
 * ignored, and plurals are tolerated: a final -s/-x on alphabetic tokens of four letters or more, and
 * the English -es/-ies forms ("benches", "batteries"). A word of five letters or more that is not in
 * the thesaurus also matches the thesaurus words one edit away (a letter missing, extra, wrong or two
 * letters swapped: "sesnibles", "assemlbage"), as people type.
 */

/**
 * Acronyms that are also ordinary French or English words (or legal forms): they only match when
 * written in capitals in the text ("AI" but not "j'ai", "LID" but not "lid", "SI" but not "si").
 * Every acronym of three letters or fewer is read the same way (see SHORT_ACRONYM): a short run of
 * letters is a word somewhere, in a language or a name the list cannot foresee.
 */
// prettier-ignore
const WORD_LIKE_ACRONYMS: ReadonlySet<string> = new Set([
  'ai', 'aid', 'am', 'ami', 'an', 'ar', 'as', 'ate', 'be', 'cap', 'ce', 'cis', 'cop', 'de', 'dis', 'do', 'end',
  'fed', 'go', 'ids', 'if', 'in', 'it', 'la', 'lad', 'le', 'lid', 'mad', 'me', 'ml', 'mr', 'ne', 'no', 'on',
  'or', 'pas', 'pea', 'ra', 'rapid', 'rv', 'sa', 'sam', 'sas', 'se', 'si', 'sic', 'sit', 'so', 'up', 'us',
]);

/**
 * Function words that phrases skip, in the thesaurus and in texts alike: "pièces pour véhicules
 * blindés", "pièces de véhicules blindés" and "pièces des véhicules blindés" are one phrase. Written in
 * capitals, a token is read as an acronym, never skipped.
 */
// prettier-ignore
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'par', 'pour', 'sur', 'un', 'une',
  'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with',
]);

/** Acronyms this long or shorter count only when written in capitals. */
const SHORT_ACRONYM = 3;

/** Accents stripped, ligatures expanded; case and punctuation kept. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss');
}

/** Tokens as written (accents stripped): runs of ASCII letters, digits and "&". */
function rawTokens(text: string): string[] {
  return fold(text)
    .split(/[^A-Za-z0-9&]+/)
    .filter((t) => t.length > 0);
}

/**
 * Lowercase, accents removed, and every run of characters other than letters, digits and "&"
 * (spaces, hyphens, apostrophes of any kind, punctuation) turned into a single space; trimmed.
 * "Sous-marins d’attaque" → "sous marins d attaque".
 */
export function normaliseTerm(text: string): string {
  return rawTokens(text)
    .map((t) => t.toLowerCase())
    .join(' ');
}

/** Plural-tolerant form of a lowercase token: a final s/x dropped on alphabetic tokens of 4+ letters. */
function stem(token: string): string {
  return token.length >= 4 && /^[a-z]+[sx]$/.test(token) ? token.slice(0, -1) : token;
}

/**
 * Forms a text token may match: its stem and, for English plurals the stem misses, the singular
 * ("benches" → "bench", "batteries" → "battery").
 */
function textForms(token: string): string[] {
  const forms = [stem(token)];
  if (/^[a-z]{3,}(ch|sh|x|ss|z)es$/.test(token)) forms.push(token.slice(0, -2));
  else if (/^[a-z]{2,}ies$/.test(token)) forms.push(`${token.slice(0, -3)}y`);
  return forms;
}

interface IndexEntry {
  stems: string[];
  conceptIndex: number;
  /** Word-like or short acronym: it counts only written as an acronym (this form, or in capitals). */
  acronymForm: string | null;
  /** The acronym is also an ordinary word ("lid", "si"): capitals are needed even in a query. */
  wordLike: boolean;
}

/** First stem → entries starting with it, longest first. */
const INDEX: ReadonlyMap<string, IndexEntry[]> = buildIndex(DEFENCE_THESAURUS);
const VOCABULARY: ReadonlySet<string> = new Set(
  [...INDEX.values()].flatMap((entries) => entries.flatMap((e) => e.stems)),
);
const FUZZY_MIN_LENGTH = 5;
/** Every vocabulary word of 5+ letters, and each of its one-letter deletions → the words. */
const DELETIONS: ReadonlyMap<string, string[]> = buildDeletions(VOCABULARY);
const BY_ID: ReadonlyMap<string, ThesaurusConcept> = new Map(DEFENCE_THESAURUS.map((c) => [c.id, c]));
/** Each concept's related concepts, in both directions (a link is written on one side only). */
const RELATED: ReadonlyMap<string, readonly string[]> = buildRelated(DEFENCE_THESAURUS);

function buildRelated(concepts: ReadonlyArray<ThesaurusConcept>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = map.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    map.set(a, list);
  };
  for (const c of concepts)
    for (const r of c.related ?? []) {
      link(c.id, r);
      link(r, c.id);
    }
  return map;
}

function buildIndex(concepts: ReadonlyArray<ThesaurusConcept>): Map<string, IndexEntry[]> {
  const index = new Map<string, IndexEntry[]>();
  const seen = new Set<string>();
  const add = (phrase: string, conceptIndex: number, acronym: boolean) => {
    // As in texts: a function word written in capitals ("EN 9100") is kept.
    const raw = rawTokens(phrase);
    const content = raw.filter((t) => !FUNCTION_WORDS.has(t.toLowerCase()) || isCapitals(t));
    const tokens = (content.length > 0 ? content : raw).map((t) => t.toLowerCase());
    if (tokens.length === 0) return;
    const stems = tokens.map(stem);
    const key = `${conceptIndex}\u0000${stems.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const acronymOnly =
      acronym &&
      tokens.length === 1 &&
      (WORD_LIKE_ACRONYMS.has(tokens[0]) ||
        (/^[a-z]+$/.test(tokens[0]) && tokens[0].length <= SHORT_ACRONYM));
    const list = index.get(stems[0]) ?? [];
    list.push({
      stems,
      conceptIndex,
      acronymForm: acronymOnly ? raw[0] : null,
      wordLike: acronym && tokens.length === 1 && WORD_LIKE_ACRONYMS.has(tokens[0]),
    });
    index.set(stems[0], list);
  };
  concepts.forEach((c, i) => {
    [...c.terms.fr, ...c.terms.en].forEach((t) => add(t, i, false));
    (c.acronyms ?? []).forEach((a) => add(a, i, true));
  });
  for (const list of index.values())
    list.sort((a, b) => b.stems.length - a.stems.length || a.conceptIndex - b.conceptIndex);
  return index;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function buildDeletions(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of vocabulary) {
    if (word.length < FUZZY_MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    add(word, word);
    for (const d of deletions(word)) add(d, word);
  }
  return map;
}

/** Optimal string alignment distance is at most 1 (one insertion, deletion, substitution or swap). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Thesaurus words one edit away from an unknown word of 5+ letters. */
function fuzzyForms(form: string): string[] {
  if (form.length < FUZZY_MIN_LENGTH || VOCABULARY.has(form) || !/^[a-z]+$/.test(form)) return [];
  const found = new Set<string>();
  for (const key of [form, ...deletions(form)]) {
    for (const word of DELETIONS.get(key) ?? []) if (withinOneEdit(form, word)) found.add(word);
  }
  return [...found];
}

/** Exact forms of a token, then the thesaurus words it is a typo of when none of them is known. */
function tokenForms(token: string): string[] {
  const forms = textForms(token);
  if (forms.some((f) => VOCABULARY.has(f))) return forms;
  return [...forms, ...forms.flatMap(fuzzyForms)];
}

function isCapitals(raw: string): boolean {
  return /[A-Z]/.test(raw) && raw === raw.toUpperCase();
}

/** "AUV", "AUVs", "IoT": in capitals, or as the acronym is spelt, with an optional plural s. */
function writtenAsAcronym(raw: string, form: string): boolean {
  const singular = /[A-Z]s$/.test(raw) ? raw.slice(0, -1) : raw;
  return isCapitals(singular) || singular === form;
}

/** Most words of three letters or more in capitals: a title typed in capitals, not acronyms. */
function writtenInCapitals(raw: readonly string[]): boolean {
  const words = raw.filter((t) => /^[A-Za-z]{3,}$/.test(t));
  return words.length >= 3 && words.filter(isCapitals).length >= 0.8 * words.length;
}

export interface FindOptions {
  /**
   * Words typed in a search box or a picker: a short acronym in lower case ("uuv", "mco") is read as
   * the acronym, since nobody types a three-letter fragment of prose there. One that is also an
   * ordinary word ("lid", "si") still needs its capitals. The concept reader also keeps every
   * context and framing such words name when they name no capability ("R&D militaire").
   */
  typed?: boolean;
}

/** The concepts related to this one, either way round. */
export function relatedConcepts(id: string): readonly string[] {
  return RELATED.get(id) ?? [];
}

/** The concept with this id, if any. */
export function getThesaurusConcept(id: string): ThesaurusConcept | undefined {
  return BY_ID.get(id);
}

/**
 * Every concept whose term or acronym occurs in the text as whole tokens (accent- and
 * case-insensitive, plural-tolerant). Longer phrases win: tokens taken by a longer match are not
 * counted again for a shorter one ("guerre électronique" does not also yield "électronique").
 * One result per concept, longest match first then by position; `matched` is the normalised text
 * that matched.
 */
export function findConcepts(
  text: string,
  options: FindOptions = {},
): Array<{ concept: ThesaurusConcept; matched: string }> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const allRaw = rawTokens(text);
  const allLower = allRaw.map((t) => t.toLowerCase());
  // In a text written in capitals, capitals say nothing: no word is read as an acronym for them.
  const shouted = writtenInCapitals(allRaw);
  const acronym = (t: string) => !shouted && isCapitals(t);
  // Phrases are matched on content tokens; `at` maps them back to the text's tokens.
  const at = allLower.flatMap((t, i) => (FUNCTION_WORDS.has(t) && !acronym(allRaw[i]) ? [] : [i]));
  const raw = at.map((i) => allRaw[i]);
  const forms = at.map((i) => tokenForms(allLower[i]));
  const n = forms.length;

  const candidates: Array<{ start: number; length: number; conceptIndex: number }> = [];
  for (let i = 0; i < n; i++) {
    for (const first of forms[i]) {
      const entries = INDEX.get(first);
      if (!entries) continue;
      for (const e of entries) {
        const len = e.stems.length;
        if (i + len > n) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++) ok = forms[i + k].includes(e.stems[k]);
        if (ok && e.acronymForm !== null && !(options.typed && !e.wordLike))
          ok = !shouted && writtenAsAcronym(raw[i], e.acronymForm);
        if (ok) candidates.push({ start: i, length: len, conceptIndex: e.conceptIndex });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.start - b.start || a.conceptIndex - b.conceptIndex);

  // owner[t] = the accepted span covering token t (its index + 1), 0 when free.
  const owner = new Int32Array(n);
  const spans: Array<{ start: number; end: number; conceptIndex: number; result: number }> = [];
  const taken = new Set<number>();
  const results: Array<{ concept: ThesaurusConcept; matched: string }> = [];
  const words = (start: number, end: number) => allLower.slice(at[start], at[end - 1] + 1).join(' ');
  for (const c of candidates) {
    const end = c.start + c.length;
    const over = new Set<number>();
    for (let t = c.start; t < end; t++) if (owner[t] !== 0) over.add(owner[t] - 1);
    const others = [...over].map((i) => spans[i]);
    // A span already accepted for another concept with the very same words may be shared.
    const sameSpan = others.length === 1 && others[0].start === c.start && others[0].end === end;
    // Two wordings of one concept that overlap ("antennes sonar" and "sonar de coque" in "antennes
    // sonar de coque") are one mention: the longer phrase keeps every word, none is left to a
    // shorter concept ("coque").
    if (others.length > 0 && !sameSpan) {
      if (!others.every((o) => o.conceptIndex === c.conceptIndex)) continue;
      const kept = others[0];
      kept.start = Math.min(c.start, ...others.map((o) => o.start));
      kept.end = Math.max(end, ...others.map((o) => o.end));
      for (let t = kept.start; t < kept.end; t++) owner[t] = spans.indexOf(kept) + 1;
      const result = others.map((o) => o.result).find((r) => r >= 0);
      if (result !== undefined) results[result].matched = words(kept.start, kept.end);
      continue;
    }
    const span = { start: c.start, end, conceptIndex: c.conceptIndex, result: -1 };
    spans.push(span);
    for (let t = c.start; t < end; t++) if (owner[t] === 0) owner[t] = spans.length;
    // A concept said twice is reported once, but its second wording keeps its words too.
    if (taken.has(c.conceptIndex)) continue;
    taken.add(c.conceptIndex);
    span.result = results.length;
    results.push({ concept: DEFENCE_THESAURUS[c.conceptIndex], matched: words(c.start, end) });
  }
  return results;
}
