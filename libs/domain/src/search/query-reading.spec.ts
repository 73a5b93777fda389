import fc from 'fast-check';
import { QUERY_MAX_CHARS, QUERY_MAX_WORDS, nearestConcepts, readSearchQuery } from './query-reading';

describe('readSearchQuery', () => {
  it('reads the same capability in French, English, acronym, plural and with a typo', () => {
    const code = (q: string) => readSearchQuery(q).concepts.map((c) => c.code);
    for (const q of [
      'drones sous-marins',
      'drone sous-marin',
      'UUV',
      'underwater drones',
      'drones sous-marnis',
    ])
      expect(code(q)).toEqual(['35512400']);
  });

  it('keeps the words no concept took, without function words', () => {
    const r = readSearchQuery('Kerbrat sonar pour la marine');
    expect(r.concepts.map((c) => c.id)).toContain('sonar');
    expect(r.unread).toContain('kerbrat');
    expect(r.unread).not.toContain('pour');
  });

  it('keeps every context typed words name when they name no capability', () => {
    expect(readSearchQuery('R&D militaire').concepts.map((c) => c.id)).toEqual(['rnd', 'defence-sector']);
    expect(readSearchQuery('simulation navale').concepts.map((c) => c.id)).toEqual(['simulation']);
  });

  it('tells words the thesaurus knows as a context from words it has never seen (a name?)', () => {
    expect(readSearchQuery('simulation navale')).toMatchObject({ unread: ['navale'], mayBeName: false });
    expect(readSearchQuery('Kerbrat sonar')).toMatchObject({ unread: ['kerbrat'], mayBeName: true });
  });

  it('recognises a SIRET with spaces and CPV codes with or without check digit', () => {
    expect(readSearchQuery('830 166 138 18604')).toMatchObject({ siret: '83016613818604', concepts: [] });
    expect(readSearchQuery('35512400-3 38113000').codes).toEqual(['35512400', '38113000']);
  });

  it('cuts long queries and says how much', () => {
    const r = readSearchQuery(Array.from({ length: 200 }, (_, i) => `mot${i}`).join(' '));
    expect(r.text.split(' ')).toHaveLength(QUERY_MAX_WORDS);
    expect(r.cut).toEqual({ words: 200 - QUERY_MAX_WORDS, characters: expect.any(Number) });
    expect(readSearchQuery('x'.repeat(1000)).text.length).toBeLessThanOrEqual(QUERY_MAX_CHARS);
    expect(readSearchQuery('sonar').cut).toBeNull();
  });

  it('stays bounded and never throws on any input (emoji, scripts, punctuation)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), (q) => {
        const r = readSearchQuery(q);
        expect(r.text.length).toBeLessThanOrEqual(QUERY_MAX_CHARS);
        expect(r.text.split(' ').length).toBeLessThanOrEqual(QUERY_MAX_WORDS);
        expect(r.concepts.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 300 },
    );
    expect(readSearchQuery('!!! ??? …')).toMatchObject({ concepts: [], unread: [] });
    expect(readSearchQuery('le la les de')).toMatchObject({ concepts: [], unread: [] });
  });
});

describe('nearestConcepts', () => {
  it('offers capabilities that share a word stem with what was not read', () => {
    expect(nearestConcepts(['hydrophonique']).map((c) => c.id)).toContain('underwater-acoustics');
    expect(nearestConcepts([])).toEqual([]);
  });
});

describe('acronyms typed in lower case', () => {
  it('reads a short acronym typed in lower case, but not one that is an ordinary word', () => {
    expect(readSearchQuery('uuv').concepts.map((c) => c.code)).toEqual(['35512400']);
    expect(readSearchQuery('lid').concepts).toEqual([]);
  });
});
