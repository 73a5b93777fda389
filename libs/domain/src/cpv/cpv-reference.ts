/** Placeholder until the curated reference lands. */
export interface CpvReferenceEntry {
  code: string;
  checkDigit?: number;
  fr: string;
  en: string;
}
export const CPV_REFERENCE: ReadonlyArray<CpvReferenceEntry> = [];
