import type { MatchCriterion, StatedRequirement } from '../contracts/matching.contract';

/** The stated requirements a supplier fails, from its explanation. */
export function failedRequirements(criteria: readonly MatchCriterion[]): StatedRequirement[] {
  return criteria.flatMap((c) => (c.hard && c.status === 'unmet' && c.requirement ? [c.requirement] : []));
}

/**
 * How many of these suppliers (each given by its explanation) each stated requirement rules out, most
 * first: what to relax, or where to look for a partner, when close suppliers fail it.
 */
export function ruledOutBy(
  explanations: ReadonlyArray<readonly MatchCriterion[]>,
): Array<StatedRequirement & { suppliers: number }> {
  const counts = new Map<string, StatedRequirement & { suppliers: number }>();
  for (const criteria of explanations)
    for (const r of failedRequirements(criteria)) {
      const seen = counts.get(r.key);
      if (seen) seen.suppliers++;
      else counts.set(r.key, { ...r, suppliers: 1 });
    }
  return [...counts.values()].sort((a, b) => b.suppliers - a.suppliers || a.key.localeCompare(b.key));
}
