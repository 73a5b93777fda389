import type { ReferenceChecks } from '@bitd/domain';
import { CPV_REFERENCE } from '@bitd/domain';
import communes from '@etalab/decoupage-administratif/data/communes.json';
import nafCodes from '@socialgouv/codes-naf/index.json';

interface CommuneRecord {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  departement?: string;
}

const NAF_LABELS = new Map<string, string>(
  (nafCodes as Array<{ id: string; label: string }>)
    .filter((n) => /^\d{2}\.\d{2}[A-Z]$/.test(n.id))
    .map((n) => [n.id, n.label]),
);

/** Current communes by INSEE code, and by postal code. */
const COMMUNES_BY_INSEE = new Map<string, CommuneRecord>();
const COMMUNES_BY_POSTAL = new Map<string, CommuneRecord[]>();
for (const c of communes as CommuneRecord[]) {
  if (c.type !== 'commune-actuelle') continue;
  COMMUNES_BY_INSEE.set(c.code, c);
  for (const cp of c.codesPostaux ?? []) {
    const list = COMMUNES_BY_POSTAL.get(cp) ?? [];
    list.push(c);
    COMMUNES_BY_POSTAL.set(cp, list);
  }
}

const CPV_CHECK_DIGITS = new Map(
  CPV_REFERENCE.filter((c) => c.checkDigit !== undefined).map((c) => [c.code, c.checkDigit]),
);

/** Folds case, accents, hyphens and apostrophes so "Cesson-Sevigne" equals "Cesson-Sévigné". */
export function foldCommuneName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/^(saint|sainte)\b/, (m) => (m === 'saint' ? 'st' : 'ste'))
    .replace(/[\s'’-]+/g, ' ')
    .trim();
}

export function nafLabel(code: string): string | null {
  return NAF_LABELS.get(code) ?? null;
}

export function communeByInsee(insee: string): CommuneRecord | undefined {
  return COMMUNES_BY_INSEE.get(insee);
}

export function communesByPostalCode(postalCode: string): CommuneRecord[] {
  return COMMUNES_BY_POSTAL.get(postalCode) ?? [];
}

/** The official lists behind the domain's reference checks. */
export const officialReferenceChecks: ReferenceChecks = {
  nafExists: (code) => NAF_LABELS.has(code),
  communeProblem: ({ city, postalCode, inseeCode }) => {
    const inPostal = communesByPostalCode(postalCode);
    if (inPostal.length === 0)
      return {
        field: 'postalCode',
        message: `${postalCode} is not a French postal code in the official list`,
      };
    if (inseeCode) {
      const commune = COMMUNES_BY_INSEE.get(inseeCode);
      if (!commune)
        return { field: 'inseeCode', message: `${inseeCode} is not a current INSEE commune code` };
      if (!inPostal.some((c) => c.code === inseeCode)) {
        return {
          field: 'inseeCode',
          message: `INSEE code ${inseeCode} (${commune.nom}) does not belong to postal code ${postalCode}`,
        };
      }
    }
    const folded = foldCommuneName(city);
    if (!inPostal.some((c) => foldCommuneName(c.nom) === folded)) {
      const names = inPostal
        .map((c) => c.nom)
        .slice(0, 5)
        .join(', ');
      return {
        field: 'city',
        message: `${city} is not a commune of postal code ${postalCode} (expected one of: ${names})`,
      };
    }
    return null;
  },
  cpvCheckDigitProblem: (code, checkDigit) => {
    const expected = CPV_CHECK_DIGITS.get(code);
    return expected !== undefined && expected !== checkDigit
      ? `check digit of ${code} is ${expected}, not ${checkDigit}`
      : null;
  },
};
