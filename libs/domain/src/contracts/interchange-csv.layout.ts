/**
 * CSV layouts of the interchange format (INTERCHANGE.md): the same fields as JSON Lines, nested
 * objects flattened into `object.field` columns, lists joined with `;` and their item fields with
 * `:` in a fixed order. The server's codec reads and writes them; the web shows their columns.
 */
export interface CsvLayout {
  /** Every column, in file order; `object.field` columns fill a field of a nested object. */
  columns: readonly string[];
  /** List columns: their item fields in order, or `'text'` for a list of plain strings. */
  lists: Readonly<Record<string, readonly string[] | 'text'>>;
  /**
   * Columns and list item fields read as numbers, integers included (the schema says when a
   * number is not whole).
   */
  numbers: readonly string[];
  /** List item fields read as true/false. */
  booleans?: readonly string[];
  /** A CSV file of this kind is recognised by a header naming one of these columns. */
  headerKeys: readonly string[];
}

/** Supplier CSV: the address in `address.*` columns; README.md documents the list item orders. */
export const SUPPLIER_CSV_LAYOUT: CsvLayout = {
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
    contacts: ['name', 'email', 'phone', 'role', 'visibleToBuyers'],
  },
  numbers: ['headcount', 'revenueEur', 'trl', 'year', 'defenceRevenueShare', 'address.lat', 'address.lon'],
  booleans: ['visibleToBuyers'],
  // A header with a SIRET but no externalId is still a supplier file: each row is then told what it lacks.
  headerKeys: ['externalId', 'siret'],
};

/**
 * Opportunity CSV: the location in `location.*` columns, required capabilities as `code:weight`
 * items, required certifications as plain schemes (`EN9100;ISO9001`).
 */
export const OPPORTUNITY_CSV_LAYOUT: CsvLayout = {
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
};
