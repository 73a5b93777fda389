import { luhnValid } from '@bitd/domain';

/** A valid supplier in the interchange format (fictional company, real commune and codes). */
export function validSupplier(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    siret: '83016613818604',
    name: 'Iroise Acoustique',
    legalForm: 'SAS',
    nafCode: '26.51A',
    headcount: 29,
    revenueEur: 3748318,
    defenceRevenueShare: 0.4,
    website: 'https://iroise-acoustique.example.fr',
    address: {
      city: 'Brest',
      postalCode: '29200',
      inseeCode: '29019',
      department: '29',
      lat: 48.39,
      lon: -4.49,
    },
    description: 'Antennes acoustiques et traitement sonar pour la lutte sous la mer.',
    capabilities: [{ code: '38113000', trl: 7 }],
    certifications: [{ scheme: 'EN9100', validUntil: '2027-03-15' }],
    clearance: 'DR',
    contacts: [{ name: 'Soizic Tanguy', email: 'contact@iroise-acoustique.example.fr' }],
    ...overrides,
  };
}

/** Another Luhn-valid SIRET for a second company. */
export const OTHER_SIRET = '89555979771141';

/**
 * The n-th of a series of valid SIRETs (Luhn-valid SIREN and SIRET), for tests that need many
 * companies; another `series` gives SIRETs no other series uses.
 */
export function siret(n: number, series = 50000000): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  return complete(`${complete(String(series + n))}0001`);
}
