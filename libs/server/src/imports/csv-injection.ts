/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula. Exports put an apostrophe before such a cell, which
 * spreadsheets read as "text follows"; imports take it off again, so that an export re-imports
 * unchanged ("+33 2 98 …" stays a phone number).
 *
 * Two refinements keep that a lossless round trip and the export usable:
 * - a cell that is only a number (`-4.49`) is left alone: every spreadsheet reads it as that
 *   number, never as a formula, and longitudes stay numbers;
 * - a cell that already starts with apostrophes before a dangerous character (`'=x`) gets one
 *   more, so that taking one off on import gives back exactly what was exported.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutraliseCell`; a cell without the added apostrophe comes back as it is. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
