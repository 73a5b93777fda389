import { createHash } from 'node:crypto';
import {
  cpvLabel,
  type MatchableOpportunity,
  type OpportunityImportRow,
  type OpportunityInput,
  type OpportunitySummaryView,
  type OpportunityView,
} from '@bitd/domain';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { OpportunityEntity } from './opportunity.entity';

/** Lowercase, accents and punctuation folded: the key that makes two spellings one buyer or programme. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The columns an input sets (issuer and programme are resolved to rows by the service). */
export type OpportunityRecord = Pick<
  OpportunityEntity,
  | 'externalId'
  | 'kind'
  | 'title'
  | 'description'
  | 'requiredCapabilities'
  | 'requiredCertifications'
  | 'minClearance'
  | 'trlMin'
  | 'trlMax'
  | 'locationLabel'
  | 'locationLat'
  | 'locationLon'
  | 'maxDistanceKm'
  | 'deadline'
  | 'visibility'
>;

export function toOpportunityRecord(input: OpportunityInput | OpportunityImportRow): OpportunityRecord {
  return {
    externalId: input.externalId ?? null,
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    requiredCapabilities: (input.requiredCapabilities ?? []).map((c) => ({ code: c.code, weight: c.weight })),
    requiredCertifications: [...new Set(input.requiredCertifications ?? [])],
    minClearance: input.minClearance ?? 'NONE',
    trlMin: input.trlMin ?? null,
    trlMax: input.trlMax ?? null,
    locationLabel: input.location?.label ?? null,
    locationLat: input.location?.lat ?? null,
    locationLon: input.location?.lon ?? null,
    maxDistanceKm: input.location?.maxDistanceKm ?? null,
    deadline: input.deadline ?? null,
    visibility: input.visibility ?? 'public',
  };
}

/** Hash of an imported row's content, issuer and programme included. */
export function opportunityContentHash(
  record: OpportunityRecord,
  issuer: string,
  programme: string | null,
): string {
  return createHash('sha1')
    .update(JSON.stringify([record, nameKey(issuer), programme ? nameKey(programme) : null]))
    .digest('hex');
}

type Loaded = OpportunityEntity & { issuer: OrganisationEntity };

const withLabels = (code: string) => ({ code, fr: cpvLabel(code, 'fr'), en: cpvLabel(code, 'en') });

export function toOpportunityView(e: Loaded, canManage = false): OpportunityView {
  return {
    canManage,
    id: e.id,
    externalId: e.externalId,
    kind: e.kind,
    status: e.status,
    title: e.title,
    description: e.description,
    issuer: { id: e.issuer.id, name: e.issuer.name, category: e.issuer.buyerCategory ?? 'other' },
    programme: e.programme?.name ?? null,
    requiredCapabilities: e.requiredCapabilities.map((c) => ({ ...withLabels(c.code), weight: c.weight })),
    requiredCertifications: e.requiredCertifications,
    minClearance: e.minClearance,
    trlMin: e.trlMin,
    trlMax: e.trlMax,
    location: locationOf(e),
    deadline: e.deadline,
    visibility: e.visibility,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    closedAt: e.closedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    updatedBy: e.updatedBy,
    version: e.version,
  };
}

export function toOpportunitySummary(e: Loaded): OpportunitySummaryView {
  return {
    id: e.id,
    kind: e.kind,
    status: e.status,
    title: e.title,
    issuer: e.issuer.name,
    programme: e.programme?.name ?? null,
    deadline: e.deadline,
    requiredCapabilities: e.requiredCapabilities.map((c) => withLabels(c.code)),
    updatedAt: e.updatedAt.toISOString(),
  };
}

function locationOf(e: OpportunityEntity): OpportunityView['location'] {
  if (e.locationLat === null || e.locationLon === null) return null;
  return { label: e.locationLabel, lat: e.locationLat, lon: e.locationLon, maxDistanceKm: e.maxDistanceKm };
}

export function toMatchableOpportunity(e: OpportunityEntity): MatchableOpportunity {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    description: e.description,
    programme: e.programme?.name ?? null,
    requiredCapabilities: e.requiredCapabilities,
    requiredCertifications: e.requiredCertifications,
    minClearance: e.minClearance,
    trlMin: e.trlMin,
    trlMax: e.trlMax,
    location: locationOf(e),
    deadline: e.deadline,
    needEdits: e.needEdits,
  };
}

/** The input form of an opportunity (what the create schema reads); the export adds an externalId. */
export function toOpportunityInput(e: Loaded): Record<string, unknown> {
  const v = toOpportunityView(e);
  const out = {
    externalId: v.externalId ?? undefined,
    kind: v.kind,
    title: v.title,
    description: v.description ?? undefined,
    issuer: v.issuer.name,
    programme: v.programme ?? undefined,
    requiredCapabilities: v.requiredCapabilities.map((c) => ({ code: c.code, weight: c.weight })),
    requiredCertifications: v.requiredCertifications,
    minClearance: v.minClearance,
    trlMin: v.trlMin ?? undefined,
    trlMax: v.trlMax ?? undefined,
    location: v.location
      ? {
          label: v.location.label ?? undefined,
          lat: v.location.lat,
          lon: v.location.lon,
          maxDistanceKm: v.location.maxDistanceKm ?? undefined,
        }
      : undefined,
    deadline: v.deadline ?? undefined,
    visibility: v.visibility,
  };
  return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
}

/** The interchange form of an opportunity (export): re-importing it changes nothing. */
export function toOpportunityInterchange(e: Loaded): Record<string, unknown> {
  return { externalId: e.externalId ?? e.id, ...toOpportunityInput(e) };
}
