import { searchKeySpec, uuidV5 } from './search-key';

describe('the api search key spec', () => {
  it('derives RFC 9562 version 5 UUIDs', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.ietf.org/rfc/rfc4122.txt')
    expect(uuidV5('http://www.ietf.org/rfc/rfc4122.txt')).toBe('d0690b3c-b29d-52e7-81b0-d573b503f2d4');
  });

  it('is the same for a namespace at every start, another for another namespace, and search only', () => {
    const a = searchKeySpec('bitd', ['bitd_suppliers', 'bitd_opportunities']);
    expect(searchKeySpec('bitd', ['bitd_opportunities', 'bitd_suppliers'])).toEqual(a);
    expect(searchKeySpec('other', ['other_suppliers']).uid).not.toBe(a.uid);
    expect(a).toMatchObject({ actions: ['search'], indexes: ['bitd_opportunities', 'bitd_suppliers'] });
  });
});
