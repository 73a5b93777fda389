import fc from 'fast-check';
import { neutraliseCell, restoreCell } from './csv-injection';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
const isPlainNumber = (s: string) => /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s);
/** Strings that often start with a dangerous character or apostrophes, and sometimes are numbers. */
const cell = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom('', "'", "''"), fc.constantFrom(...DANGEROUS), fc.string())
    .map((parts) => parts.join('')),
  fc.double({ noNaN: true }).map(String),
);

describe('CSV formula injection', () => {
  it('neutralises the OWASP examples and gives them back on import', () => {
    for (const [raw, exported] of [
      ['=HYPERLINK("http://evil.example")', `'=HYPERLINK("http://evil.example")`],
      ['+33 2 98 00 00 00', "'+33 2 98 00 00 00"],
      ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
      ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['\t=1', "'\t=1"],
      ['\r=1', "'\r=1"],
      ["'=1", "''=1"],
      ['-4.49', '-4.49'],
      ["'apostrophe", "'apostrophe"],
      ['Brest', 'Brest'],
    ]) {
      expect(neutraliseCell(raw)).toBe(exported);
      expect(restoreCell(exported)).toBe(raw);
    }
  });

  it('any text survives neutralise → restore', () => {
    fc.assert(fc.property(cell, (s) => expect(restoreCell(neutraliseCell(s))).toBe(s)));
  });

  it('no neutralised cell starts with a dangerous character, unless it is only a number', () => {
    fc.assert(
      fc.property(cell, (s) => {
        const out = neutraliseCell(s);
        if (!isPlainNumber(out)) expect(DANGEROUS).not.toContain(out.charAt(0));
      }),
    );
  });
});
