import fs from 'node:fs';
import path from 'node:path';
import type { MatchableOpportunity, MatchableSupplier } from '../contracts/matching.contract';
import type { CertificationScheme } from '../reference/certifications';
import type { ClearanceLevel } from '../reference/clearance';
import type { OpportunityKind } from '../reference/opportunity';
import { opportunityNeeds, shownNeeds, supplierEvidence } from './capability-evidence';
import { evaluateMatch } from './match-scoring';
import { rankingQuality } from './ranking-metrics';

/**
 * The domain matcher over the judged dev set (../shared/datasets/matching-dev), every supplier
 * scored against every opportunity (no candidate search): what a person is shown as a need, and
 * the ranking quality the scoring alone reaches.
 */
const SET = path.resolve(__dirname, '../../../../../shared/datasets/matching-dev');
const TODAY = '2026-11-26';

interface SupplierRow {
  externalId: string;
  name: string;
  description?: string;
  headcount?: number;
  address: { lat?: number; lon?: number };
  capabilities?: Array<{ code: string; label?: string; trl?: number; description?: string }>;
  certifications?: Array<{ scheme: CertificationScheme; validUntil?: string }>;
  clearance?: ClearanceLevel;
  references?: Array<{ programme?: string; customer?: string; description?: string }>;
}

interface OpportunityRow {
  externalId: string;
  kind: OpportunityKind;
  title: string;
  description?: string;
  programme?: string;
  requiredCapabilities?: Array<{ code: string; weight?: number }>;
  requiredCertifications?: CertificationScheme[];
  minClearance?: ClearanceLevel;
  trlMin?: number;
  trlMax?: number;
  location?: { label?: string; lat: number; lon: number; maxDistanceKm?: number };
  deadline?: string;
}

const jsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(path.join(SET, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

const toSupplier = (r: SupplierRow): MatchableSupplier => ({
  id: r.externalId,
  name: r.name,
  description: r.description ?? null,
  capabilities: (r.capabilities ?? []).map((c) => ({
    code: c.code,
    label: c.label ?? null,
    trl: c.trl ?? null,
    description: c.description ?? null,
  })),
  certifications: (r.certifications ?? []).map((c) => ({
    scheme: c.scheme,
    validUntil: c.validUntil ?? null,
  })),
  clearance: r.clearance ?? 'NONE',
  lat: r.address.lat ?? null,
  lon: r.address.lon ?? null,
  headcount: r.headcount ?? null,
  references: (r.references ?? []).map((x) => ({
    programme: x.programme ?? null,
    customer: x.customer ?? null,
    description: x.description ?? null,
  })),
});

const toOpportunity = (r: OpportunityRow): MatchableOpportunity => ({
  id: r.externalId,
  kind: r.kind,
  title: r.title,
  description: r.description ?? null,
  programme: r.programme ?? null,
  requiredCapabilities: (r.requiredCapabilities ?? []).map((c) => ({ code: c.code, weight: c.weight ?? 1 })),
  requiredCertifications: r.requiredCertifications ?? [],
  minClearance: r.minClearance ?? 'NONE',
  trlMin: r.trlMin ?? null,
  trlMax: r.trlMax ?? null,
  location: r.location
    ? {
        label: r.location.label ?? null,
        lat: r.location.lat,
        lon: r.location.lon,
        maxDistanceKm: r.location.maxDistanceKm ?? null,
      }
    : null,
  deadline: r.deadline ?? null,
  needEdits: { removed: [], added: [] },
});

(fs.existsSync(SET) ? describe : describe.skip)('the matcher on the judged dev set', () => {
  const suppliers = fs.existsSync(SET)
    ? jsonl<SupplierRow>('suppliers.jsonl').map((r) => {
        const s = toSupplier(r);
        return { s, evidence: supplierEvidence(s) };
      })
    : [];
  const opportunities = fs.existsSync(SET)
    ? jsonl<OpportunityRow>('opportunities.jsonl').map(toOpportunity)
    : [];
  const ranked = opportunities.map((o) => {
    const needs = opportunityNeeds(o);
    const top = suppliers
      .map(({ s, evidence }) => ({ id: s.id, m: evaluateMatch(o, needs, s, evidence, TODAY) }))
      .filter((x) => x.m.eligible && x.m.score > 0)
      .sort((a, b) => b.m.score - a.m.score || b.m.coverage - a.m.coverage || a.id.localeCompare(b.id));
    return { o, needs, top };
  });

  it('shows as needs only declared codes and named concepts, never a list of words', () => {
    for (const { o, needs, top } of ranked) {
      const shown = shownNeeds(needs);
      for (const n of shown) {
        expect(n.key).toMatch(/^(code|concept):/);
        if (n.key.startsWith('code:'))
          expect(o.requiredCapabilities.map((c) => c.code)).toContain(n.codes[0]);
      }
      for (const { m } of top.slice(0, 10)) {
        const capability = m.criteria.filter((c) => c.criterion === 'capability');
        expect(capability).toHaveLength(shown.length);
        for (const c of capability) {
          expect(shown.some((n) => c.text.fr.includes(`« ${n.label.fr} »`))).toBe(true);
          expect(c.text.fr).not.toMatch(/\blu \d/);
        }
      }
    }
  });

  it('ranks as well as the judged figures ask, from the score alone', () => {
    const qrels = JSON.parse(fs.readFileSync(path.join(SET, 'qrels.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    const rankings = Object.fromEntries(
      ranked.map(({ o, top }) => [o.id, top.slice(0, 50).map((x) => x.id)]),
    );
    const q = rankingQuality(rankings, qrels, () => false);
    console.log(
      `domain matcher on the dev set: nDCG@10=${q.ndcg10.toFixed(3)} recall@20=${q.recall20.toFixed(3)}`,
    );
    expect(q.ndcg10).toBeGreaterThanOrEqual(0.88);
  });
});
