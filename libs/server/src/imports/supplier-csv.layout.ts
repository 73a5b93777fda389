import { csvCodec } from './csv-layout.codec';

/** Supplier CSV: the address in `address.*` columns; README.md documents the list item orders. */
export const supplierCsv = csvCodec({
  columns: [
    'externalId',
    'siret',
    'name',
    'legalForm',
    'nafCode',
    'headcount',
    'revenueEur',
    'defenceRevenueShare',
    'website',
    'address.street',
    'address.city',
    'address.postalCode',
    'address.inseeCode',
    'address.department',
    'address.lat',
    'address.lon',
    'description',
    'capabilities',
    'certifications',
    'clearance',
    'references',
    'contacts',
  ],
  lists: {
    capabilities: ['code', 'trl', 'label', 'description'],
    certifications: ['scheme', 'validUntil', 'reference'],
    references: ['programme', 'customer', 'year', 'description'],
    contacts: ['name', 'email', 'phone', 'role'],
  },
  numbers: ['headcount', 'revenueEur', 'trl', 'year', 'defenceRevenueShare', 'address.lat', 'address.lon'],
  // A header with a SIRET but no externalId is still a supplier file: each row is then told what it lacks.
  headerKeys: ['externalId', 'siret'],
});
