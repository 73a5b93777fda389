/**
 * One concept of the bilingual defence thesaurus: the French and English wordings of the same idea,
 * its acronyms, the CPV codes it implies (most specific first; every code is in CPV_REFERENCE) and
 * the ids of broader or related concepts.
 *
 * Terms are written naturally (accents, hyphens, singular); matching is accent-, case- and
 * hyphen-insensitive and tolerates a plural -s/-x, so spelling variants need not be listed.
 */
export interface ThesaurusConcept {
  id: string;
  terms: { fr: string[]; en: string[] };
  acronyms?: string[];
  cpv: string[];
  related?: string[];
}
