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
