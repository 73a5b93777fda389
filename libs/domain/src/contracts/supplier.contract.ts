import type { CertificationScheme } from '../reference/certifications';
import type { ClearanceLevel } from '../reference/clearance';
import type { LegalForm, SizeBand } from '../reference/organisation';

export interface SupplierCapabilityView {
  code: string;
  label: string | null;
  trl: number | null;
  description: string | null;
}

export interface SupplierCertificationView {
  scheme: CertificationScheme;
  validUntil: string | null;
  reference: string | null;
  /** Computed on read: an expired certification does not count. */
  expired: boolean;
}

export interface SupplierReferenceView {
  programme: string | null;
  customer: string | null;
  year: number | null;
  description: string | null;
}

export interface SupplierContactView {
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  /** The company lets buyers read this contact (private by default). */
  visibleToBuyers: boolean;
}

/**
 * Fields a reader's role may not see come back as null (or an empty list) and are named in
 * `hiddenFields`, so a page can say why instead of showing an empty value.
 */
export const SUPPLIER_PRIVATE_FIELDS = [
  'revenueEur',
  'defenceRevenueShare',
  'clearance',
  'contacts',
] as const;
export type SupplierPrivateField = (typeof SUPPLIER_PRIVATE_FIELDS)[number];

export interface SupplierAddressView {
  street: string | null;
  city: string;
  postalCode: string;
  inseeCode: string | null;
  department: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CompletenessView {
  /** 0–100 */
  score: number;
  missing: string[];
}

export interface SupplierView {
  id: string;
  externalId: string | null;
  siret: string;
  siren: string;
  name: string;
  legalForm: LegalForm | null;
  nafCode: string | null;
  nafLabel: string | null;
  headcount: number | null;
  sizeBand: SizeBand;
  revenueEur: number | null;
  defenceRevenueShare: number | null;
  website: string | null;
  address: SupplierAddressView;
  description: string | null;
  capabilities: SupplierCapabilityView[];
  certifications: SupplierCertificationView[];
  /** Null when the reader may not see it (anonymous visitors, other suppliers). */
  clearance: ClearanceLevel | null;
  references: SupplierReferenceView[];
  contacts: SupplierContactView[];
  hiddenFields: SupplierPrivateField[];
  /** The reader may edit this profile (its own company's members, region agents, administrators). */
  canEdit: boolean;
  /** The profile's organisation has members who can sign in (a claim was approved). */
  claimed: boolean;
  completeness: CompletenessView;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  deletedAt: string | null;
  version: number;
}

export interface SupplierSummaryView {
  id: string;
  name: string;
  siret: string;
  city: string;
  department: string | null;
  /** Capability codes with their CPV reference labels (null when the code is not in the reference). */
  capabilities: Array<{ code: string; fr: string | null; en: string | null }>;
  /** Null when the reader may not see it. */
  clearance: ClearanceLevel | null;
  completeness: number;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const SUPPLIER_SORT_FIELDS = ['name', 'updatedAt', 'createdAt', 'headcount', 'completeness'] as const;
export type SupplierSortField = (typeof SUPPLIER_SORT_FIELDS)[number];
export const MAX_PAGE_SIZE = 100;

export interface ImportRowError {
  line: number;
  externalId: string | null;
  field: string;
  message: string;
}

export interface ImportReport {
  format: 'jsonl' | 'csv';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: ImportRowError[];
  durationMs: number;
}
