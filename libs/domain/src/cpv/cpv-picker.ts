import {
  CPV_PICKER_DEFAULT_LIMIT,
  CPV_PICKER_MAX_LIMIT,
  CPV_PICKER_MAX_QUERY,
  type CpvPickerConcept,
  type CpvPickerItem,
} from '../contracts/reference.contract';
import { conceptLabel, conceptsOfCode, readConcepts, type TextConcept } from '../thesaurus/concept-reader';
import { FUNCTION_WORDS, normaliseTerm } from '../thesaurus/thesaurus-lookup';
import type { ThesaurusConcept } from '../thesaurus/thesaurus.types';
import { cpvEntry, searchCpv, splitCpvQuery, type CpvLang } from './cpv-lookup';

/**
 * The CPV picker: what a person types (words in French or English, acronyms, a code or the start of
 * one) → CPV codes to choose from, each saying why.
 *
 * Words go through the concept reader (readConcepts: plurals, one typo per long word, function
 * words, acronyms) and give the codes of the concepts they name, the defining (first) code of each
 * concept before its other codes. Codes and label words go through the CPV reference (searchCpv).
 * Concept answers come first when the concepts account for every word typed, or when the labels
 * find nothing; otherwise the labels, which contain every word, come first. A code answers once.
 */
export function pickCpv(query: string, lang: CpvLang, limit = CPV_PICKER_DEFAULT_LIMIT): CpvPickerItem[] {
  const max = Math.min(CPV_PICKER_MAX_LIMIT, Math.floor(limit));
  if (typeof query !== 'string' || !(max > 0)) return [];
  const capped = query.slice(0, CPV_PICKER_MAX_QUERY);
  const { prefixes, text } = splitCpvQuery(capped);

  const concepts = readConcepts(text, { typed: true });
  const fromConcepts = conceptItems(concepts, text, prefixes);
  const fromReference: CpvPickerItem[] = searchCpv(capped, lang, max).map((hit) => ({
    code: hit.code,
    fr: hit.fr,
    en: hit.en,
    matchedBy: hit.matchedBy,
    concept: namedConcept(definedConcept(hit.code)),
    words: null,
    via: null,
  }));

  const conceptsFirst = fromReference.length === 0 || coversEveryWord(concepts, text);
  const ordered = conceptsFirst ? [...fromConcepts, ...fromReference] : [...fromReference, ...fromConcepts];
  const seen = new Set<string>();
  const out: CpvPickerItem[] = [];
  for (const item of ordered) {
    if (seen.has(item.code)) continue;
    seen.add(item.code);
    out.push(item);
    if (out.length === max) break;
  }
  return out;
}

/**
 * The concept a code stands for: of the concepts it defines, the one with the fewest codes (the code
 * is most of what it means: 35512400 is « drone sous-marin » rather than « maîtrise des fonds marins »).
 */
function definedConcept(code: string): ThesaurusConcept | undefined {
  let best: ThesaurusConcept | undefined;
  for (const c of conceptsOfCode(code)) if (!best || c.cpv.length < best.cpv.length) best = c;
  return best;
}

function namedConcept(c: ThesaurusConcept | undefined): CpvPickerConcept | null {
  return c ? { id: c.id, ...conceptLabel(c) } : null;
}

/**
 * The codes of the concepts read in the text: every concept's defining code first (in the reader's
 * order), then every concept's second code, and so on; only codes under the typed prefixes.
 */
function conceptItems(concepts: readonly TextConcept[], text: string, prefixes: readonly string[]) {
  const items: CpvPickerItem[] = [];
  const rounds = Math.max(0, ...concepts.map((c) => c.concept.cpv.length));
  for (let r = 0; r < rounds; r++) {
    for (const { concept, matched } of concepts) {
      const code = concept.cpv[r];
      const entry = code === undefined ? undefined : cpvEntry(code);
      if (!entry || !prefixes.every((p) => entry.code.startsWith(p))) continue;
      const named = namedConcept(concept) as CpvPickerConcept;
      const words = typedWords(text, matched);
      items.push({
        code: entry.code,
        fr: entry.fr,
        en: entry.en,
        matchedBy: 'concept',
        concept: named,
        words,
        via: {
          fr: `concept «\u00a0${named.fr}\u00a0», d’après «\u00a0${words}\u00a0»`,
          en: `concept “${named.en}”, from “${words}”`,
        },
      });
    }
  }
  return items;
}

/** Whether the concepts read account for every word of the text other than function words. */
function coversEveryWord(concepts: readonly TextConcept[], text: string): boolean {
  const covered = new Set(concepts.flatMap((c) => c.matched.split(' ')));
  const words = normaliseTerm(text)
    .split(' ')
    .filter((w) => w && !FUNCTION_WORDS.has(w));
  return words.length > 0 && words.every((w) => covered.has(w));
}

/**
 * The words of the text, as typed (accents, capitals, hyphens), that the reader matched in normalised
 * form: "Drones sous-marins" rather than "drones sous marins". The normalised words when not found.
 */
export function typedWords(text: string, matched: string): string {
  const wanted = matched.split(' ');
  const spans: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}&]+/gu)) {
    for (const word of normaliseTerm(m[0]).split(' ')) {
      if (word) spans.push({ word, start: m.index, end: m.index + m[0].length });
    }
  }
  for (let i = 0; i + wanted.length <= spans.length; i++) {
    if (wanted.every((w, k) => spans[i + k].word === w)) {
      return text.slice(spans[i].start, spans[i + wanted.length - 1].end);
    }
  }
  return matched;
}
