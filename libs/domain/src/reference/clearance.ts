/** Ordered NONE < DR < SECRET < TRES_SECRET (DR is a marking, not a classification; see DOMAIN.md). */
export const CLEARANCE_LEVELS = ['NONE', 'DR', 'SECRET', 'TRES_SECRET'] as const;
export type ClearanceLevel = (typeof CLEARANCE_LEVELS)[number];

export function clearanceRank(level: ClearanceLevel): number {
  return CLEARANCE_LEVELS.indexOf(level);
}

export function meetsClearance(held: ClearanceLevel, required: ClearanceLevel): boolean {
  return clearanceRank(held) >= clearanceRank(required);
}

export const CLEARANCE_LABELS: Record<ClearanceLevel, string> = {
  NONE: 'Aucune',
  DR: 'Diffusion Restreinte',
  SECRET: 'Secret',
  TRES_SECRET: 'Très Secret',
};
