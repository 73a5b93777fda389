import type { MatchableOpportunity, MatchableSupplier } from '../contracts/matching.contract';

/**
 * Builders of a matchable opportunity and supplier for specs: a sonar lot of the SNLE 3G programme and
 * a Brest sonar maker that meets it; each spec overrides what it tests.
 */
export const matchingFixtures = {
  opportunity: (o: Partial<MatchableOpportunity> = {}): MatchableOpportunity => ({
    id: 'o',
    kind: 'subcontracting',
    title: 'Antennes sonar — programme SNLE 3G',
    description: null,
    programme: 'SNLE 3G',
    requiredCapabilities: [{ code: '38113000', weight: 1 }],
    requiredCertifications: [],
    minClearance: 'NONE',
    trlMin: null,
    trlMax: null,
    location: null,
    deadline: '2027-06-30',
    needEdits: { removed: [], added: [] },
    ...o,
  }),
  supplier: (s: Partial<MatchableSupplier> = {}): MatchableSupplier => ({
    id: 's',
    name: 'Iroise Sonar',
    description: null,
    capabilities: [{ code: '38113000', label: null, trl: 7, description: null }],
    certifications: [],
    clearance: 'NONE',
    lat: 48.39,
    lon: -4.49,
    headcount: 30,
    references: [],
    ...s,
  }),
};
