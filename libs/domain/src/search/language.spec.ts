import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(detectLanguage('Entreprise experte en drones aériens et en observation de la Terre.')).toBe('fr');
    expect(detectLanguage('We design secure networks for the naval and aerospace industry.')).toBe('en');
    expect(detectLanguage('')).toBe('fr');
  });
});
