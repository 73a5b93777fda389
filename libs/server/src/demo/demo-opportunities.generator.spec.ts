import {
  CPV_REFERENCE,
  DEFENCE_SITES,
  NEED_MET,
  OPPORTUNITY_KINDS,
  type MatchableOpportunity,
  type MatchableSupplier,
  type OpportunityImportRow,
  type SupplierImportRow,
  readConcepts,
  evaluateMatch,
  hasSomethingToMatch,
  opportunityImportSchema,
  opportunityNeeds,
  suggestConsortia,
  supplierEvidence,
} from '@bitd/domain';
import { DEMO_OPPORTUNITY_COUNT, generateDemoOpportunities } from './demo-opportunities.generator';
import { DEMO_REFERENCE_DATE, DEMO_SUPPLIER_COUNT, generateDemoSuppliers } from './demo-suppliers.generator';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

function asMatchableOpportunity(o: OpportunityImportRow): MatchableOpportunity {
  return {
    id: o.externalId,
    kind: o.kind,
    title: o.title,
    description: o.description ?? null,
    programme: o.programme ?? null,
    requiredCapabilities: o.requiredCapabilities ?? [],
    requiredCertifications: o.requiredCertifications ?? [],
    minClearance: o.minClearance ?? 'NONE',
    trlMin: o.trlMin ?? null,
    trlMax: o.trlMax ?? null,
    location: o.location
      ? {
          label: o.location.label ?? null,
          lat: o.location.lat,
          lon: o.location.lon,
          maxDistanceKm: o.location.maxDistanceKm ?? null,
        }
      : null,
    deadline: o.deadline ?? null,
    needEdits: { removed: [], added: [] },
  };
}

function asMatchableSupplier(s: SupplierImportRow): MatchableSupplier {
  return {
    id: s.externalId,
    name: s.name,
    description: s.description ?? null,
    capabilities: (s.capabilities ?? []).map((c) => ({
      code: c.code,
      label: c.label ?? null,
      trl: c.trl ?? null,
      description: c.description ?? null,
    })),
    certifications: (s.certifications ?? []).map((c) => ({
      scheme: c.scheme,
      validUntil: c.validUntil ?? null,
    })),
    clearance: s.clearance ?? 'NONE',
    lat: s.address.lat ?? null,
    lon: s.address.lon ?? null,
    headcount: s.headcount ?? null,
    references: (s.references ?? []).map((r) => ({
      programme: r.programme ?? null,
      customer: r.customer ?? null,
      description: r.description ?? null,
    })),
  };
}

describe('generateDemoOpportunities', () => {
  const referenceDate = DEMO_REFERENCE_DATE;
  const rows = generateDemoOpportunities(referenceDate);

  it('produces about thirty rows that all pass the import validation on the reference date', () => {
    expect(rows).toHaveLength(DEMO_OPPORTUNITY_COUNT);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.length).toBeLessThanOrEqual(40);
    for (const date of [referenceDate, '2028-02-29', '2030-12-31']) {
      const schema = opportunityImportSchema(date);
      const failures = generateDemoOpportunities(date).flatMap((row) => {
        const result = schema.safeParse(row);
        return result.success
          ? []
          : [
              `${row.externalId}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
            ];
      });
      expect(failures).toEqual([]);
    }
  });

  it('numbers externalIds DEMO-OPP-001… and keeps externalIds and titles unique', () => {
    expect(rows.map((r) => r.externalId)).toEqual(
      rows.map((_, i) => `DEMO-OPP-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it('has every kind: mostly subcontracting lots, then dual research calls, then platform access', () => {
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    for (const kind of OPPORTUNITY_KINDS) expect(count(kind)).toBeGreaterThan(0);
    expect(count('subcontracting')).toBeGreaterThanOrEqual(12);
    expect(count('dual_research')).toBeGreaterThanOrEqual(8);
    expect(count('platform_access')).toBeGreaterThanOrEqual(5);
    for (const r of rows.filter((x) => x.kind === 'subcontracting')) expect(r.programme).toBeTruthy();
  });

  it('sets deadlines 1 to 9 months after the reference date, on working days', () => {
    for (const date of [referenceDate, '2027-06-05', '2031-01-01']) {
      for (const r of generateDemoOpportunities(date)) {
        const days = daysBetween(date, r.deadline!);
        expect(days).toBeGreaterThanOrEqual(30);
        expect(days).toBeLessThanOrEqual(275);
        expect([1, 2, 3, 4, 5]).toContain(new Date(`${r.deadline}T00:00:00Z`).getUTCDay());
      }
    }
  });

  it('gives every row something to match: codes and capability words in the title', () => {
    for (const r of rows) {
      expect(hasSomethingToMatch(r)).toBe(true);
      expect(r.requiredCapabilities?.length).toBeGreaterThan(0);
      expect(readConcepts(r.title).length).toBeGreaterThan(0);
      expect(r.description!.length).toBeGreaterThan(80);
    }
  });

  it('only requires CPV codes of the reference that the demo suppliers declare', () => {
    const reference = new Set(CPV_REFERENCE.map((e) => e.code));
    const declared = new Set(
      generateDemoSuppliers(DEMO_SUPPLIER_COUNT).flatMap((s) => (s.capabilities ?? []).map((c) => c.code)),
    );
    for (const r of rows) {
      for (const c of r.requiredCapabilities ?? []) {
        expect(reference.has(c.code)).toBe(true);
        expect(declared.has(c.code)).toBe(true);
      }
    }
  });

  it('mixes requirements: certifications, clearances, TRL windows and distances around defence sites', () => {
    const certified = rows.filter((r) => r.requiredCertifications?.length);
    expect(new Set(certified.flatMap((r) => r.requiredCertifications)).size).toBeGreaterThanOrEqual(5);
    expect(certified.length).toBeLessThan(rows.length);
    expect(rows.some((r) => r.minClearance === 'DR')).toBe(true);
    expect(rows.some((r) => r.minClearance === 'SECRET')).toBe(true);
    expect(rows.some((r) => r.minClearance === undefined)).toBe(true);
    expect(rows.some((r) => r.trlMin !== undefined && r.trlMax !== undefined)).toBe(true);
    expect(rows.some((r) => r.trlMin === undefined && r.trlMax === undefined)).toBe(true);
    expect(rows.filter((r) => r.location?.maxDistanceKm !== undefined).length).toBeGreaterThanOrEqual(4);
    expect(rows.some((r) => r.location && r.location.maxDistanceKm === undefined)).toBe(true);
    const sites = new Map(DEFENCE_SITES.map((s) => [s.label, s]));
    for (const r of rows.filter((x) => x.location)) {
      const site = sites.get(r.location!.label!);
      expect(site).toBeDefined();
      expect([r.location!.lat, r.location!.lon]).toEqual([site!.lat, site!.lon]);
    }
    for (const r of rows.filter((x) => x.kind === 'dual_research')) {
      expect(r.trlMin).toBeDefined();
      expect(r.trlMax).toBeDefined();
    }
  });

  describe('against the demo suppliers', () => {
    const suppliers = generateDemoSuppliers(DEMO_SUPPLIER_COUNT).map(asMatchableSupplier);
    const evidence = new Map(suppliers.map((s) => [s.id, supplierEvidence(s)]));
    const outcomes = rows.map((row) => {
      const o = asMatchableOpportunity(row);
      const needs = opportunityNeeds(o);
      const eligible = suppliers
        .map((s) => ({ s, m: evaluateMatch(o, needs, s, evidence.get(s.id)!, referenceDate) }))
        .filter((x) => x.m.eligible && x.m.score > 0);
      return { row, needs, eligible };
    });

    it('gives every opportunity at least two eligible suppliers that meet its needs well', () => {
      const short = outcomes
        .filter((x) => x.eligible.filter((e) => e.m.coverage >= NEED_MET).length < 2)
        .map((x) => x.row.externalId);
      expect(short).toEqual([]);
    });

    it('has research calls whose needs are best covered by a consortium', () => {
      const helped = outcomes.filter(({ row, needs, eligible }) => {
        if (row.kind !== 'dual_research' || needs.length < 2) return false;
        const best = Math.max(...eligible.map((e) => e.m.coverage));
        const [team] = suggestConsortia(
          eligible.map((e) => ({
            id: e.s.id,
            score: e.m.score,
            needScores: e.m.needMatches.map((n) => n.score),
          })),
          needs.map((n) => n.weight),
        );
        return team !== undefined && team.members.length >= 2 && team.coverage > best + 0.05;
      });
      expect(helped.length).toBeGreaterThanOrEqual(5);
    });
  });

  it('is deterministic, and the reference date only moves the deadlines', () => {
    expect(generateDemoOpportunities(referenceDate)).toEqual(rows);
    const later = generateDemoOpportunities('2027-09-15');
    expect(later.map((r) => ({ ...r, deadline: undefined }))).toEqual(
      rows.map((r) => ({ ...r, deadline: undefined })),
    );
    expect(later.every((r, i) => r.deadline! > rows[i].deadline!)).toBe(true);
  });

  it('refuses a reference date that is not a YYYY-MM-DD day', () => {
    for (const bad of ['', '2026-02-30', '26-11-2026', '2026-11-26T10:00:00Z'])
      expect(() => generateDemoOpportunities(bad)).toThrow(/reference date/);
  });
});
