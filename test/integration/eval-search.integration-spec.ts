import { cappedRecallAt, ndcgAt } from '@bitd/domain';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Runs `npm run cli -- eval-search` on the judged dev search set as a person would (its own
 * database, namespace and Meilisearch), then scores the run file itself, as score.py does.
 */
const root = join(__dirname, '..', '..');
const SET = process.env.SEARCH_SET ?? join(root, '..', 'shared', 'datasets', 'search-dev');

interface JudgedQuery {
  id: string;
  kind: string;
}

(existsSync(SET) ? describe : describe.skip)('search quality on the judged dev set', () => {
  it('meets nDCG@10 ≥ 0.90 and recall@20 ≥ 0.85, with no kind of query under 0.80 nDCG@10', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bitd-eval-search-')), 'run.json');
    const { stdout } = await promisify(execFile)(
      'node',
      [join(root, 'scripts/cli.mjs'), 'eval-search', '--set', SET, '--out', out],
      { cwd: root, env: process.env, maxBuffer: 10_000_000 },
    );
    expect(stdout).toMatch(/top 20 of 80 queries written/);
    expect(stdout).toMatch(/nDCG@10=\d\.\d{3} recall@20=\d\.\d{3}/);
    const run = JSON.parse(readFileSync(out, 'utf8')) as Record<string, string[]>;
    const qrels = JSON.parse(readFileSync(join(SET, 'qrels.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >;
    const queries = readFileSync(join(SET, 'queries.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as JudgedQuery);
    const mean = (ids: string[], f: (ranked: string[], grades: Record<string, number>) => number) =>
      ids.reduce((sum, id) => sum + f(run[id] ?? [], qrels[id]), 0) / ids.length;
    const all = Object.keys(qrels);
    const ndcg = mean(all, ndcgAt);
    const recall = mean(all, cappedRecallAt);
    const byKind = Object.fromEntries(
      [...new Set(queries.map((q) => q.kind))].map((kind) => [
        kind,
        mean(
          queries.filter((q) => q.kind === kind).map((q) => q.id),
          ndcgAt,
        ),
      ]),
    );
    console.log(
      `dev search set: nDCG@10=${ndcg.toFixed(3)} recall@20=${recall.toFixed(3)} by kind ${JSON.stringify(byKind)}`,
    );
    expect(ndcg).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    for (const [kind, value] of Object.entries(byKind)) expect([kind, value >= 0.8]).toEqual([kind, true]);
    for (const list of Object.values(run)) expect(list.length).toBeLessThanOrEqual(20);
  }, 300000);
});
