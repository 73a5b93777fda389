import fc from 'fast-check';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../contracts/search.contract';
import { cropAround, highlightTerms } from './highlight';

const strip = (s: string) => s.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');

describe('highlightTerms', () => {
  it('marks whole words, ignoring case, accents, hyphens and a plural', () => {
    expect(
      highlightTerms('Drones sous-marins et bouées acoustiques', ['drone sous marin', 'bouee acoustique']),
    ).toBe(
      `${HIGHLIGHT_START}Drones sous-marins${HIGHLIGHT_END} et ${HIGHLIGHT_START}bouées acoustiques${HIGHLIGHT_END}`,
    );
    expect(highlightTerms('Sonarisation', ['sonar'])).toBe('Sonarisation');
    // A ligature folds to two letters: the marks still fall on the right characters.
    expect(highlightTerms('Cœur de sonar 🚁 sonars', ['sonar'])).toBe(
      `Cœur de ${HIGHLIGHT_START}sonar${HIGHLIGHT_END} 🚁 ${HIGHLIGHT_START}sonars${HIGHLIGHT_END}`,
    );
  });

  it('never changes the text itself', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
        (t, terms) => {
          expect(strip(highlightTerms(t, terms))).toBe(t);
        },
      ),
    );
  });
});

describe('cropAround', () => {
  it('crops a long text around the first match', () => {
    const text = `${'mot '.repeat(100)}hydrophones ${'fin '.repeat(100)}`.trim();
    const crop = cropAround(text, ['hydrophone'], 20);
    expect(crop.startsWith('…')).toBe(true);
    expect(crop.endsWith('…')).toBe(true);
    expect(crop).toContain(`${HIGHLIGHT_START}hydrophones${HIGHLIGHT_END}`);
    expect(strip(crop).replace(/…/g, '').trim().split(/\s+/)).toHaveLength(20);
  });
});
