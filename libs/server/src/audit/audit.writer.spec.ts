import fc from 'fast-check';
import { changedFields } from './audit.writer';

describe('changedFields', () => {
  it('names exactly the fields whose value differs, with before and after', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 2, b: 'x', d: 3 })).toEqual({
      a: { before: 1, after: 2 },
      d: { before: null, after: 3 },
    });
  });

  it('does not see a change in objects whose keys come back in another order (JSONB)', () => {
    expect(changedFields({ list: [{ code: '1', trl: 5 }] }, { list: [{ trl: 5, code: '1' }] })).toEqual({});
  });

  it('finds no change between a record and itself, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        (r) => Object.keys(changedFields(r, structuredClone(r))).length === 0,
      ),
    );
  });
});
