import type { LocalizedText } from '../contracts/matching.contract';
import { parseCpv } from '../cpv/cpv-code';
import { capabilitiesAmong, conceptLabel } from '../thesaurus/concept-reader';
import { DEFENCE_THESAURUS } from '../thesaurus/defence-thesaurus';
import { FUNCTION_WORDS, findConcepts, normaliseTerm } from '../thesaurus/thesaurus-lookup';

/**
 * What the search box's text says, read once per request: the capabilities it names (through the
 * concept reader), a SIRET or CPV codes typed as such, and the words nothing read. Long input is cut
 * to a bounded size, and the reading says what was cut.
 */

/** Words and characters a query is read up to; what lies beyond is reported as cut. */
export const QUERY_MAX_WORDS = 32;
export const QUERY_MAX_CHARS = 300;
/** Capabilities one query may ask for: more would make the concept search a keyword soup. */
const MAX_CONCEPTS = 8;

export interface QueryConcept {
  id: string;
  label: LocalizedText;
  /** The words of the query that named it. */
  matched: string;
  /** The concept's defining CPV code: what suppliers declare or describe. */
  code: string;
}

export interface QueryReading {
  /** The text searched for keywords (cut, SIRET spaces removed). */
  text: string;
  cut: { words: number; characters: number } | null;
  concepts: QueryConcept[];
  /** CPV codes typed in the query (with or without check digit). */
  codes: string[];
  siret: string | null;
  /** Content words no capability took: searched as keywords. */
  unread: string[];
  /**
   * Some of those words are in no wording of the thesaurus at all (not even a context such as
   * « naval »): the text may name a company, a product or a place.
   */
  mayBeName: boolean;
}

const SIRET_PATTERN = /^\d{3}\s?\d{3}\s?\d{3}\s?\d{5}$/;

export function readSearchQuery(input: string | undefined): QueryReading {
  const raw = (input ?? '').replace(/\s+/g, ' ').trim();
  if (SIRET_PATTERN.test(raw)) {
    const siret = raw.replace(/\s/g, '');
    return { text: siret, cut: null, concepts: [], codes: [], siret, unread: [], mayBeName: false };
  }
  const words = raw.split(' ').filter((w) => w.length > 0);
  let text = words.slice(0, QUERY_MAX_WORDS).join(' ');
  if (text.length > QUERY_MAX_CHARS) text = text.slice(0, QUERY_MAX_CHARS).replace(/\s+\S*$/, '');
  const kept = text ? text.split(' ').length : 0;
  const cut =
    kept < words.length || text.length < raw.length
      ? { words: words.length - kept, characters: raw.length - text.length }
      : null;

  const codes = [
    ...new Set(words.slice(0, kept).flatMap((w) => (parseCpv(w) ? [parseCpv(w)!.code as string] : []))),
  ];
  const found = findConcepts(text, { typed: true });
  const concepts: QueryConcept[] = [];
  for (const f of capabilitiesAmong(found, { typed: true })) {
    const code = f.concept.cpv[0];
    if (code === undefined || concepts.length === MAX_CONCEPTS) continue;
    concepts.push({ id: f.concept.id, label: conceptLabel(f.concept), matched: f.matched, code });
  }
  const taken = new Set(concepts.flatMap((c) => c.matched.split(' ')));
  const unread = [
    ...new Set(
      normaliseTerm(text)
        .split(' ')
        .filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w) && !taken.has(w) && !/^\d{8}$/.test(w)),
    ),
  ];
  const known = new Set(found.flatMap((f) => f.matched.split(' ')));
  return { text, cut, concepts, codes, siret: null, unread, mayBeName: unread.some((w) => !known.has(w)) };
}

/** Every concept term's words → the concepts using them, for suggestions. */
const TERM_WORDS: ReadonlyMap<string, number[]> = (() => {
  const map = new Map<string, number[]>();
  DEFENCE_THESAURUS.forEach((c, i) => {
    if ((c.role ?? 'capability') !== 'capability') return;
    for (const term of [...c.terms.fr, ...c.terms.en])
      for (const w of normaliseTerm(term).split(' ')) {
        if (w.length < 4) continue;
        const list = map.get(w) ?? [];
        if (!list.includes(i)) list.push(i);
        map.set(w, list);
      }
  });
  return map;
})();

/**
 * Capabilities whose wording shares a word stem (first five letters, or the whole word when
 * shorter) with the unread words: what to offer when nothing fits exactly.
 */
export function nearestConcepts(
  unread: readonly string[],
  limit = 5,
): Array<{ id: string; label: LocalizedText }> {
  const score = new Map<number, number>();
  for (const word of unread) {
    if (word.length < 4) continue;
    const head = word.slice(0, 5);
    for (const [w, concepts] of TERM_WORDS)
      if (w.startsWith(head) || word.startsWith(w))
        for (const i of concepts) score.set(i, (score.get(i) ?? 0) + (w === word ? 2 : 1));
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([i]) => ({ id: DEFENCE_THESAURUS[i].id, label: conceptLabel(DEFENCE_THESAURUS[i]) }));
}
