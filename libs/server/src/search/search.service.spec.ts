import { readSearchQuery, supplierSearchQuerySchema } from '@bitd/domain';
import { buildSupplierSearch, hitReasons } from './search.service';

const query = (params: Record<string, unknown>) => supplierSearchQuerySchema.parse(params);
const plan = (params: Record<string, unknown>) => {
  const q = query(params);
  return buildSupplierSearch(q, readSearchQuery(q.q), 'x_suppliers', '2026-11-26');
};

describe('buildSupplierSearch', () => {
  it('adds one facet-count search per selected facet, without its own filter', () => {
    const { main, facetSearches, selected } = plan({
      q: 'sonar',
      department: ['29', '56'],
      clearanceMin: 'SECRET',
    });
    expect(selected).toEqual(['department']);
    expect(main.queries[0].filter).toBe('department IN ["29", "56"] AND clearanceRank >= 2');
    expect(facetSearches).toHaveLength(1);
    expect(facetSearches[0].federation).toMatchObject({
      limit: 0,
      facetsByIndex: { x_suppliers: ['department'] },
    });
    expect(facetSearches[0].queries.every((s) => s.filter === 'clearanceRank >= 2')).toBe(true);
  });

  it('asks for the codes of the capabilities read, and for the words as keywords, all required', () => {
    const { main } = plan({ q: 'drones sous-marins' });
    const [concept, keywords, ...rest] = main.queries;
    expect(concept).toMatchObject({ q: '35512400', matchingStrategy: 'last' });
    expect(concept.attributesToSearchOn).toEqual([
      'codesDeclared',
      'codesDescribed',
      'codesBroad',
      'codesNear',
    ]);
    expect(keywords).toMatchObject({ q: 'drones sous-marins', matchingStrategy: 'all' });
    expect(keywords.attributesToSearchOn).not.toContain('codesDeclared');
    // Every word was read as a capability: the keyword hits weigh less, and no name search is made.
    expect(keywords.federationOptions!.weight).toBeLessThan(concept.federationOptions!.weight);
    expect(rest).toEqual([]);
  });

  it('searches names too when some words are not capabilities, and a SIRET as such', () => {
    expect(plan({ q: 'Kanker sonar' }).main.queries.map((s) => s.attributesToSearchOn?.[0])).toEqual([
      'codesDeclared',
      'name',
      'name',
    ]);
    const { main } = plan({ q: '830 166 138 18604' });
    expect(main.queries).toEqual([
      expect.objectContaining({ q: '83016613818604', attributesToSearchOn: ['siret'] }),
    ]);
  });

  it('sorted by something other than relevance, keeps the suppliers having the codes, in that order', () => {
    const { main } = plan({ q: 'UUV', sort: 'name' });
    expect(main.queries).toEqual([
      expect.objectContaining({ q: '', sort: ['name:asc'], filter: 'matchTree IN ["35512400"]' }),
    ]);
  });

  it('checks certification validity on the given day and ranges TRL', () => {
    const { main } = plan({ certification: 'EN9100', trlMin: '4', trlMax: '6' });
    expect(main.queries[0].filter).toBe('certUntil.EN9100 >= 20261126 AND trls 4 TO 6');
  });

  it('sorts by distance from a named site and filters by radius', () => {
    const { main, centre } = plan({ site: 'brest-naval-base', radiusKm: '60', sort: 'distance' });
    expect(centre).toMatchObject({ lat: 48.3805, lon: -4.4942 });
    expect(main.queries[0].sort).toEqual(['siteKm.brest_naval_base:asc']);
    expect(main.queries[0].filter).toBe('siteKm.brest_naval_base <= 60');
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
