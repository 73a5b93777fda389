import { findConcepts, normaliseTerm, withinOneEdit } from '../thesaurus/thesaurus-lookup';

/**
 * The words of a text that no thesaurus concept took: what a need says in terms the thesaurus does
 * not know yet ("capteurs magnétiques"). Function words and the phrases every call uses ("nous
 * recherchons des partenaires", "looking for partners") are left out; plurals fold to singular.
 */
// prettier-ignore
const NOT_CONTENT: ReadonlySet<string> = new Set([
  // French function words and call boilerplate
  'avec', 'dans', 'pour', 'sans', 'sous', 'vers', 'chez', 'entre', 'ainsi', 'aussi', 'mais', 'donc', 'leur', 'leurs',
  'notre', 'nous', 'vous', 'votre', 'cette', 'ces', 'celle', 'celui', 'dont', 'tout', 'tous', 'toute', 'toutes',
  'plus', 'moins', 'tres', 'etre', 'avoir', 'sont', 'sera', 'seront', 'doit', 'doivent', 'devra', 'peut', 'peuvent',
  'recherchons', 'recherche', 'cherchons', 'partenaire', 'partenaires', 'projet', 'projets', 'programme', 'programmes',
  'duale', 'dual', 'acces', 'plateforme', 'appel', 'besoin', 'besoins', 'entreprise', 'entreprises', 'societe',
  'fournisseur', 'fournisseurs', 'prestataire', 'prestataires', 'titulaire', 'offre', 'offres', 'candidat', 'candidats',
  'capacite', 'capacites', 'competence', 'competences', 'domaine', 'domaines', 'solution', 'solutions', 'systeme',
  'systemes', 'service', 'services', 'activite', 'activites', 'cadre', 'travaux', 'fourniture', 'realisation',
  'expertise', 'experte', 'expert', 'specialisee', 'specialise', 'reconnue', 'intervenons', 'bretonne', 'breton',
  'clients', 'client', 'rang', 'grands', 'defense', 'militaire', 'militaires', 'civile', 'civil',
  // English function words and call boilerplate
  'with', 'within', 'from', 'into', 'this', 'that', 'these', 'those', 'their', 'your', 'will', 'shall', 'must',
  'should', 'would', 'have', 'been', 'being', 'also', 'more', 'less', 'very', 'looking', 'seek', 'seeking', 'partner',
  'partners', 'project', 'projects', 'research', 'call', 'calls', 'platform', 'access', 'need', 'needs', 'company',
  'companies', 'supplier', 'suppliers', 'contractor', 'offer', 'capability', 'capabilities', 'system', 'systems',
  'solution', 'solutions', 'work', 'works', 'deliver', 'recognised', 'specialised', 'defence', 'military', 'tier',
  'major', 'activity', 'customers', 'dual',
]);

const MAX_NEED_WORDS = 8;

function singular(word: string): string {
  return word.length >= 5 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * Content words (4+ letters, singular) of `text` left once the thesaurus concepts took theirs. A
 * concept is reported once per text, so its phrases are taken out and the rest read again, until
 * nothing more is found (the same need is often said twice, in the title and the description).
 */
export function leftoverWords(text: string | null | undefined): string[] {
  if (!text) return [];
  let tokens = normaliseTerm(text).split(' ');
  for (let pass = 0; pass < 5; pass++) {
    const found = findConcepts(tokens.join(' '));
    if (found.length === 0) break;
    for (const f of found) tokens = withoutPhrase(tokens, f.matched.split(' '));
  }
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.length < 4 || !/^[a-z]+$/.test(t) || isBoilerplate(t)) continue;
    out.add(singular(t));
  }
  // A long description is not one need: its first words say it best.
  return [...out].slice(0, MAX_NEED_WORDS);
}

/** The tokens with the first occurrence of `phrase` taken out. */
function withoutPhrase(tokens: string[], phrase: string[]): string[] {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((p, k) => tokens[i + k] === p))
      return [...tokens.slice(0, i), ...tokens.slice(i + phrase.length)];
  }
  return tokens;
}

/** A function word or call boilerplate, typed right or with one typo ("partenaier"). */
function isBoilerplate(word: string): boolean {
  if (NOT_CONTENT.has(word) || NOT_CONTENT.has(singular(word))) return true;
  return word.length >= 6 && [...NOT_CONTENT].some((w) => w.length >= 6 && withinOneEdit(word, w));
}

/** Words of this length or more may carry one typo. */
const TYPO_MIN_LENGTH = 6;

/** A supplier's words, singular, with the long ones grouped for typo lookups. */
export interface WordBag {
  all: ReadonlySet<string>;
  /** Words of 6+ letters by first letter and length: a typo keeps the first letter (nearly always). */
  byHead: ReadonlyMap<number, readonly string[]>;
}

/** A number, not a string: built for every need word of every candidate. */
const headKey = (word: string, length: number) => word.charCodeAt(0) * 1024 + length;

/** Every word of a supplier's texts, singular, for looking need words up. */
export function wordSet(texts: ReadonlyArray<string | null | undefined>): WordBag {
  const all = new Set<string>();
  for (const text of texts)
    if (text) for (const t of normaliseTerm(text).split(' ')) if (t.length >= 4) all.add(singular(t));
  const byHead = new Map<number, string[]>();
  for (const w of all) {
    if (w.length < TYPO_MIN_LENGTH) continue;
    const key = headKey(w, w.length);
    const list = byHead.get(key);
    if (list) list.push(w);
    else byHead.set(key, [w]);
  }
  return { all, byHead };
}

/** The need words found among the supplier's words (one typo allowed on words of 6+ letters). */
export function wordsFound(need: readonly string[], words: WordBag): string[] {
  return need.filter((w) => {
    if (words.all.has(w)) return true;
    if (w.length < TYPO_MIN_LENGTH) return false;
    // One edit changes the length by one at most.
    for (let length = Math.max(TYPO_MIN_LENGTH, w.length - 1); length <= w.length + 1; length++) {
      for (const x of words.byHead.get(headKey(w, length)) ?? []) if (withinOneEdit(w, x)) return true;
    }
    return false;
  });
}
