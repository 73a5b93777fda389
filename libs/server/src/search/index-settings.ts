import { CERTIFICATION_SCHEMES, DEFENCE_SITES } from '@bitd/domain';
import type { Settings } from 'meilisearch';
import { siteField } from './supplier-document';

const FR_STOP_WORDS = [
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'un',
  'une',
  'et',
  'en',
  'pour',
  'dans',
  'sur',
  'avec',
  'au',
  'aux',
  'par',
  'l',
  'd',
];
const EN_STOP_WORDS = ['the', 'a', 'an', 'and', 'of', 'for', 'in', 'with', 'on', 'to', 'by'];

/**
 * Shared by both indexes: stop words, bounded hits and facets. No synonyms: the concept reader
 * reads queries and documents alike (see buildSupplierSearch).
 */
function commonSettings(): Settings {
  return {
    stopWords: [...FR_STOP_WORDS, ...EN_STOP_WORDS],
    pagination: { maxTotalHits: 2000 },
    // The facet-search endpoint is unused (counts come with searches): no need to build it.
    facetSearch: false,
    faceting: { maxValuesPerFacet: 200 },
  };
}

/** `siteKm.<site>`: no `_geo` in the suppliers index (see geoCover in search-filter.ts). */
const SITE_DISTANCES = DEFENCE_SITES.map((site) => siteField(site.id));

/** Where a keyword search looks: what people write, never the concept codes. */
export const KEYWORD_ATTRIBUTES = [
  'name',
  'capabilityLabels',
  'description_fr',
  'description_en',
  'capabilityTexts',
  'programmes',
  'customers',
  'city',
  'cpvCodes',
];
/** Where the concept search looks, strongest evidence first (the attribute rule ranks by it). */
export const CONCEPT_ATTRIBUTES = ['codesDeclared', 'codesDescribed', 'codesBroad', 'codesNear'];

/** The opportunities index's counterparts. */
export const OPPORTUNITY_KEYWORD_ATTRIBUTES = [
  'title',
  'capabilityLabels',
  'description_fr',
  'description_en',
  'issuer',
  'programme',
  'cpvCodes',
];
export const OPPORTUNITY_CONCEPT_ATTRIBUTES = ['codesNeeded', 'codesNear'];

export const SUPPLIER_INDEX_SETTINGS: Settings = {
  ...commonSettings(),
  searchableAttributes: [...KEYWORD_ATTRIBUTES, 'siret', ...CONCEPT_ATTRIBUTES],
  filterableAttributes: [
    // For the page of an exact search around a point, fetched by id.
    'id',
    'department',
    'inseeCode',
    'cpvTree',
    'domains',
    'matchCodes',
    'matchTree',
    'certifications',
    'certificationsValid',
    ...CERTIFICATION_SCHEMES.map((s) => `certUntil.${s}`),
    'clearance',
    'clearanceRank',
    'trls',
    'trlMax',
    'sizeBand',
    'lat',
    'lng',
    ...SITE_DISTANCES,
  ],
  sortableAttributes: ['name', 'updatedAt', 'completeness', 'headcount', ...SITE_DISTANCES],
  displayedAttributes: ['*'],
  localizedAttributes: [
    { attributePatterns: ['description_fr'], locales: ['fra'] },
    { attributePatterns: ['description_en'], locales: ['eng'] },
  ],
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    disableOnAttributes: ['cpvCodes', 'siret', ...CONCEPT_ATTRIBUTES],
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'completeness:desc'],
};

/** Ready for the opportunities issue: same text handling, its own facets. */
export const OPPORTUNITY_INDEX_SETTINGS: Settings = {
  ...commonSettings(),
  searchableAttributes: [...OPPORTUNITY_KEYWORD_ATTRIBUTES, ...OPPORTUNITY_CONCEPT_ATTRIBUTES],
  filterableAttributes: [
    'kind',
    'status',
    'visibility',
    'cpvTree',
    'domains',
    'requiredCertifications',
    'minClearanceRank',
    'trlMin',
    'trlMax',
    'deadline',
    'programme',
    'issuer',
    '_geo',
  ],
  sortableAttributes: ['deadline', 'updatedAt', 'title', '_geo'],
  localizedAttributes: [
    { attributePatterns: ['description_fr'], locales: ['fra'] },
    { attributePatterns: ['description_en'], locales: ['eng'] },
  ],
  typoTolerance: {
    enabled: true,
    disableOnNumbers: true,
    disableOnAttributes: ['cpvCodes', ...OPPORTUNITY_CONCEPT_ATTRIBUTES],
  },
};

export type IndexKind = 'suppliers' | 'opportunities';

export const INDEX_SETTINGS: Record<IndexKind, Settings> = {
  suppliers: SUPPLIER_INDEX_SETTINGS,
  opportunities: OPPORTUNITY_INDEX_SETTINGS,
};
