import { emailOnWebsiteDomain, websiteDomain } from './website-domain';

describe('emailOnWebsiteDomain', () => {
  it('matches an address on the website host without www', () => {
    expect(emailOnWebsiteDomain('jean@iroise-acoustique.fr', 'https://www.iroise-acoustique.fr')).toBe(true);
    expect(emailOnWebsiteDomain('Jean@Iroise-Acoustique.FR', 'http://iroise-acoustique.fr/contact')).toBe(
      true,
    );
    expect(emailOnWebsiteDomain('jean@aber.com.fr', 'https://www.aber.com.fr')).toBe(true);
  });

  it('refuses subdomains on either side', () => {
    expect(emailOnWebsiteDomain('jean@mail.iroise-acoustique.fr', 'https://iroise-acoustique.fr')).toBe(
      false,
    );
    expect(emailOnWebsiteDomain('jean@iroise-acoustique.fr', 'https://shop.iroise-acoustique.fr')).toBe(
      false,
    );
    expect(emailOnWebsiteDomain('jean@acoustique.fr', 'https://iroise.acoustique.fr')).toBe(false);
    // A look-alike that only ends with the domain.
    expect(emailOnWebsiteDomain('jean@eviliroise-acoustique.fr', 'https://iroise-acoustique.fr')).toBe(false);
  });

  it('refuses another domain, public mail domains, and sites that are not a registrable domain', () => {
    expect(emailOnWebsiteDomain('jean@aber-cyber.fr', 'https://www.iroise-acoustique.fr')).toBe(false);
    expect(emailOnWebsiteDomain('jean@orange.fr', 'https://www.orange.fr')).toBe(false);
    expect(emailOnWebsiteDomain('jean@free.fr', 'http://free.fr/~iroise')).toBe(false);
    expect(emailOnWebsiteDomain('jean@fr', 'https://fr')).toBe(false);
    expect(emailOnWebsiteDomain('jean@iroise.fr', null)).toBe(false);
    expect(emailOnWebsiteDomain('jean@1.2', 'http://192.168.1.2')).toBe(false);
  });

  it('reads the registrable domain of a website', () => {
    expect(websiteDomain('https://www.iroise-acoustique.fr/fr/accueil')).toBe('iroise-acoustique.fr');
    expect(websiteDomain('https://iroise-acoustique.example.fr')).toBeNull();
    expect(websiteDomain('not a url')).toBeNull();
  });
});
