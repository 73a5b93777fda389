import { identityFromClaims, safeReturnTo } from './oidc-identity';

describe('safeReturnTo', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeReturnTo('/opportunites?statut=ouvert#liste')).toBe('/opportunites?statut=ouvert#liste');
    expect(safeReturnTo('/')).toBe('/');
  });

  it.each([
    ['another host', '//evil.example'],
    ['a backslash host', '/\\evil.example'],
    ['a backslash further on', '/a\\b'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'opportunites'],
    ['a tab inside //', '/\t/evil.example'],
    ['a newline', '/a\nb'],
    ['nothing', ''],
    ['several values', ['/a', '/b']],
    ['no value', undefined],
  ])('turns %s into /', (_, raw) => {
    expect(safeReturnTo(raw)).toBe('/');
  });
});

describe('identityFromClaims', () => {
  it('builds the name from given_name and usual_name, and lowercases the e-mail', () => {
    expect(
      identityFromClaims('https://idp', 'sub-1', {
        email: ' Claire.Fichou@DGA.example.fr ',
        given_name: 'Claire',
        usual_name: 'Fichou',
        family_name: 'Autre',
      }),
    ).toEqual({
      issuer: 'https://idp',
      subject: 'sub-1',
      email: 'claire.fichou@dga.example.fr',
      displayName: 'Claire Fichou',
    });
  });

  it('falls back to family_name, then name, then the e-mail', () => {
    const of = (claims: Record<string, unknown>) =>
      identityFromClaims('i', 's', { email: 'a.b@x.fr', ...claims })?.displayName;
    expect(of({ given_name: 'Anne', family_name: 'Le Gall' })).toBe('Anne Le Gall');
    expect(of({ name: 'Anne Le Gall' })).toBe('Anne Le Gall');
    expect(of({})).toBe('a.b');
  });

  it('refuses claims without a usable e-mail', () => {
    expect(identityFromClaims('i', 's', { given_name: 'Anne' })).toBeNull();
    expect(identityFromClaims('i', 's', { email: 'not-an-address' })).toBeNull();
    expect(identityFromClaims('i', 's', { email: 42 })).toBeNull();
  });
});
