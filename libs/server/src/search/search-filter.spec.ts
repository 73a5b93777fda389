import fc from 'fast-check';
import { distanceKm } from '@bitd/domain';
import { and, anyOf, atLeast, geoCover, geoCoverBoxes, geoRadius, or, quote } from './search-filter';

/** Reads back a quoted Meilisearch string: the inverse of quote(). */
function unquote(s: string): string {
  expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
  let out = '';
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] === '\\') out += s[++i];
    else {
      expect(s[i]).not.toBe('"'); // an unescaped quote would end the string early
      out += s[i];
    }
  }
  return out;
}

describe('search filters', () => {
  it('builds OR within a facet and AND across facets', () => {
    expect(and([anyOf('department', ['29', '56']), atLeast('clearanceRank', 2), null])).toBe(
      'department IN ["29", "56"] AND clearanceRank >= 2',
    );
    expect(and([or([atLeast('certUntil.EN9100', 20261126), atLeast('certUntil.ISO9001', 20261126)])])).toBe(
      '(certUntil.EN9100 >= 20261126 OR certUntil.ISO9001 >= 20261126)',
    );
    expect(and([])).toBeUndefined();
    expect(geoRadius(48.39, -4.49, 60)).toBe('_geoRadius(48.39, -4.49, 60000)');
  });

  it('quotes any text so it reads back identical and never closes the string early', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(unquote(quote(s))).toBe(s);
      }),
    );
  });

  it('refuses attribute names and numbers that could inject syntax', () => {
    expect(() => anyOf('department OR 1=1', ['x'])).toThrow();
    expect(() => atLeast('trl', Number.NaN)).toThrow();
  });
});

describe('geoCover', () => {
  // The cover must hold every point of the disc: the service then keeps the exact distance.
  it('covers every point within the radius (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 46, max: 50, noNaN: true }),
        fc.double({ min: -6, max: 0, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        (lat, lon, r, share, angle) => {
          // A point at distance share × r in direction angle (small-distance approximation, then checked).
          const km = share * r * 0.999;
          const pLat = lat + (km * Math.cos(angle)) / 111.19;
          const pLon = lon + (km * Math.sin(angle)) / (111.19 * Math.cos((pLat * Math.PI) / 180));
          fc.pre(distanceKm(lat, lon, pLat, pLon) <= r);
          const inside = geoCoverBoxes(lat, lon, r).some(
            (b) => pLat >= b.latMin && pLat <= b.latMax && pLon >= b.lonMin && pLon <= b.lonMax,
          );
          expect(inside).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(geoCover(48.39, -4.49, 60)).toMatch(/^\(\(lat .* TO .* AND lng .* TO .*\) OR /);
  });
});
