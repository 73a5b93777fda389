/**
 * CPV codes (Regulation 213/2008): 8 digits, optionally followed by "-N" (check digit).
 * The tree is read from trailing zeros: 35000000 ⊃ 35500000 ⊃ 35510000 ⊃ 35512000 ⊃ 35512400.
 */
export type CpvCode = string & { readonly __brand: 'CpvCode' };

const CPV_PATTERN = /^(\d{8})(?:-(\d))?$/;

export interface ParsedCpv {
  code: CpvCode;
  checkDigit: number | null;
}

/** Parses "35512400" or "35512400-3"; null when the shape is wrong. */
export function parseCpv(input: string): ParsedCpv | null {
  const m = CPV_PATTERN.exec(input.trim());
  if (!m) return null;
  if (m[1].startsWith('00')) return null; // no CPV division 00
  return { code: m[1] as CpvCode, checkDigit: m[2] === undefined ? null : Number(m[2]) };
}

/** Number of significant leading digits (at least 2: the division). */
export function cpvDepth(code: string): number {
  let end = code.length;
  while (end > 2 && code[end - 1] === '0') end--;
  return end;
}

/** Strict ancestors of a code, nearest first (35512400 → 35512000, 35510000, 35500000, 35000000). */
export function cpvAncestors(code: string): CpvCode[] {
  const out: CpvCode[] = [];
  for (let a = cpvParent(code); a !== null; a = cpvParent(a)) out.push(a);
  return out;
}

/** The code itself and all its ancestors: what a tree-aware filter must index. */
export function cpvSelfAndAncestors(code: string): CpvCode[] {
  return [code as CpvCode, ...cpvAncestors(code)];
}

/** The nearest coarser code (35512400 → 35512000, 35502000 → 35500000); null for a division. */
export function cpvParent(code: string): CpvCode | null {
  const depth = cpvDepth(code);
  return depth > 2 ? (code.slice(0, depth - 1).padEnd(8, '0') as CpvCode) : null;
}

export function isCpvAncestor(ancestor: string, code: string): boolean {
  const depth = cpvDepth(ancestor);
  return ancestor !== code && depth <= cpvDepth(code) && code.startsWith(ancestor.slice(0, depth));
}

export type CpvRelation = 'exact' | 'descendant' | 'ancestor' | 'sibling' | 'same_division' | 'none';

/**
 * How an offered code relates to a needed code: `descendant` means the offer is more specific
 * than the need (35512400 offered for a 35510000 need), `ancestor` that it is coarser.
 */
export function cpvRelation(offered: string, needed: string): CpvRelation {
  if (offered === needed) return 'exact';
  // Codes of different divisions never relate: most pairs, answered before any tree walk.
  if (offered[0] !== needed[0] || offered[1] !== needed[1]) return 'none';
  if (isCpvAncestor(needed, offered)) return 'descendant';
  if (isCpvAncestor(offered, needed)) return 'ancestor';
  const parent = cpvParent(offered);
  if (parent !== null && parent === cpvParent(needed)) return 'sibling';
  return 'same_division';
}
