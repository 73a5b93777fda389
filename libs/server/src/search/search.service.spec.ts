import { readSearchQuery, supplierSearchQuerySchema } from '@bitd/domain';
import { buildSupplierSearch, hitReasons } from './search.service';

const query = (params: Record<string, unknown>) => supplierSearchQuerySchema.parse(params);
const plan = (params: Record<string, unknown>) => {
  const q = query(params);
  return buildSupplierSearch(q, readSearchQuery(q.q), 'x_suppliers', '2026-11-26');
};

describe('buildSupplierSearch', () => {
  it('adds one facet-count search per selected facet, without its own filter', () => {
    const { main, mainSlice, facetSearches, selected } = plan({
      q: 'sonar',
      department: ['29', '56'],
      clearanceMin: 'SECRET',
      page: '2',
    });
    expect(selected).toEqual(['department']);
    expect(main[0].filter).toBe('department IN ["29", "56"] AND clearanceRank >= 2');
    expect(mainSlice).toMatchObject({ limit: 20, offset: 20 });
    expect(facetSearches).toEqual([[expect.objectContaining({ filter: 'clearanceRank >= 2' })]]);
  });

  it('asks for the codes of the capabilities read, in the concept attributes only', () => {
    const { main } = plan({ q: 'drones sous-marins' });
    expect(main).toEqual([expect.objectContaining({ q: '35512400', matchingStrategy: 'last' })]);
    expect(main[0].attributesToSearchOn).toEqual([
      'codesDeclared',
      'codesDescribed',
      'codesBroad',
      'codesNear',
    ]);
    expect(plan({ q: 'UUV' }).main[0].q).toBe('35512400');
  });

  it('keeps the words nothing read as keywords after the codes, and looks for a name', () => {
    const { main } = plan({ q: 'Kanker sonar' });
    expect(main[0]).toMatchObject({ q: '38113000 kanker', matchingStrategy: 'last' });
    expect(main[0].attributesToSearchOn).toEqual(expect.arrayContaining(['name', 'codesDeclared']));
    expect(main[1]).toMatchObject({
      q: 'Kanker sonar',
      attributesToSearchOn: ['name'],
      matchingStrategy: 'all',
    });
    expect(main[1].federationOptions!.weight).toBeGreaterThan(1);
  });

  it('does not look for a name when the other words are a context the thesaurus knows', () => {
    expect(plan({ q: 'simulation navale' }).main).toEqual([
      expect.objectContaining({ q: '38970000 navale', matchingStrategy: 'last' }),
    ]);
  });

  it('searches a text nothing was read in as keywords, and a SIRET as such', () => {
    expect(plan({ q: 'Kanker' }).main).toEqual([expect.objectContaining({ q: 'Kanker' })]);
    expect(plan({ q: '830 166 138 18604' }).main).toEqual([
      expect.objectContaining({ q: '83016613818604', attributesToSearchOn: ['siret'] }),
    ]);
  });

  it('sorted by something other than relevance, makes one query (a federation would interleave)', () => {
    expect(plan({ q: 'Kanker sonar', sort: 'name' }).main).toEqual([
      expect.objectContaining({ q: '38113000 kanker', sort: ['name:asc'] }),
    ]);
  });

  it('checks certification validity on the given day and ranges TRL', () => {
    const { main } = plan({ certification: 'EN9100', trlMin: '4', trlMax: '6' });
    expect(main[0].filter).toBe('certUntil.EN9100 >= 20261126 AND trls 4 TO 6');
  });

  it('sorts by distance from a named site and filters by radius', () => {
    const { main, centre } = plan({ site: 'brest-naval-base', radiusKm: '60', sort: 'distance' });
    expect(centre).toMatchObject({ lat: 48.3805, lon: -4.4942 });
    expect(main[0].sort).toEqual(['siteKm.brest_naval_base:asc']);
    expect(main[0].filter).toBe('siteKm.brest_naval_base <= 60');
  });
});

describe('hitReasons', () => {
  it("names the capability and the supplier's own words, by the best tier that holds its code", () => {
    const reading = readSearchQuery('UUV sonar');
    const reasons = hitReasons(
      {
        codesDeclared: ['38113000'],
        codesDescribed: [],
        codesBroad: ['35512400'],
        codesNear: [],
        codeTerms: ['38113000\tbouée acoustique'],
      },
      reading,
    );
    expect(reasons).toEqual([
      { concept: expect.objectContaining({ fr: 'drone sous-marin' }), how: 'broader', via: null },
      { concept: expect.objectContaining({ fr: 'sonar' }), how: 'declared', via: 'bouée acoustique' },
    ]);
  });
});
