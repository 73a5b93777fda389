import { MAX_CONSORTIUM_SIZE } from '../reference/opportunity';
import { NEED_MET } from './match-scoring';

/** A candidate member: its overall score and its score per need (in the order of the needs). */
export interface ConsortiumCandidate {
  id: string;
  score: number;
  needScores: readonly number[];
}

export interface ConsortiumSuggestion {
  /** Lead first. */
  members: Array<{ id: string; covers: number[] }>;
  /** Share of the needs' weight covered by the best member on each need, 0–1. */
  coverage: number;
  /** 0–100: coverage first, the members' mean score second. */
  score: number;
  uncovered: number[];
}

function teamCoverage(team: readonly ConsortiumCandidate[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let covered = 0;
  weights.forEach((w, i) => (covered += w * Math.max(0, ...team.map((m) => m.needScores[i] ?? 0))));
  return covered / total;
}

/** Two suggestions that share more members than this are one team said twice. */
const MAX_SHARED_MEMBERS = 1;

/** A team grown greedily from a lead: the partner that adds the most coverage, while one adds some. */
function growTeam(
  lead: ConsortiumCandidate,
  pool: readonly ConsortiumCandidate[],
  weights: readonly number[],
  maxSize: number,
): ConsortiumCandidate[] {
  const team: ConsortiumCandidate[] = [lead];
  while (team.length < maxSize) {
    const base = teamCoverage(team, weights);
    let best: ConsortiumCandidate | null = null;
    let bestGain = 0.01;
    for (const c of pool) {
      if (team.includes(c)) continue;
      const gain = teamCoverage([...team, c], weights) - base;
      if (gain > bestGain + 1e-9 || (best && Math.abs(gain - bestGain) < 1e-9 && c.score > best.score)) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best) break;
    team.push(best);
  }
  return team;
}

/**
 * Teams of at most `maxSize` suppliers (a lead and partners) that together cover a research call's
 * needs. Each lead among the best candidates is completed greedily with the partner that adds the
 * most coverage, as long as it adds something, and again without the partners of the teams already
 * found, so that other teams come up; each member is kept only if it is the best of the team on at
 * least one need. Teams are ranked by coverage, then by fit, and a team that shares more than one
 * member with a better one is left out: the suggestions are different teams, not one team with its
 * lead rotated.
 */
export function suggestConsortia(
  candidates: readonly ConsortiumCandidate[],
  weights: readonly number[],
  options: { maxSize?: number; leads?: number; count?: number } = {},
): ConsortiumSuggestion[] {
  const { maxSize = MAX_CONSORTIUM_SIZE, leads = 12, count = 5 } = options;
  const pool = [...candidates].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 60);
  const seen = new Set<string>();
  const teams: ConsortiumSuggestion[] = [];
  const consider = (team: readonly ConsortiumCandidate[]) => {
    const key = team
      .map((m) => m.id)
      .sort()
      .join('|');
    if (team.length < 2 || seen.has(key)) return;
    seen.add(key);
    const members = team.map((m) => ({
      id: m.id,
      covers: weights
        .map((_, i) => i)
        .filter((i) => {
          const top = Math.max(...team.map((t) => t.needScores[i] ?? 0));
          return (
            top >= NEED_MET &&
            (m.needScores[i] ?? 0) === top &&
            team.find((t) => (t.needScores[i] ?? 0) === top) === m
          );
        }),
    }));
    if (members.some((m) => m.covers.length === 0)) return;
    const coverage = teamCoverage(team, weights);
    const fit = team.reduce((sum, m) => sum + m.score, 0) / team.length;
    teams.push({
      members,
      coverage,
      score: Math.round((coverage * 80 + (fit / 100) * 20) * 10) / 10,
      uncovered: weights
        .map((_, i) => i)
        .filter((i) => Math.max(...team.map((t) => t.needScores[i] ?? 0)) < NEED_MET),
    });
  };
  for (const lead of pool.slice(0, leads)) {
    const first = growTeam(lead, pool, weights, maxSize);
    consider(first);
    // The same lead with other partners: the first team's are set aside.
    consider(
      growTeam(
        lead,
        pool.filter((c) => !first.includes(c) || c === lead),
        weights,
        maxSize,
      ),
    );
  }
  const out: ConsortiumSuggestion[] = [];
  for (const team of teams.sort((a, b) => b.score - a.score)) {
    const ids = new Set(team.members.map((m) => m.id));
    const alike = out.some((o) => o.members.filter((m) => ids.has(m.id)).length > MAX_SHARED_MEMBERS);
    if (!alike) out.push(team);
    if (out.length === count) break;
  }
  return out;
}

/**
 * The needs (indexes) that no candidate meets: no team can cover them. Used to say why no
 * consortium is suggested.
 */
export function uncoverableNeeds(candidates: readonly ConsortiumCandidate[], needCount: number): number[] {
  return Array.from({ length: needCount }, (_, i) => i).filter(
    (i) => !candidates.some((c) => (c.needScores[i] ?? 0) >= NEED_MET),
  );
}
