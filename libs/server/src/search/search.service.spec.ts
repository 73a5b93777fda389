import { supplierSearchQuerySchema } from '@bitd/domain';
import { buildSupplierSearch } from './search.service';

const query = (params: Record<string, unknown>) => supplierSearchQuerySchema.parse(params);

describe('buildSupplierSearch', () => {
  it('adds one facet-count search per selected facet, without its own filter', () => {
    const { queries, selected } = buildSupplierSearch(
      query({ q: 'sonar', department: ['29', '56'], clearanceMin: 'SECRET' }),
      'x_suppliers',
      '2026-11-26',
    );
    expect(selected).toEqual(['department']);
    expect(queries[0].filter).toBe('department IN ["29", "56"] AND clearanceRank >= 2');
    expect(queries[1]).toMatchObject({
      facets: ['department'],
      limit: 0,
      filter: 'clearanceRank >= 2',
      q: 'sonar',
    });
  });

  it('checks certification validity on the given day and ranges TRL', () => {
    const { queries } = buildSupplierSearch(
      query({ certification: 'EN9100', trlMin: '4', trlMax: '6' }),
      'x',
      '2026-11-26',
    );
    expect(queries[0].filter).toBe('certUntil.EN9100 >= 20261126 AND trls 4 TO 6');
  });

  it('sorts by distance from a named site and filters by radius', () => {
    const { main, centre } = buildSupplierSearch(
      query({ site: 'brest-naval-base', radiusKm: '60', sort: 'distance' }),
      'x',
      '2026-11-26',
    );
    expect(centre).toMatchObject({ lat: 48.3805, lon: -4.4942 });
    expect(main.sort).toEqual(['siteKm.brest_naval_base:asc']);
    expect(main.filter).toBe('siteKm.brest_naval_base <= 60');
  });
});
