import { z } from 'zod';
import type { LocalizedText } from './matching.contract';
import { nulFree } from './zod-helpers';

/**
 * The CPV picker (`GET /api/v1/reference/cpv`): what the api and the web app agree on. The picker
 * reads words through the defence thesaurus (the concept reader) and codes or label words through
 * the CPV reference; each answer says which concept and which words led to it.
 */

export const CPV_PICKER_MAX_QUERY = 1000;
export const CPV_PICKER_MAX_LIMIT = 50;
export const CPV_PICKER_DEFAULT_LIMIT = 20;

export const CPV_PICKER_MESSAGES = {
  empty: 'type a code or a word',
  tooLong: `must be at most ${CPV_PICKER_MAX_QUERY.toLocaleString('en-GB')} characters`,
  nothingToRead: 'must contain a letter or a digit (emoji and punctuation alone name no code)',
} as const;

/** True when the text holds at least one letter or digit, in any script: something a search can read. */
export function hasReadableCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export const cpvPickerQuerySchema = z.strictObject({
  q: nulFree(
    z
      .string()
      .trim()
      .min(1, CPV_PICKER_MESSAGES.empty)
      .max(CPV_PICKER_MAX_QUERY, CPV_PICKER_MESSAGES.tooLong),
  ).refine(hasReadableCharacter, CPV_PICKER_MESSAGES.nothingToRead),
  lang: z.enum(['fr', 'en'], { error: 'must be fr or en' }).default('fr'),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, `must be between 1 and ${CPV_PICKER_MAX_LIMIT}`)
    .max(CPV_PICKER_MAX_LIMIT, `must be between 1 and ${CPV_PICKER_MAX_LIMIT}`)
    .default(CPV_PICKER_DEFAULT_LIMIT),
});
export type CpvPickerQuery = z.output<typeof cpvPickerQuerySchema>;

/** A thesaurus concept as the picker names it: its id and its first French and English terms. */
export interface CpvPickerConcept extends LocalizedText {
  id: string;
}

/**
 * One answer of the CPV picker.
 * - `matchedBy`: `concept` (the words name a thesaurus concept that implies this code), `label` (every
 *   word is in the code's French or English label), `code` (a code or code prefix was typed).
 * - `concept`: the concept that led to the code, or for a label or code answer the concept the code
 *   defines (null when none).
 * - `words`: the words of the query, as typed, that named the concept (concept answers only).
 * - `via`: why this code is proposed, as a sentence in each language (concept answers only).
 */
export interface CpvPickerItem {
  code: string;
  fr: string;
  en: string;
  matchedBy: 'concept' | 'label' | 'code';
  concept: CpvPickerConcept | null;
  words: string | null;
  via: LocalizedText | null;
}
