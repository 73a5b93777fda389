import { AIR_SPACE_CONCEPTS } from './concepts-air-space';
import { C4ISR_CONCEPTS } from './concepts-c4isr';
import { CIVIL_CONCEPTS } from './concepts-civil';
import { CYBER_CONCEPTS } from './concepts-cyber';
import { DIGITAL_CONCEPTS } from './concepts-digital';
import { ELECTRONICS_TELECOM_CONCEPTS } from './concepts-electronics-telecom';
import { ENGINEERING_TESTING_CONCEPTS } from './concepts-engineering-testing';
import { INDUSTRY_CONCEPTS } from './concepts-industry';
import { NAVAL_CONCEPTS } from './concepts-naval';
import { OPTRONICS_CONCEPTS } from './concepts-optronics';
import { SECURITY_LAND_CONCEPTS } from './concepts-security-land';
import { SIMULATION_TRAINING_CONCEPTS } from './concepts-simulation-training';
import { UNDERWATER_CONCEPTS } from './concepts-underwater';
import type { ThesaurusConcept } from './thesaurus.types';

/**
 * The bilingual (French/English) defence thesaurus: concepts of the regional defence industrial base
 * with their wordings, acronyms, implied CPV codes and related concepts. Used as Meilisearch
 * synonyms and by the matcher to expand free text into CPV codes (see thesaurus-lookup.ts).
 * Each group lives in its own file; ids are unique across groups (checked by thesaurus.spec.ts).
 * Concepts have a role (see ThesaurusConcept): most are capabilities; context words (naval, militaire,
 * maintenance…) are qualifiers; CIVIL_CONCEPTS are civil look-alikes that only take their words away.
 */
export const DEFENCE_THESAURUS: ReadonlyArray<ThesaurusConcept> = [
  ...NAVAL_CONCEPTS,
  ...UNDERWATER_CONCEPTS,
  ...AIR_SPACE_CONCEPTS,
  ...C4ISR_CONCEPTS,
  ...OPTRONICS_CONCEPTS,
  ...CYBER_CONCEPTS,
  ...DIGITAL_CONCEPTS,
  ...ELECTRONICS_TELECOM_CONCEPTS,
  ...ENGINEERING_TESTING_CONCEPTS,
  ...SIMULATION_TRAINING_CONCEPTS,
  ...INDUSTRY_CONCEPTS,
  ...SECURITY_LAND_CONCEPTS,
  ...CIVIL_CONCEPTS,
];
