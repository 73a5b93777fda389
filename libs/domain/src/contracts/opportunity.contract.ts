import type { CertificationScheme } from '../reference/certifications';
import type { ClearanceLevel } from '../reference/clearance';
import type {
  BuyerCategory,
  OpportunityKind,
  OpportunityStatus,
  OpportunityVisibility,
} from '../reference/opportunity';

export interface OpportunityView {
  id: string;
  externalId: string | null;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string | null;
  issuer: { id: string; name: string; category: BuyerCategory };
  programme: string | null;
  /** Codes with their CPV reference labels (null when the code is not in the reference). */
  requiredCapabilities: Array<{ code: string; weight: number; fr: string | null; en: string | null }>;
  requiredCertifications: CertificationScheme[];
  minClearance: ClearanceLevel;
  trlMin: number | null;
  trlMax: number | null;
  location: { label: string | null; lat: number; lon: number; maxDistanceKm: number | null } | null;
  deadline: string | null;
  visibility: OpportunityVisibility;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
  /** The reader may edit, publish, close it and read its matches (its issuer's buyers, region agents). */
  canManage: boolean;
}

export interface OpportunitySummaryView {
  id: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  issuer: string;
  programme: string | null;
  deadline: string | null;
  requiredCapabilities: Array<{ code: string; fr: string | null; en: string | null }>;
  updatedAt: string;
}

export interface BuyerView {
  id: string;
  name: string;
  category: BuyerCategory;
  opportunities: number;
}

export interface ProgrammeView {
  id: string;
  name: string;
  opportunities: number;
}
