import type { CertificationScheme } from '../reference/certifications';
import type { ClearanceLevel } from '../reference/clearance';
import type { OpportunityKind } from '../reference/opportunity';
import type { SizeBand } from '../reference/organisation';

/** A sentence in both languages of the platform; the web shows the current one. */
export interface LocalizedText {
  fr: string;
  en: string;
}

export type MatchCriterionKind =
  'capability' | 'certification' | 'clearance' | 'distance' | 'trl' | 'programme' | 'size';

/**
 * One line of a match explanation. `hard` criteria are the stated requirements (certifications,
 * clearance, maximum distance, TRL floor of subcontracting): an eligible match never has an unmet
 * hard criterion.
 */
export interface MatchCriterion {
  criterion: MatchCriterionKind;
  hard: boolean;
  status: 'met' | 'partial' | 'unmet';
  text: LocalizedText;
  /** On a hard criterion: the stated requirement it checks, the same for every supplier. */
  requirement?: StatedRequirement;
}

/** A requirement the opportunity states (a certification, the clearance, the distance, the TRL floor). */
export interface StatedRequirement {
  key: string;
  label: LocalizedText;
}

/** A need the buyer adds to those read: a CPV code, or a thesaurus concept by its id. */
export interface AddedNeed {
  kind: 'code' | 'concept';
  id: string;
}

/** The buyer's corrections to the needs the matcher read from an opportunity. */
export interface NeedEdits {
  /** Keys of needs read from the texts or codes that the buyer struck out. */
  removed: string[];
  added: AddedNeed[];
}

/** What the opportunity needs, as the matcher read it from its codes and texts. */
export interface MatchNeed {
  key: string;
  label: LocalizedText;
  /** `declared`: carries a code the buyer gave; `read`: read in the texts only; `added`: added by the buyer. */
  origin: 'declared' | 'read' | 'added';
  /** CPV codes that express the need (declared, or implied by the words of the text). */
  codes: string[];
  /** Words of the opportunity that expressed it, as written (normalised). */
  terms: string[];
  weight: number;
  main: boolean;
}

export interface MatchedSupplierSummary {
  id: string;
  name: string;
  city: string | null;
  department: string | null;
  sizeBand: SizeBand;
}

export interface MatchedOpportunitySummary {
  id: string;
  title: string;
  kind: OpportunityKind;
  issuer: string;
  deadline: string | null;
}

export interface SupplierMatchView {
  rank: number;
  /** 0–100 */
  score: number;
  eligible: boolean;
  /** Share of the needs' weight the supplier covers, 0–1. */
  coverage: number;
  supplier: MatchedSupplierSummary;
  criteria: MatchCriterion[];
}

export interface OpportunityMatchesView {
  opportunityId: string;
  /** `pending` while the worker has not yet computed the current version. */
  status: 'ready' | 'pending';
  computedAt: string | null;
  needs: MatchNeed[];
  eligibleCount: number;
  matches: SupplierMatchView[];
  /** The buyer's corrections, as stored (the web sends them back changed). */
  needEdits: NeedEdits;
  /** Needs read that the buyer struck out (to restore one). */
  removedNeeds: Array<{ key: string; label: LocalizedText }>;
  /** Near misses: the nearest suppliers that fail a stated requirement, fewest failed first. */
  nearMisses: SupplierMatchView[];
  /** The stated requirements that rule out suppliers otherwise close, most first. */
  ruledOut: Array<StatedRequirement & { suppliers: number }>;
  /** Plain-language summary, e.g. why the list is empty. */
  summary: LocalizedText;
}

export interface OpportunityForSupplierView {
  score: number;
  coverage: number;
  opportunity: MatchedOpportunitySummary;
  criteria: MatchCriterion[];
}

export interface SupplierOpportunitiesView {
  supplierId: string;
  matches: OpportunityForSupplierView[];
}

export interface ConsortiumMemberView {
  role: 'lead' | 'partner';
  supplier: MatchedSupplierSummary;
  /** Keys and labels of the needs this member covers best in the team. */
  covers: Array<{ key: string; label: LocalizedText }>;
}

export interface ConsortiumView {
  /** Share of the needs' weight the team covers together, 0–1. */
  coverage: number;
  /** 0–100: coverage first, then the members' fit. */
  score: number;
  members: ConsortiumMemberView[];
  uncovered: Array<{ key: string; label: LocalizedText }>;
}

export interface ConsortiaView {
  opportunityId: string;
  maxMembers: number;
  consortia: ConsortiumView[];
  /** Needs that no eligible Breton supplier meets: no team can cover them. */
  uncoverable: Array<{ key: string; label: LocalizedText }>;
  /** Why no team is suggested, when none is. */
  reason: LocalizedText | null;
}

/** Certification as the matcher needs it. */
export interface MatchableCertification {
  scheme: CertificationScheme;
  validUntil: string | null;
}

/** The part of a supplier profile the matcher reads. */
export interface MatchableSupplier {
  id: string;
  name: string;
  description: string | null;
  capabilities: Array<{ code: string; label: string | null; trl: number | null; description: string | null }>;
  certifications: MatchableCertification[];
  clearance: ClearanceLevel;
  lat: number | null;
  lon: number | null;
  headcount: number | null;
  references: Array<{ programme: string | null; customer: string | null; description: string | null }>;
}

/** The part of an opportunity the matcher reads. */
export interface MatchableOpportunity {
  id: string;
  kind: OpportunityKind;
  title: string;
  description: string | null;
  programme: string | null;
  requiredCapabilities: Array<{ code: string; weight: number }>;
  requiredCertifications: CertificationScheme[];
  minClearance: ClearanceLevel;
  trlMin: number | null;
  trlMax: number | null;
  location: { label: string | null; lat: number; lon: number; maxDistanceKm: number | null } | null;
  deadline: string | null;
  needEdits: NeedEdits;
}
