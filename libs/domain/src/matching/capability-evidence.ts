import type {
  LocalizedText,
  MatchableOpportunity,
  MatchableSupplier,
  MatchNeed,
} from '../contracts/matching.contract';
import { cpvDepth, cpvRelation, isCpvAncestor } from '../cpv/cpv-code';
import { cpvLabel } from '../cpv/cpv-lookup';
import { conceptLabel, conceptsOfCode, readConcepts, type TextConcept } from '../thesaurus/concept-reader';
import { getThesaurusConcept, relatedConcepts } from '../thesaurus/thesaurus-lookup';
import type { ThesaurusConcept } from '../thesaurus/thesaurus.types';
import { leftoverWords, type WordBag, wordSet, wordsFound } from './need-words';

/**
 * What an opportunity needs and what a supplier offers, read from both their CPV codes and their
 * words (French or English, through the defence thesaurus), and how well one meets the other.
 */

/** A need of an opportunity, with what the matcher compares. */
export interface Need extends MatchNeed {
  /** Thesaurus concepts that express the need. */
  concepts: string[];
  /** Concepts the thesaurus relates to those (not the need itself: a neighbouring capability). */
  related: string[];
  /** Declared codes coarser than the need's own codes: they place it in a family, no more. */
  broadCodes: string[];
  /** For a need the thesaurus did not read: its content words, looked up in the supplier's texts. */
  words?: string[];
}

/** One thing a supplier offers: a declared capability or a capability read in its texts. */
export interface Evidence {
  source: 'declared' | 'text';
  codes: string[];
  concepts: string[];
  /** The supplier's words that named each concept (same order as `concepts`). */
  named: string[];
  /** The supplier's words or code label, for the explanation. */
  term: string;
  trl: number | null;
  /** The words of the supplier's texts (only on the one evidence that carries them). */
  words?: WordBag;
}

export interface NeedMatch {
  need: Need;
  /** 0–1 */
  score: number;
  evidence: Evidence | null;
  relation:
    | 'concept'
    | 'related'
    | 'exact'
    | 'descendant'
    | 'ancestor'
    | 'family'
    | 'sibling'
    | 'same_division'
    | 'words'
    | null;
  /** The supplier code that gave the relation (code relations only). */
  code: string | null;
  /** The need's code it was compared with (code relations only). */
  needed: string | null;
  /** The supplier's words that named the concept (concept relations only). */
  named?: string;
  /** The need words found in the supplier's texts (word relations only). */
  found?: string[];
}

const codeLabel = (code: string): LocalizedText => ({
  fr: cpvLabel(code, 'fr') ?? code,
  en: cpvLabel(code, 'en') ?? code,
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when two codes are the same or one is under the other. */
function sameLine(a: string, b: string): boolean {
  const r = cpvRelation(a, b);
  return r === 'exact' || r === 'ancestor' || r === 'descendant';
}

/** Adds codes to a need; a code above one it already has only places it in a family. */
function addCodes(need: Need, codes: readonly string[]): void {
  for (const code of codes) {
    if (need.codes.includes(code) || need.broadCodes.includes(code)) continue;
    if (need.codes.some((c) => isCpvAncestor(code, c))) need.broadCodes.push(code);
    else need.codes.push(code);
  }
}

function conceptsOverlap(concept: ThesaurusConcept, need: Need): boolean {
  if (need.concepts.includes(concept.id)) return true;
  const primary = concept.cpv[0];
  return primary !== undefined && need.codes.length > 0 && sameLine(primary, need.codes[0]);
}

/**
 * The needs of an opportunity. Each capability named in the title or the description is a need (the
 * title's are the main ones, the description's alone count half); two wordings of the same line of
 * the CPV tree are one need. A declared capability code joins the needs it is on the same line as
 * (a coarser code only places them in a family) or is a need of its own, with its weight.
 */
export function opportunityNeeds(o: MatchableOpportunity): Need[] {
  // The buyer's corrections: needs it struck out are gone (readNeeds has its additions already).
  const removed = new Set(o.needEdits.removed);
  return readNeeds(o).filter((n) => !removed.has(n.key));
}

/** The needs read from an opportunity and the buyer's additions, before the buyer's removals. */
export function readNeeds(o: MatchableOpportunity): Need[] {
  const needs: Need[] = [];
  // The programme's name ("MMCM", "Rafale Marine") says whose need it is, not what is needed.
  const withoutProgramme = (text: string | null) =>
    text && o.programme ? text.replace(new RegExp(escapeRegExp(o.programme), 'gi'), ' ') : text;
  const addConcept = (f: TextConcept, main: boolean, origin: Need['origin'] = 'read') => {
    const existing = needs.find((n) => conceptsOverlap(f.concept, n));
    if (existing) {
      if (origin === 'added') existing.origin = 'added';
      if (!existing.concepts.includes(f.concept.id)) existing.concepts.push(f.concept.id);
      addCodes(existing, f.concept.cpv);
      if (!existing.terms.includes(f.matched)) existing.terms.push(f.matched);
      return;
    }
    const need: Need = {
      key: `concept:${f.concept.id}`,
      label: conceptLabel(f.concept),
      origin,
      codes: [],
      broadCodes: [],
      concepts: [f.concept.id],
      related: [],
      terms: [f.matched],
      weight: main ? 1 : 0.5,
      main,
    };
    addCodes(need, f.concept.cpv);
    needs.push(need);
  };
  // What the buyer added counts as said in the title.
  for (const added of o.needEdits.added) {
    const concept = added.kind === 'concept' ? getThesaurusConcept(added.id) : undefined;
    if (concept) addConcept({ concept, matched: conceptLabel(concept).fr }, true, 'added');
  }
  readConcepts(withoutProgramme(o.title)).forEach((f) => addConcept(f, true));
  readConcepts(withoutProgramme(o.description)).forEach((f) => addConcept(f, false));

  const declaredCodes = [
    ...o.requiredCapabilities.map((r) => ({ ...r, origin: 'declared' as const })),
    ...o.needEdits.added
      .filter((a) => a.kind === 'code')
      .map((a) => ({ code: a.id, weight: 1, origin: 'added' as const })),
  ];
  for (const required of declaredCodes) {
    const code = required.code.slice(0, 8);
    const named = conceptsOfCode(code);
    // A code that only meets secondary readings of the needs read, and names a capability of its own
    // ("sonar" among the codes of "communication sous-marine"), is a need of its own.
    const near = needs.filter((n) => n.codes.some((c) => sameLine(c, code)));
    const own = near.some((n) => sameLine(n.codes[0], code) || named.some((c) => n.concepts.includes(c.id)));
    const related = named.length > 0 && !own ? [] : near;
    for (const n of related) {
      n.weight = Math.max(n.weight, required.weight);
      if (n.origin === 'read') n.origin = required.origin;
      if (n.codes.includes(code) || n.broadCodes.includes(code)) continue;
      // A declared code as fine as the words' is the need's own code; a coarser one a family.
      if (n.codes.some((c) => cpvDepth(code) >= cpvDepth(c))) n.codes.unshift(code);
      else n.broadCodes.push(code);
    }
    // Two wordings that the buyer gave the same code are one need said twice.
    const same = related.filter((n) => n.codes.includes(code));
    for (const twin of same.slice(1)) {
      const into = same[0];
      for (const c of twin.concepts) if (!into.concepts.includes(c)) into.concepts.push(c);
      addCodes(into, [...twin.codes, ...twin.broadCodes]);
      for (const c of twin.terms) if (!into.terms.includes(c)) into.terms.push(c);
      into.main ||= twin.main;
      into.weight = Math.max(into.weight, twin.weight);
      needs.splice(needs.indexOf(twin), 1);
    }
    if (related.length === 0) {
      // What the code says in words: suppliers who describe it without the code meet it too.
      needs.push({
        key: `code:${code}`,
        label: named.length > 0 ? conceptLabel(named[0]) : codeLabel(code),
        origin: required.origin,
        codes: [code],
        broadCodes: [],
        concepts: named.map((c) => c.id),
        related: [],
        terms: [],
        weight: required.weight,
        main: false,
      });
    }
  }
  for (const n of needs) {
    n.related = [...new Set(n.concepts.flatMap(relatedConcepts))].filter((c) => !n.concepts.includes(c));
  }
  // How the call is framed ("R&D duale", "accès plateforme") is a need only when nothing else is,
  // or when the buyer declared a code for it: otherwise what is named beside it is the need.
  const declared = declaredCodes.map((r) => r.code.slice(0, 8));
  const framing = needs.filter(
    (n) =>
      n.concepts.length > 0 &&
      n.concepts.every((c) => getThesaurusConcept(c)?.role === 'framing') &&
      !declared.some((c) => n.codes.includes(c) || n.broadCodes.includes(c)),
  );
  needs.splice(0, needs.length, ...needs.filter((n) => !framing.includes(n)));
  // What the buyer declared or added comes first; the title's needs stay main, as the call is named
  // by them (making the declared codes alone main cost 0.01–0.02 of nDCG@10 on the judged set).
  needs.sort((a, b) => Number(a.origin === 'read') - Number(b.origin === 'read'));
  makeMain(needs);
  // What the thesaurus did not read still says something: its words make one need of their own,
  // the main one when nothing else was read.
  const words = leftoverWords([withoutProgramme(o.title), withoutProgramme(o.description)].join(' . '));
  if (words.length >= (needs.length > 0 ? 2 : 1)) {
    const text = words.join(' ');
    needs.push({
      key: 'words',
      label: { fr: text, en: text },
      origin: 'read',
      codes: [],
      broadCodes: [],
      concepts: [],
      related: [],
      terms: words,
      weight: needs.length > 0 ? 0.5 : 1,
      main: needs.length === 0,
      words,
    });
  }
  if (needs.length > 0) return needs;
  makeMain(framing);
  return framing;
}

/** The first need is the main one when none is (a need said only in the description, or by code). */
function makeMain(needs: Need[]): void {
  if (needs.length > 0 && !needs.some((n) => n.main)) {
    needs[0].main = true;
    needs[0].weight = Math.max(needs[0].weight, 1);
  }
}

/** What a supplier offers: its declared capabilities, and the capabilities its texts describe. */
export function supplierEvidence(s: MatchableSupplier): Evidence[] {
  const declared: Evidence[] = s.capabilities.map((c) => {
    const code = c.code.slice(0, 8);
    const words = readConcepts([c.label, c.description].filter(Boolean).join('. '));
    return {
      source: 'declared',
      codes: [code],
      concepts: words.map((w) => w.concept.id),
      named: words.map((w) => w.matched),
      term: c.label ?? cpvLabel(code, 'fr') ?? code,
      trl: c.trl,
    };
  });
  const texts = [s.description, ...s.references.map((r) => r.description)];
  const fromText: Evidence[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const f of readConcepts(text)) {
      if (seen.has(f.concept.id)) continue;
      seen.add(f.concept.id);
      // Words that describe a declared capability share its TRL.
      const twin = declared.find((d) => f.concept.cpv.some((c) => sameLine(c, d.codes[0])));
      fromText.push({
        source: 'text',
        codes: [...f.concept.cpv],
        concepts: [f.concept.id],
        named: [f.matched],
        term: f.matched,
        trl: twin?.trl ?? null,
      });
    }
  }
  const words = wordSet([
    s.description,
    ...s.capabilities.flatMap((c) => [c.label, c.description]),
    ...s.references.map((r) => r.description),
  ]);
  return [
    ...declared,
    ...fromText,
    { source: 'text', codes: [], concepts: [], named: [], term: '', trl: null, words },
  ];
}

/** How well an offered code meets a needed one, 0–1, by their places in the CPV tree. */
export function codeFit(offered: string, needed: string): { score: number; relation: NeedMatch['relation'] } {
  const relation = cpvRelation(offered, needed);
  switch (relation) {
    case 'exact':
      return { score: 1, relation };
    case 'descendant':
      return { score: 0.95, relation };
    case 'ancestor': {
      // A supplier that declares a parent code may well do the child; a bare division says little.
      const depth = cpvDepth(offered);
      const gap = cpvDepth(needed) - depth;
      return { score: depth <= 2 ? 0.25 : gap <= 1 ? 0.85 : gap === 2 ? 0.75 : 0.6, relation };
    }
    case 'sibling':
      return { score: 0.4, relation };
    case 'same_division':
      return { score: 0.1, relation };
    default:
      return { score: 0, relation: null };
  }
}

/** Words found in a text weigh a little less than a declared code. */
const TEXT_FACTOR = 0.95;
/** Words alone, without a concept or a code, are weaker evidence still. */
const WORDS_FACTOR = 0.8;
/** A concept the thesaurus relates to the need's: a neighbouring capability, as a sibling code. */
const RELATED_FACTOR = 0.4;
/** Codes after a concept's first are secondary readings of it. */
const SECONDARY_CODE_FACTOR = 0.85;

/**
 * The supplier's best answer to one need. Runs for every need of every candidate: a result is
 * built only when it beats the best so far (the first of equal scores stays).
 */
export function matchNeed(need: Need, evidence: readonly Evidence[]): NeedMatch {
  let best: NeedMatch = { need, score: 0, evidence: null, relation: null, code: null, needed: null };
  for (const e of evidence) {
    if (need.words && e.words) {
      const found = wordsFound(need.words, e.words);
      const share = found.length / need.words.length;
      // Half the words at least: one common word is not a match.
      if (share >= 0.5 && WORDS_FACTOR * share > best.score)
        best = {
          need,
          score: WORDS_FACTOR * share,
          evidence: e,
          relation: 'words',
          code: null,
          needed: null,
          found,
        };
    }
    const factor = e.source === 'text' ? TEXT_FACTOR : 1;
    for (let i = 0; i < e.codes.length; i++) {
      const offered = e.codes[i];
      const offeredFactor = factor * (i === 0 ? 1 : SECONDARY_CODE_FACTOR);
      for (let j = 0; j < need.codes.length; j++) {
        const needed = need.codes[j];
        // Different CPV divisions never relate: most pairs, skipped before any tree walk.
        if (offered[0] !== needed[0] || offered[1] !== needed[1]) continue;
        const fit = codeFit(offered, needed);
        const score = fit.score * offeredFactor * (j === 0 ? 1 : SECONDARY_CODE_FACTOR);
        if (score > best.score)
          best = { need, score, evidence: e, relation: fit.relation, code: offered, needed };
      }
      for (const broad of need.broadCodes) {
        const r = cpvRelation(offered, broad);
        const score = (r === 'exact' ? 0.85 : r === 'descendant' ? 0.45 : 0) * offeredFactor;
        if (score > best.score)
          best = { need, score, evidence: e, relation: 'family', code: offered, needed: broad };
      }
    }
    // After the codes: on a tie the code relation, which says more, is the explanation.
    if (factor > best.score) {
      const i = e.concepts.findIndex((c) => need.concepts.includes(c));
      if (i >= 0)
        best = {
          need,
          score: factor,
          evidence: e,
          relation: 'concept',
          code: null,
          needed: null,
          named: e.named[i],
        };
    }
    if (RELATED_FACTOR * factor > best.score) {
      const i = e.concepts.findIndex((c) => need.related.includes(c));
      if (i >= 0)
        best = {
          need,
          score: RELATED_FACTOR * factor,
          evidence: e,
          relation: 'related',
          code: null,
          needed: null,
          named: e.named[i],
        };
    }
  }
  return best;
}

/** The needs a person is shown: declared codes and named concepts, not the leftover words. */
export function shownNeeds<T extends Need>(needs: readonly T[]): T[] {
  return needs.filter((n) => !n.words);
}
