import type { LocalizedText } from '../contracts/matching.contract';
import { cpvDepth, cpvParent, isCpvAncestor } from '../cpv/cpv-code';
import { CPV_REFERENCE } from '../cpv/cpv-reference';
import { DEFENCE_THESAURUS } from './defence-thesaurus';
import { type FindOptions, findConcepts } from './thesaurus-lookup';
import type { ThesaurusConcept } from './thesaurus.types';

/**
 * The concept reader: the one entry point that turns any text (a search query, a supplier's
 * description, an opportunity, a word typed in the CPV picker) into thesaurus concepts and CPV codes.
 * It reads French and English, acronyms, plurals, one typo per word of five letters or more, and skips
 * function words (see findConcepts).
 */

export interface TextConcept {
  concept: ThesaurusConcept;
  /** The words of the text that named the concept, normalised. */
  matched: string;
}

/** Which concepts of a text yield to which: a capability named beats its context, and both beat framing. */
const ROLE_TIERS: ReadonlyArray<NonNullable<ThesaurusConcept['role']>> = [
  'capability',
  'qualifier',
  'framing',
];

/**
 * The capability concepts of a text: civil look-alikes removed, and the concepts of the highest tier
 * present kept: context words (qualifiers such as "naval" or "militaire") are dropped when the text
 * names a real capability, and framing ("R&D duale", "appel à projets") when it names either.
 */
export function readConcepts(text: string | null | undefined, options: FindOptions = {}): TextConcept[] {
  return text ? capabilitiesAmong(findConcepts(text, options), options) : [];
}

/** readConcepts' choice among every concept found in a text (for a caller that needs both). */
export function capabilitiesAmong(found: readonly TextConcept[], options: FindOptions = {}): TextConcept[] {
  // A few typed words that name no capability ("R&D militaire") mean every context they name.
  if (options.typed && !found.some((f) => (f.concept.role ?? 'capability') === 'capability'))
    return found.filter((f) => f.concept.role !== 'civil');
  for (const role of ROLE_TIERS) {
    const tier = found.filter((f) => (f.concept.role ?? 'capability') === role);
    if (tier.length > 0) return tier;
  }
  return [];
}

/** A concept's name for people: its first French or English term. */
export function conceptLabel(c: ThesaurusConcept): LocalizedText {
  return {
    fr: c.terms.fr[0] ?? c.terms.en[0] ?? c.id,
    en: c.terms.en[0] ?? c.terms.fr[0] ?? c.id,
  };
}

/** Concepts whose first (defining) code is this code: what a declared code says in words. */
const BY_PRIMARY_CODE: ReadonlyMap<string, readonly ThesaurusConcept[]> = (() => {
  const known = new Set(CPV_REFERENCE.map((e) => e.code));
  const map = new Map<string, ThesaurusConcept[]>();
  for (const c of DEFENCE_THESAURUS) {
    const code = c.cpv[0];
    if ((c.role ?? 'capability') !== 'capability' || code === undefined || !known.has(code)) continue;
    map.set(code, [...(map.get(code) ?? []), c]);
  }
  return map;
})();

/** The capability concepts a CPV code defines (those whose first code it is), in thesaurus order. */
export function conceptsOfCode(code: string): readonly ThesaurusConcept[] {
  return BY_PRIMARY_CODE.get(code.slice(0, 8)) ?? [];
}

/** Every code some capability concept is defined by: what searches ask for. */
const CONCEPT_CODES: readonly string[] = [...BY_PRIMARY_CODE.keys()];

/**
 * The concept codes strictly under a code (a supplier declaring 35500000 may well do 35512400). A
 * division or a group one digit below it says too little to stand for what is under it.
 */
export function conceptCodesUnder(code: string): string[] {
  const depth = cpvDepth(code);
  if (depth < 4) return [];
  return CONCEPT_CODES.filter((c) => isCpvAncestor(code, c));
}

/** The concept codes beside a code: same immediate parent in the CPV tree. */
export function conceptCodesBeside(code: string): string[] {
  const parent = cpvParent(code);
  return parent === null || cpvDepth(parent) < 4
    ? []
    : CONCEPT_CODES.filter((c) => c !== code && cpvParent(c) === parent);
}
