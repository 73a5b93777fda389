import { originalWording } from './original-wording';

describe('originalWording', () => {
  it('finds normalised words in the text as written', () => {
    const text = 'Nous assurons la détection d’intrusion sur réseaux et des drones sous-marins autonomes.';
    expect(originalWording('detection d intrusion sur reseaux', text)).toBe(
      'détection d’intrusion sur réseaux',
    );
    expect(originalWording('drones sous marins autonomes', text)).toBe('drones sous-marins autonomes');
  });

  it('is null when the text does not hold the words in a row', () => {
    expect(originalWording('sonar actif', 'Sonar passif et actif')).toBeNull();
    expect(originalWording('', 'Sonar')).toBeNull();
  });
});
