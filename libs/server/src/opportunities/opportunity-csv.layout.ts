import { csvCodec } from '../imports/csv-layout.codec';

/**
 * Opportunity CSV: the location in `location.*` columns, required capabilities as `code:weight`
 * items, required certifications as plain schemes (`EN9100;ISO9001`).
 */
export const opportunityCsv = csvCodec({
  columns: [
    'externalId',
    'kind',
    'title',
    'description',
    'issuer',
    'programme',
    'requiredCapabilities',
    'requiredCertifications',
    'minClearance',
    'trlMin',
    'trlMax',
    'location.label',
    'location.lat',
    'location.lon',
    'location.maxDistanceKm',
    'deadline',
    'visibility',
  ],
  lists: {
    requiredCapabilities: ['code', 'weight'],
    requiredCertifications: 'text',
  },
  numbers: ['trlMin', 'trlMax', 'weight', 'location.lat', 'location.lon', 'location.maxDistanceKm'],
  headerKeys: ['externalId'],
});
