export const CERTIFICATION_SCHEMES = [
  'ISO9001',
  'EN9100',
  'EN9110',
  'EN9120',
  'AQAP2110',
  'ISO27001',
  'PASSI',
  'CSPN',
  'ISO17025',
  'ISO14001',
  'PART145',
] as const;
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

export const CERTIFICATION_LABELS: Record<CertificationScheme, string> = {
  ISO9001: 'ISO 9001',
  EN9100: 'EN 9100',
  EN9110: 'EN 9110',
  EN9120: 'EN 9120',
  AQAP2110: 'AQAP 2110',
  ISO27001: 'ISO 27001',
  PASSI: 'PASSI (ANSSI)',
  CSPN: 'CSPN (ANSSI)',
  ISO17025: 'ISO 17025',
  ISO14001: 'ISO 14001',
  PART145: 'EASA Part 145',
};

/** A certification without an expiry date is taken as valid; an expired one does not count. */
export function isCertificationValidOn(validUntil: string | null | undefined, isoDate: string): boolean {
  return !validUntil || validUntil >= isoDate;
}
