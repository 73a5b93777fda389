import fc from 'fast-check';
import {
  CPV_PICKER_MAX_LIMIT,
  CPV_PICKER_MAX_QUERY,
  cpvPickerQuerySchema,
} from '../contracts/reference.contract';
import { pickCpv, typedWords } from './cpv-picker';
import { cpvEntry } from './cpv-lookup';

const codes = (q: string, lang: 'fr' | 'en' = 'fr', limit?: number) =>
  pickCpv(q, lang, limit).map((i) => i.code);

describe('pickCpv: words through the concept reader', () => {
  it('proposes the underwater drone code first for « drone sous-marin », with the concept, the words and why', () => {
    const [first] = pickCpv('drone sous-marin', 'fr');
    expect(first).toEqual({
      code: '35512400',
      fr: cpvEntry('35512400')?.fr,
      en: cpvEntry('35512400')?.en,
      matchedBy: 'concept',
      concept: { id: 'uuv', fr: 'drone sous-marin', en: expect.any(String) },
      words: 'drone sous-marin',
      via: {
        fr: expect.stringContaining('«\u00a0drone sous-marin\u00a0»'),
        en: expect.stringContaining('drone sous-marin'),
      },
    });
  });

  it('gives the same code for English, acronyms, plurals and a typo, keeping the words as typed', () => {
    for (const q of [
      'underwater drone',
      'UUV',
      'Drones sous-marins',
      'drnoe sous-marin',
      'un drone sous-marin',
    ]) {
      const [first] = pickCpv(q, 'en');
      expect(first.code).toBe('35512400');
      expect(first.matchedBy).toBe('concept');
    }
    expect(pickCpv('Drones sous-marins', 'fr')[0].words).toBe('Drones sous-marins');
    expect(pickCpv('UUV', 'fr')[0].words).toBe('UUV');
  });

  it('finds words that are in no CPV label: drone, cyber, cybersécurité, titane, acoustique', () => {
    expect(codes('drone')).toEqual(expect.arrayContaining(['35613000', '35512400']));
    for (const q of ['cyber', 'cybersécurité', 'cybersecurity']) {
      const items = pickCpv(q, 'fr');
      expect(items.length).toBeGreaterThan(0);
      expect(items[0]).toMatchObject({ matchedBy: 'concept', concept: { id: 'cybersecurity' } });
    }
    expect(pickCpv('titane', 'fr')[0]).toMatchObject({ code: '14700000', concept: { id: 'metals' } });
    expect(pickCpv('acoustique', 'fr')[0]).toMatchObject({
      matchedBy: 'concept',
      concept: { id: 'acoustics' },
    });
    // The longer phrase still wins: underwater acoustics is its own concept.
    expect(pickCpv('acoustique sous-marine', 'fr')[0].concept?.id).toBe('underwater-acoustics');
  });

  it('puts each concept’s defining code before the other codes of the concepts', () => {
    const items = pickCpv('drone cybersécurité', 'fr');
    expect(
      items
        .slice(0, 2)
        .map((i) => i.concept?.id)
        .sort(),
    ).toEqual(['cybersecurity', 'drone']);
    expect(items[0].code).toBe('35613000');
  });

  it('keeps code and label answers: a code with or without check digit, label words', () => {
    for (const q of ['35512400', '35512400-3']) {
      const [first] = pickCpv(q, 'fr');
      expect(first).toMatchObject({ code: '35512400', matchedBy: 'code', via: null, words: null });
      // The concept the code stands for is named even when no word was typed.
      expect(first.concept?.id).toBe('uuv');
    }
    expect(codes('3551').every((c) => c.startsWith('3551'))).toBe(true);
    expect(pickCpv('échosondeurs', 'fr')[0]).toMatchObject({ code: '38114000', matchedBy: 'label' });
  });

  it('filters concept answers by a typed code prefix', () => {
    expect(codes('35 drone')).toEqual(expect.arrayContaining(['35613000', '35512400']));
    expect(codes('38 drone')).toEqual([]);
  });

  it('puts label answers first when the concepts read leave words unexplained', () => {
    // "appareils" names no concept but both words are in a radar label.
    const items = pickCpv('appareils radar', 'fr');
    expect(items[0]).toMatchObject({ code: '38115000', matchedBy: 'label' });
    expect(items.some((i) => i.matchedBy === 'concept')).toBe(true);
  });

  it('proposes nothing for civil look-alikes and unknown words', () => {
    expect(codes('drone de loisirs')).toEqual([]);
    expect(codes('zzqxv')).toEqual([]);
  });

  it('answers each code once and respects the limit', () => {
    const items = pickCpv('cybersécurité logiciel radar drone sonar', 'fr', 7);
    expect(items).toHaveLength(7);
    expect(new Set(items.map((i) => i.code)).size).toBe(7);
    expect(pickCpv('drone', 'fr', 0)).toEqual([]);
    expect(pickCpv('drone', 'fr', 1)).toHaveLength(1);
  });
});

describe('typedWords', () => {
  it('maps the normalised words back to the text as typed', () => {
    expect(typedWords('Un Drone sous-marin autonome', 'drone sous marin')).toBe('Drone sous-marin');
    expect(typedWords('cybersécurité', 'cybersecurite')).toBe('cybersécurité');
    expect(typedWords('œuvre', 'nothing here')).toBe('nothing here');
  });
});

describe('pickCpv: any input', () => {
  it('never throws, stays within the limit and answers known, distinct codes with a reason for concept answers', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 1200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom('drone', 'sous-marin', 'UUV', 'cyber', '35512400-3', '35', 'de', '!!', '🚁', 'é'),
          {
            maxLength: 40,
          },
        )
        .map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('fr' as const, 'en' as const),
        fc.integer({ min: -5, max: 80 }),
        (q, lang, limit) => {
          const items = pickCpv(q, lang, limit);
          expect(items.length).toBeLessThanOrEqual(Math.max(0, Math.min(limit, CPV_PICKER_MAX_LIMIT)));
          expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
          for (const i of items) {
            expect(cpvEntry(i.code)?.code).toBe(i.code);
            expect(i.via !== null).toBe(i.matchedBy === 'concept');
            expect(i.words !== null).toBe(i.matchedBy === 'concept');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a query at the length cap quickly', () => {
    const long = 'drone sous-marin cybersécurité usinage titane '.repeat(40).slice(0, CPV_PICKER_MAX_QUERY);
    const started = performance.now();
    expect(pickCpv(long, 'fr', CPV_PICKER_MAX_LIMIT).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('cpvPickerQuerySchema', () => {
  const parse = (q: unknown, extra: Record<string, unknown> = {}) =>
    cpvPickerQuerySchema.safeParse({ q, ...extra });
  const message = (q: unknown) => {
    const r = parse(q);
    return r.success ? null : r.error.issues[0].message;
  };

  it('accepts words, codes and emoji beside words, with defaults', () => {
    expect(parse('drone sous-marin 🚁').data).toEqual({ q: 'drone sous-marin 🚁', lang: 'fr', limit: 20 });
    expect(parse('35512400-3', { lang: 'en', limit: '5' }).data).toEqual({
      q: '35512400-3',
      lang: 'en',
      limit: 5,
    });
  });

  it('refuses empty, too long, emoji-only, punctuation-only and NUL with a clear message', () => {
    expect(message('   ')).toBe('type a code or a word');
    expect(message('a'.repeat(CPV_PICKER_MAX_QUERY + 1))).toBe('must be at most 1,000 characters');
    expect(message('a'.repeat(CPV_PICKER_MAX_QUERY))).toBeNull();
    expect(message('🚁🛥️')).toMatch(/letter or a digit/);
    expect(message('?!…-–')).toMatch(/letter or a digit/);
    expect(message('drone\u0000')).toMatch(/NUL/);
    expect(message(['drone', 'sonar'])).not.toBeNull();
  });

  it('refuses an unknown language, a limit out of range and unknown parameters', () => {
    expect(parse('drone', { lang: 'de' }).success).toBe(false);
    expect(parse('drone', { limit: '0' }).success).toBe(false);
    expect(parse('drone', { limit: '51' }).success).toBe(false);
    expect(parse('drone', { page: '2' }).success).toBe(false);
  });
});
