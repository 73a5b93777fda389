/**
 * Ranking quality figures of a judged matching set, as its score.py computes them: nDCG@10 with
 * gain 2^grade − 1, recall@20 of the suppliers graded 2 or more, and the count of suppliers in a
 * top 10 that violate a stated constraint. Opportunities with no judged supplier are left out.
 */
export type Rankings = Record<string, string[]>;
export type Judgements = Record<string, Record<string, number>>;

export function ndcgAt(ranked: readonly string[], grades: Record<string, number>, k = 10): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

export function recallAt(ranked: readonly string[], grades: Record<string, number>, k = 20): number {
  const good = Object.entries(grades).filter(([, g]) => g >= 2);
  if (good.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return good.filter(([id]) => top.has(id)).length / good.length;
}

export interface RankingQuality {
  ndcg10: number;
  recall20: number;
  violations10: number;
  shown10: number;
  judged: number;
}

export function rankingQuality(
  rankings: Rankings,
  judgements: Judgements,
  violates: (opportunityId: string, supplierId: string) => boolean,
): RankingQuality {
  const judged = Object.entries(judgements).filter(([, grades]) => Object.keys(grades).length > 0);
  let ndcg = 0;
  let recall = 0;
  let violations = 0;
  let shown = 0;
  for (const [oid, grades] of judged) {
    const ranked = rankings[oid] ?? [];
    ndcg += ndcgAt(ranked, grades);
    recall += recallAt(ranked, grades);
    const top = ranked.slice(0, 10);
    violations += top.filter((sid) => violates(oid, sid)).length;
    shown += top.length;
  }
  const n = judged.length || 1;
  return {
    ndcg10: ndcg / n,
    recall20: recall / n,
    violations10: violations,
    shown10: shown,
    judged: judged.length,
  };
}

/**
 * Recall as the search set's score.py computes it: the suppliers graded 2 found in the top k, over
 * min(k, how many are graded 2), so that a capability held by 30 suppliers scores 1 with 20 right.
 */
export function cappedRecallAt(ranked: readonly string[], grades: Record<string, number>, k = 20): number {
  const good = Object.entries(grades).filter(([, g]) => g >= 2);
  if (good.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return good.filter(([id]) => top.has(id)).length / Math.min(k, good.length);
}

export interface SearchQuality {
  ndcg10: number;
  recall20: number;
  queries: number;
}

/** nDCG@10 and capped recall@20, averaged over the judged queries of each group (all of them first). */
export function searchQuality(
  runs: Rankings,
  judgements: Judgements,
  groupOf: (queryId: string) => string[],
): Record<string, SearchQuality> {
  const sums = new Map<string, { ndcg: number; recall: number; n: number }>();
  for (const [qid, grades] of Object.entries(judgements)) {
    const ranked = runs[qid] ?? [];
    const ndcg = ndcgAt(ranked, grades);
    const recall = cappedRecallAt(ranked, grades);
    for (const group of ['all', ...groupOf(qid)]) {
      const s = sums.get(group) ?? { ndcg: 0, recall: 0, n: 0 };
      sums.set(group, { ndcg: s.ndcg + ndcg, recall: s.recall + recall, n: s.n + 1 });
    }
  }
  return Object.fromEntries(
    [...sums].map(([g, s]) => [g, { ndcg10: s.ndcg / s.n, recall20: s.recall / s.n, queries: s.n }]),
  );
}
