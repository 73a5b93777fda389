import * as fs from 'fs';
import * as path from 'path';
import { cpvAncestors, cpvDepth, parseCpv } from './cpv-code';
import { cpvEntry, cpvLabel, cpvReferenceAncestors, normaliseCpvText, searchCpv } from './cpv-lookup';
import { CPV_REFERENCE } from './cpv-reference';

/**
 * Intermediate levels that the official CPV 2008 vocabulary itself skips (e.g. 35611100 "Fighter
 * aircrafts" sits directly under 35610000: there is no 35611000). They must not be invented.
 */
const KNOWN_CPV_GAPS = new Set(['34511000', '35611000', '35612000']);

const DATASET_DIR = path.resolve(__dirname, '../../../../../shared/datasets/matching-dev');
const hasDataset = fs.existsSync(DATASET_DIR);

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(path.join(DATASET_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

describe('CPV reference', () => {
  const codes = CPV_REFERENCE.map((e) => e.code);
  const known = new Set(codes);

  it('has a few hundred entries, strictly sorted by code (hence unique)', () => {
    expect(CPV_REFERENCE.length).toBeGreaterThanOrEqual(350);
    expect(CPV_REFERENCE.length).toBeLessThanOrEqual(500);
    for (let i = 1; i < codes.length; i++) expect(codes[i - 1] < codes[i]).toBe(true);
    expect(known.size).toBe(codes.length);
  });

  it('has well-formed codes, labels and check digits', () => {
    for (const e of CPV_REFERENCE) {
      expect(e.code).toMatch(/^\d{8}$/);
      expect(parseCpv(e.code)).not.toBeNull();
      for (const label of [e.fr, e.en]) {
        expect(label.trim()).toBe(label);
        expect(label.length).toBeGreaterThan(0);
        expect(label).not.toMatch(/\s{2}/);
      }
      if (e.checkDigit !== undefined) {
        expect(Number.isInteger(e.checkDigit) && e.checkDigit >= 0 && e.checkDigit <= 9).toBe(true);
      }
    }
  });

  it('lists every ancestor of every entry, except the levels the vocabulary itself skips', () => {
    for (const code of codes) {
      const ancestors = cpvAncestors(code);
      if (ancestors.length === 0) continue; // a division
      expect([code, known.has(ancestors[ancestors.length - 1])]).toEqual([code, true]);
      const missing = ancestors.filter((a) => !known.has(a) && !KNOWN_CPV_GAPS.has(a));
      expect([code, missing]).toEqual([code, []]);
      // The nearest listed ancestor exists (gaps are never the whole chain).
      expect(ancestors.some((a) => known.has(a))).toBe(true);
    }
    for (const gap of KNOWN_CPV_GAPS) expect(known.has(gap)).toBe(false);
  });

  const itWithDataset = hasDataset ? it : it.skip;
  itWithDataset(
    `contains every code used by the judged dataset${hasDataset ? '' : ` (skipped: ${DATASET_DIR} is absent)`}`,
    () => {
      const used = new Set<string>();
      for (const s of readJsonl<{ capabilities: { code: string }[] }>('suppliers.jsonl')) {
        for (const c of s.capabilities) used.add(c.code);
      }
      for (const o of readJsonl<{ requiredCapabilities: { code: string }[] }>('opportunities.jsonl')) {
        for (const c of o.requiredCapabilities) used.add(c.code);
      }
      expect(used.size).toBeGreaterThan(0);
      expect([...used].filter((c) => !known.has(c)).sort()).toEqual([]);
    },
  );
});

describe('CPV look-ups', () => {
  it('finds an entry and its label, with or without a check digit', () => {
    expect(cpvEntry('35512400')?.en).toBe('Unmanned underwater vehicles');
    expect(cpvEntry('35512400-3')?.code).toBe('35512400');
    expect(cpvLabel('35512400', 'fr')).toBe('Véhicules sous-marins sans équipage');
    expect(cpvLabel('38113000', 'en')).toBe('Sonars');
    expect(cpvEntry('48000000')?.checkDigit).toBe(8);
  });

  it('returns nothing for an unknown or malformed code (no fallback to an ancestor)', () => {
    expect(cpvEntry('35512900')).toBeUndefined();
    expect(cpvLabel('35512900', 'fr')).toBeNull();
    expect(cpvLabel('3551240', 'en')).toBeNull();
    expect(cpvLabel('', 'en')).toBeNull();
  });

  it('lists the listed ancestors of a code, nearest first', () => {
    expect(cpvReferenceAncestors('35512400').map((e) => e.code)).toEqual([
      '35512000',
      '35510000',
      '35500000',
      '35000000',
    ]);
    expect(cpvReferenceAncestors('35611100').map((e) => e.code)).toEqual([
      '35610000',
      '35600000',
      '35000000',
    ]);
  });

  it('normalises accents, case and punctuation', () => {
    expect(normaliseCpvText("Services d'essais NON-destructifs")).toBe('services d essais non destructifs');
    expect(normaliseCpvText('Sécurité')).toBe('securite');
  });
});

describe('searchCpv', () => {
  it('searches by code prefix: exact code first, then shallower codes', () => {
    const hits = searchCpv('3551', 'fr');
    expect(hits.map((h) => h.code)).toContain('35512400');
    expect(hits[0].code).toBe('35510000');
    expect(hits.every((h) => h.code.startsWith('3551') && h.matchedBy === 'code')).toBe(true);
    for (let i = 2; i < hits.length; i++) expect(hits[i].depth).toBeGreaterThanOrEqual(hits[i - 1].depth);
  });

  it('accepts codes with trailing zeros or a check digit', () => {
    expect(searchCpv('35510000', 'en').map((h) => h.code)).toContain('35512400');
    expect(searchCpv('35512400-3', 'en')[0]).toEqual({
      code: '35512400',
      fr: 'Véhicules sous-marins sans équipage',
      en: 'Unmanned underwater vehicles',
      label: 'Unmanned underwater vehicles',
      depth: 6,
      matchedBy: 'code',
    });
    const division = searchCpv('35', 'fr', 500);
    expect(division[0].code).toBe('35000000');
    expect(division.length).toBe(CPV_REFERENCE.filter((e) => e.code.startsWith('35')).length);
  });

  it('searches label words in both languages', () => {
    expect(searchCpv('sonar', 'fr').map((h) => h.code)).toContain('38113000');
    expect(searchCpv('sonar', 'en').map((h) => h.code)).toContain('38113000');
    expect(searchCpv('unmanned underwater', 'fr').map((h) => h.code)).toEqual(['35512400']);
    expect(searchCpv('sous-marins sans équipage', 'en').map((h) => h.code)).toEqual(['35512400']);
  });

  it('is accent- and case-insensitive and matches word prefixes', () => {
    const hits = searchCpv('securite', 'fr', 100);
    expect(hits.map((h) => h.code)).toEqual(expect.arrayContaining(['48730000', '72212730', '79710000']));
    for (const h of hits.filter((x) => x.matchedBy === 'label')) {
      const fr = cpvLabel(h.code, 'fr') ?? '';
      const en = cpvLabel(h.code, 'en') ?? '';
      expect(normaliseCpvText(`${fr} ${en}`)).toMatch(/secu/);
    }
    expect(searchCpv('SÉCURITÉ', 'fr', 100)).toEqual(hits);
    expect(searchCpv('secu', 'fr', 100).length).toBeGreaterThanOrEqual(hits.length);
  });

  it('requires every word to match and ranks the requested language first', () => {
    expect(searchCpv('logiciels sécurité données', 'fr').map((h) => h.code)).toEqual([
      '48732000',
      '72212732',
    ]);
    expect(searchCpv('radar nonexistentword', 'en')).toEqual([]);
    const hits = searchCpv('radar', 'en', 50);
    expect(hits.map((h) => h.code)).toEqual(expect.arrayContaining(['35722000', '35723000', '38115000']));
    expect(hits[0].label.toLowerCase()).toContain('radar');
  });

  it('ignores stop words unless the query has nothing else', () => {
    expect(searchCpv('services de sécurité', 'fr').map((h) => h.code)).toContain('79710000');
    expect(searchCpv('security of data', 'en').map((h) => h.code)).toContain('48732000');
  });

  it('combines a code prefix with words', () => {
    const hits = searchCpv('72 securite', 'fr');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.code.startsWith('72'))).toBe(true);
    expect(hits.map((h) => h.code)).toContain('72212730');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(searchCpv('3', 'fr', 5)).toHaveLength(5);
    expect(searchCpv('3', 'fr')).toHaveLength(20);
    expect(searchCpv('   ', 'fr')).toEqual([]);
    expect(searchCpv('radar', 'fr', 0)).toEqual([]);
  });

  it('gives the label in the requested language and the depth of the code', () => {
    const [hit] = searchCpv('38113000', 'fr');
    expect(hit).toMatchObject({ code: '38113000', label: 'Sonars', depth: cpvDepth('38113000') });
    expect(searchCpv('48730000', 'en')[0]).toMatchObject({
      checkDigit: 4,
      label: 'Security software package',
    });
  });
});
