import fc from 'fast-check';
import { cpvAncestors, cpvDepth, cpvParent, cpvRelation, isCpvAncestor, parseCpv } from './cpv-code';

describe('CPV codes', () => {
  it('parses with and without a check digit', () => {
    expect(parseCpv('35512400')).toEqual({ code: '35512400', checkDigit: null });
    expect(parseCpv('35512400-3')).toEqual({ code: '35512400', checkDigit: 3 });
    expect(parseCpv('3551240')).toBeNull();
    expect(parseCpv('35512400-')).toBeNull();
    expect(parseCpv('00000000')).toBeNull();
    expect(parseCpv('abcdefgh')).toBeNull();
  });

  it('reads the tree from trailing zeros', () => {
    expect(cpvAncestors('35512400')).toEqual(['35512000', '35510000', '35500000', '35000000']);
    expect(cpvAncestors('35000000')).toEqual([]);
    expect(cpvAncestors('72212730')).toEqual(['72212700', '72212000', '72210000', '72200000', '72000000']);
    expect(cpvDepth('35000000')).toBe(2);
    // A zero among the significant digits: the parent skips the level that does not exist.
    expect(cpvAncestors('35502400')).toEqual(['35502000', '35500000', '35000000']);
    expect(cpvParent('35502000')).toBe('35500000');
    expect(cpvParent('35000000')).toBeNull();
  });

  it('classifies relations between an offered and a needed code', () => {
    expect(cpvRelation('35512400', '35512400')).toBe('exact');
    expect(cpvRelation('35512400', '35510000')).toBe('descendant');
    expect(cpvRelation('35500000', '35512400')).toBe('ancestor');
    expect(cpvRelation('35513000', '35512000')).toBe('sibling');
    expect(cpvRelation('35700000', '35512000')).toBe('same_division');
    expect(cpvRelation('72000000', '35512000')).toBe('none');
  });

  const code = fc.stringMatching(/^[1-9][0-9]{7}$/);
  it('every ancestor is a strict prefix-ancestor and ancestors get strictly shallower', () => {
    fc.assert(
      fc.property(code, (c) => {
        const anc = cpvAncestors(c);
        anc.forEach((a) => expect(isCpvAncestor(a, c)).toBe(true));
        for (let i = 1; i < anc.length; i++) expect(cpvDepth(anc[i])).toBeLessThan(cpvDepth(anc[i - 1]));
        expect(anc.includes(c as never)).toBe(false);
      }),
    );
  });

  it('descendant and ancestor relations are mirror images', () => {
    fc.assert(
      fc.property(code, code, (a, b) => {
        const ab = cpvRelation(a, b);
        const ba = cpvRelation(b, a);
        if (ab === 'descendant') expect(ba).toBe('ancestor');
        if (ab === 'exact' || ab === 'sibling' || ab === 'none' || ab === 'same_division')
          expect(ba).toBe(ab);
      }),
    );
  });
});
