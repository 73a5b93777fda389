import type { CompletenessView } from '../contracts/supplier.contract';

/** The parts of a profile a buyer looks at, with how much each weighs in the score. */
const CHECKS: ReadonlyArray<{ key: string; weight: number; ok: (p: CompletenessInput) => boolean }> = [
  { key: 'description', weight: 15, ok: (p) => (p.description ?? '').trim().length >= 80 },
  { key: 'capabilities', weight: 20, ok: (p) => p.capabilities.length > 0 },
  {
    key: 'capabilities.trl',
    weight: 10,
    ok: (p) => p.capabilities.length > 0 && p.capabilities.every((c) => c.trl != null),
  },
  { key: 'certifications', weight: 10, ok: (p) => p.certifications.length > 0 },
  { key: 'nafCode', weight: 5, ok: (p) => !!p.nafCode },
  { key: 'headcount', weight: 5, ok: (p) => p.headcount != null },
  { key: 'revenueEur', weight: 5, ok: (p) => p.revenueEur != null },
  { key: 'address.coordinates', weight: 10, ok: (p) => p.lat != null && p.lon != null },
  { key: 'references', weight: 10, ok: (p) => p.references.length > 0 },
  { key: 'contacts', weight: 5, ok: (p) => p.contacts.length > 0 },
  { key: 'website', weight: 5, ok: (p) => !!p.website },
];

export interface CompletenessInput {
  description?: string | null;
  nafCode?: string | null;
  headcount?: number | null;
  revenueEur?: number | null;
  website?: string | null;
  lat?: number | null;
  lon?: number | null;
  capabilities: ReadonlyArray<{ trl?: number | null }>;
  certifications: ReadonlyArray<unknown>;
  references: ReadonlyArray<unknown>;
  contacts: ReadonlyArray<unknown>;
}

/** Profile completeness 0–100 and the list of what is missing, most valuable first. */
export function profileCompleteness(p: CompletenessInput): CompletenessView {
  const total = CHECKS.reduce((s, c) => s + c.weight, 0);
  const failed = CHECKS.filter((c) => !c.ok(p)).sort((a, b) => b.weight - a.weight);
  const lost = failed.reduce((s, c) => s + c.weight, 0);
  return { score: Math.round((100 * (total - lost)) / total), missing: failed.map((c) => c.key) };
}
