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
  /**
   * `capability` (default): a thing a supplier can do or a buyer can need.
   * `qualifier`: a context word (naval, military, defence, maintenance in general) that refines a
   * capability found beside it but is never a need on its own when a capability is present.
   * `framing`: how a call is framed (research, R&D, dual use, a funding scheme): a need only when the
   * text names neither a capability nor a context, as in a call for "defence R&T" itself.
   * `civil`: a civil look-alike ("sonar de pêche", "drone de loisirs") that takes its words away from
   * the defence concept they contain; it implies no defence capability.
   */
  role?: 'capability' | 'qualifier' | 'framing' | 'civil';
}
