import { normaliseTerm } from '../thesaurus/thesaurus-lookup';

/**
 * The words of `text` as the supplier wrote them (accents, hyphens, apostrophes) whose normalised
 * form is `words` ("detection d intrusion" → "détection d’intrusion"), or null when the text does
 * not hold them. The search names described evidence by its normalised words only.
 */
export function originalWording(words: string, text: string): string | null {
  const wanted = words.split(' ').filter(Boolean);
  if (wanted.length === 0) return null;
  const tokens = [...text.matchAll(/[\p{L}\p{N}&]+/gu)].flatMap((m) =>
    normaliseTerm(m[0])
      .split(' ')
      .filter(Boolean)
      .map((norm) => ({ norm, start: m.index, end: m.index + m[0].length })),
  );
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    if (wanted.every((w, j) => tokens[i + j].norm === w))
      return text.slice(tokens[i].start, tokens[i + wanted.length - 1].end);
  }
  return null;
}
