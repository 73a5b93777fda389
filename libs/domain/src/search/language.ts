const FR = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'de',
  'et',
  'en',
  'pour',
  'une',
  'un',
  'dans',
  'sur',
  'avec',
  'nous',
  'est',
  'au',
  'aux',
  'par',
  'sont',
  'ainsi',
  'qu',
  'que',
]);
const EN = new Set([
  'the',
  'and',
  'of',
  'for',
  'in',
  'with',
  'to',
  'we',
  'is',
  'are',
  'on',
  'our',
  'by',
  'an',
  'a',
  'as',
  'from',
  'that',
  'this',
]);

/** French or English, by counting common words; French when unsure (the platform's default). */
export function detectLanguage(text: string): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^a-zàâäçéèêëîïôöùûüÿœ]+/)) {
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  return en > fr ? 'en' : 'fr';
}
