/** "1 200,5" → 1200.5; empty → undefined; not a number → the text (the API will say why). */
export function parseNumber(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}
