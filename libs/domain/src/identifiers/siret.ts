import { luhnValid } from './luhn';

/** La Poste's SIREN: its establishments' SIRETs follow a digit-sum rule instead of Luhn. */
export const LA_POSTE_SIREN = '356000000';

export type SiretProblem = 'format' | 'siren_checksum' | 'siret_checksum';

/** Why a SIRET is invalid, or null when it is valid. Spaces are tolerated and ignored. */
export function siretProblem(input: string): SiretProblem | null {
  const siret = normalizeSiret(input);
  if (!/^\d{14}$/.test(siret)) return 'format';
  const siren = siret.slice(0, 9);
  if (siren === LA_POSTE_SIREN) {
    const digitSum = [...siret].reduce((s, c) => s + Number(c), 0);
    return digitSum % 5 === 0 ? null : 'siret_checksum';
  }
  if (!luhnValid(siren)) return 'siren_checksum';
  if (!luhnValid(siret)) return 'siret_checksum';
  return null;
}

export function normalizeSiret(input: string): string {
  return input.replace(/\s+/g, '');
}

export const SIRET_MESSAGES: Record<SiretProblem, string> = {
  format: 'SIRET must be exactly 14 digits',
  siren_checksum: 'SIREN (first 9 digits of the SIRET) fails the Luhn check',
  siret_checksum: 'SIRET fails its checksum (Luhn): check for a mistyped digit',
};
