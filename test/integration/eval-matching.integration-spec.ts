import { rankingQuality } from '@bitd/domain';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Runs `npm run cli -- eval-matching` on the judged dev set exactly as a person would (its own
 * database, namespace and Meilisearch) and computes the figures of the set's score.py in
 * TypeScript, with an independent reading of the constraints.
 */
const root = join(__dirname, '..', '..');
const SET = process.env.MATCHING_SET ?? join(root, '..', 'shared', 'datasets', 'matching-dev');

interface Supplier {
  externalId: string;
  address: { lat?: number; lon?: number };
  certifications?: Array<{ scheme: string; validUntil?: string }>;
  clearance?: string;
}
interface Opportunity {
  externalId: string;
  deadline?: string;
  requiredCertifications?: string[];
  minClearance?: string;
  location?: { lat: number; lon: number; maxDistanceKm?: number };
}

const RANK: Record<string, number> = { NONE: 0, DR: 1, SECRET: 2, TRES_SECRET: 3 };

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const a =
    Math.sin((rad(lat2) - rad(lat1)) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** score.py's reading of "fails a constraint the opportunity states". */
function violates(o: Opportunity, s: Supplier): boolean {
  const held = new Set(
    (s.certifications ?? [])
      .filter((c) => !c.validUntil || !o.deadline || c.validUntil >= o.deadline)
      .map((c) => c.scheme),
  );
  if ((o.requiredCertifications ?? []).some((c) => !held.has(c))) return true;
  if (RANK[s.clearance ?? 'NONE'] < RANK[o.minClearance ?? 'NONE']) return true;
  const loc = o.location;
  return !!(
    loc &&
    loc.maxDistanceKm !== undefined &&
    km(loc.lat, loc.lon, s.address.lat ?? NaN, s.address.lon ?? NaN) > loc.maxDistanceKm
  );
}

const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

(existsSync(SET) ? describe : describe.skip)('matching quality on the judged dev set', () => {
  it('meets nDCG@10 ≥ 0.88, recall@20 ≥ 0.90 and never ranks a supplier that fails a constraint', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bitd-eval-')), 'rankings.json');
    const { stdout } = await promisify(execFile)(
      'node',
      [join(root, 'scripts/cli.mjs'), 'eval-matching', '--set', SET, '--out', out],
      { cwd: root, env: process.env, maxBuffer: 10_000_000 },
    );
    expect(stdout).toMatch(/rankings of 40 opportunities written/);
    const rankings = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string[]>;
    const suppliers = new Map(jsonl<Supplier>(join(SET, 'suppliers.jsonl')).map((s) => [s.externalId, s]));
    const opportunities = new Map(
      jsonl<Opportunity>(join(SET, 'opportunities.jsonl')).map((o) => [o.externalId, o]),
    );
    const qrels = JSON.parse(readFileSync(join(SET, 'qrels.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    const bad = (oid: string, sid: string) => {
      const o = opportunities.get(oid);
      const s = suppliers.get(sid);
      return !!o && !!s && violates(o, s);
    };
    const q = rankingQuality(rankings, qrels, bad);
    console.log(
      `dev set: nDCG@10=${q.ndcg10.toFixed(3)} recall@20=${q.recall20.toFixed(3)} violations@10=${q.violations10}/${q.shown10}`,
    );
    expect(Object.keys(rankings).sort()).toEqual([...opportunities.keys()].sort());
    expect(q.ndcg10).toBeGreaterThanOrEqual(0.88);
    expect(q.recall20).toBeGreaterThanOrEqual(0.9);
    expect(q.violations10).toBe(0);
    // Not only the top 10: no ranking holds a supplier that fails a stated constraint.
    const anywhere = Object.entries(rankings).flatMap(([oid, list]) => list.filter((sid) => bad(oid, sid)));
    expect(anywhere).toEqual([]);
    // Every ranked id is a supplier of the set, and no list is longer than 50.
    for (const list of Object.values(rankings)) {
      expect(list.length).toBeLessThanOrEqual(50);
      for (const sid of list) expect(suppliers.has(sid)).toBe(true);
    }
  }, 300000);
});
