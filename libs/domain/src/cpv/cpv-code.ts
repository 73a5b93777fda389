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
  for (let len = cpvDepth(code) - 1; len >= 2; len--) {
    const a = code.slice(0, len).padEnd(8, '0');
    if (a !== code && !out.includes(a as CpvCode)) out.push(a as CpvCode);
  }
  return out;
}

/** The code itself and all its ancestors: what a tree-aware filter must index. */
export function cpvSelfAndAncestors(code: string): CpvCode[] {
  return [code as CpvCode, ...cpvAncestors(code)];
}

export function cpvParent(code: string): CpvCode | null {
  return cpvAncestors(code)[0] ?? null;
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
  if (isCpvAncestor(needed, offered)) return 'descendant';
  if (isCpvAncestor(offered, needed)) return 'ancestor';
  if (cpvParent(offered) !== null && cpvParent(offered) === cpvParent(needed)) return 'sibling';
  if (offered.slice(0, 2) === needed.slice(0, 2)) return 'same_division';
  return 'none';
}
