import fc from 'fast-check';
import type { MatchableOpportunity, MatchableSupplier } from '../contracts/matching.contract';
import { CERTIFICATION_SCHEMES, type CertificationScheme } from '../reference/certifications';
import { CLEARANCE_LEVELS, meetsClearance } from '../reference/clearance';
import { distanceKm } from '../reference/defence-sites';
import { opportunityNeeds, supplierEvidence } from './capability-evidence';
import { suggestConsortia } from './consortium';
import { evaluateMatch } from './match-scoring';
import { withinOneEdit } from '../thesaurus/thesaurus-lookup';
import { leftoverWords, wordSet, wordsFound } from './need-words';
import { ndcgAt, rankingQuality, recallAt } from './ranking-metrics';
import { matchingFixtures } from './matching.fixtures';

const TODAY = '2026-11-26';

const { opportunity, supplier } = matchingFixtures;

const match = (o: MatchableOpportunity, s: MatchableSupplier) =>
  evaluateMatch(o, opportunityNeeds(o), s, supplierEvidence(s), TODAY);
const texts = (o: MatchableOpportunity, s: MatchableSupplier) => match(o, s).criteria.map((c) => c.text.en);

describe('opportunityNeeds', () => {
  it('reads needs from the title (main) and the description (half), never from the programme name', () => {
    const needs = opportunityNeeds(
      opportunity({
        title: 'Caméras infrarouges — programme MMCM',
        programme: 'MMCM',
        description:
          'Nous recherchons des partenaires en caméras infrarouges ainsi qu’en guerre électronique.',
        requiredCapabilities: [],
      }),
    );
    expect(needs.map((n) => [n.key, n.main, n.weight])).toEqual([
      ['concept:thermal-imaging', true, 1],
      ['concept:ew', false, 0.5],
    ]);
  });

  it('joins a declared code to the need on its line of the CPV tree, and keeps a foreign one apart', () => {
    const needs = opportunityNeeds(
      opportunity({
        requiredCapabilities: [
          { code: '38113000', weight: 2 },
          { code: '72212730', weight: 1 },
        ],
      }),
    );
    const sonar = needs.find((n) => n.codes.includes('38113000'));
    expect(sonar?.main).toBe(true);
    expect(sonar?.weight).toBe(2);
    expect(needs.find((n) => n.key === 'code:72212730')).toBeDefined();
  });

  it('ignores civil look-alikes and keeps unknown words as a need of their own', () => {
    expect(opportunityNeeds(opportunity({ title: 'Sonar de pêche', requiredCapabilities: [] }))).toEqual([]);
    const need = opportunity({
      title: 'Horlogerie atomique miniaturisée',
      programme: null,
      requiredCapabilities: [],
    });
    const needs = opportunityNeeds(need);
    expect(needs).toEqual([
      expect.objectContaining({
        key: 'words',
        main: true,
        terms: ['horlogerie', 'atomique', 'miniaturisee'],
      }),
    ]);
    const s = supplier({ capabilities: [], description: 'Horloges atomiques et horlogerie de précision.' });
    const m = evaluateMatch(need, needs, s, supplierEvidence(s), TODAY);
    expect(m.needMatches[0].found).toEqual(['horlogerie', 'atomique']);
    // The words are no need to show: the explanation says only that the texts share them.
    expect(m.criteria.map((c) => c.text.en)).toContain(
      'Its texts use words of the call: “horlogerie, atomique” (53 %)',
    );
  });

  it('reads how a call is framed as a need only when the buyer says nothing else', () => {
    const keys = (o: Partial<MatchableOpportunity>) =>
      opportunityNeeds(
        opportunity({ requiredCapabilities: [], programme: null, description: null, ...o }),
      ).map((n) => n.key);
    expect(keys({ title: 'R&D duale : antennes sonar' })).toEqual(['concept:sonar']);
    expect(keys({ title: 'Test-bed access: radar' })).toEqual(['concept:radar']);
    // Framing in the title, the capability in the description: the capability is the need.
    expect(
      keys({ title: 'Projet de recherche duale', description: 'Partenaires en antennes sonar.' }),
    ).toEqual(['concept:sonar']);
    // Alone, the framing is the need ("defence R&T" is what is asked for).
    expect(keys({ title: 'Recherche duale : R&T de défense' })).toEqual(['concept:defence-rnt']);
    // And beside a capability when the buyer declared a code for it.
    const declared = opportunityNeeds(
      opportunity({
        title: 'Recherche et technologie de défense',
        description: 'Antennes sonar.',
        requiredCapabilities: [{ code: '73410000', weight: 1 }],
        programme: null,
      }),
    );
    expect(declared.map((n) => n.key)).toEqual(['concept:defence-rnt', 'concept:sonar']);
  });

  it('tolerates one typo per word', () => {
    expect(
      opportunityNeeds(opportunity({ title: 'Guerre électroniqeu', requiredCapabilities: [] }))[0]?.key,
    ).toBe('concept:ew');
  });
});

describe('evaluateMatch', () => {
  it('explains a match criterion by criterion', () => {
    const o = opportunity({
      requiredCertifications: ['EN9100'],
      minClearance: 'DR',
      trlMin: 6,
      location: { label: 'Base navale de Brest', lat: 48.3805, lon: -4.4942, maxDistanceKm: 60 },
    });
    const s = supplier({
      certifications: [{ scheme: 'EN9100', validUntil: '2027-09-30' }],
      clearance: 'SECRET',
    });
    const m = match(o, s);
    expect(m.eligible).toBe(true);
    expect(texts(o, s)).toEqual(
      expect.arrayContaining([
        'EN 9100 valid until 2027-09-30',
        'Clearance Secret (Diffusion Restreinte required)',
        '1 km from Base navale de Brest (limit 60 km)',
        'TRL 7 inside at least 6',
        'Declared capability 38113000 “Sonars”: same code as the need “hull-mounted sonar” (100 %)',
      ]),
    );
  });

  it('says what fails: certification expiring before the deadline, clearance, distance, TRL floor', () => {
    const o = opportunity({
      requiredCertifications: ['EN9100'],
      minClearance: 'SECRET',
      trlMin: 8,
      location: { label: 'Brest', lat: 48.3805, lon: -4.4942, maxDistanceKm: 30 },
    });
    const s = supplier({
      certifications: [{ scheme: 'EN9100', validUntil: '2027-01-31' }],
      clearance: 'DR',
      lat: 48.11,
      lon: -1.68,
    });
    const m = match(o, s);
    expect(m.eligible).toBe(false);
    expect(m.criteria.filter((c) => c.hard && c.status === 'unmet').map((c) => c.text.en)).toEqual([
      'EN 9100 expires 2027-01-31, before the deadline 2027-06-30',
      'Clearance Diffusion Restreinte, Secret required',
      '211 km from Brest (limit 30 km)',
      'TRL 7 below at least 8',
    ]);
  });

  it('gives partial credit to a capability the thesaurus relates to the need, and says so', () => {
    // A cyber range (CPV 80…) and cyber defence (CPV 72…/48…) share no branch of the CPV tree.
    const o = opportunity({
      title: 'Cyber range',
      requiredCapabilities: [],
      description: null,
      programme: null,
    });
    const analyst = supplier({ capabilities: [], description: 'Cyberdéfense des réseaux industriels.' });
    const m = match(o, analyst);
    expect(m.needMatches[0]).toMatchObject({ relation: 'related' });
    expect(m.needMatches[0].score).toBeGreaterThan(0);
    expect(m.needMatches[0].score).toBeLessThan(0.6);
    expect(texts(o, analyst)).toContain(
      'Its profile says “cyberdefense”: a capability next to the need “cyber exercise” (38 %)',
    );
    // The need's own concept still beats a related one.
    const lake = supplier({ capabilities: [], description: 'Cyber range pour exercices de crise.' });
    expect(match(o, lake).score).toBeGreaterThan(m.score);
  });

  it('ranks a declared exact code above a sibling and a sibling above nothing', () => {
    const o = opportunity();
    const exact = match(o, supplier()).score;
    const sibling = match(
      o,
      supplier({ capabilities: [{ code: '38112000', label: null, trl: 7, description: null }] }),
    ).score;
    const none = match(
      o,
      supplier({ capabilities: [{ code: '72212730', label: null, trl: 7, description: null }] }),
    ).score;
    expect(exact).toBeGreaterThan(sibling);
    expect(sibling).toBeGreaterThan(none);
    expect(none).toBe(0);
  });

  // Property: whatever the profile, an eligible match meets every stated requirement.
  it('never calls eligible a supplier that fails a stated requirement', () => {
    const scheme = fc.constantFrom(...CERTIFICATION_SCHEMES);
    const date = fc
      .integer({ min: 0, max: 2000 })
      .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.record({
          required: fc.uniqueArray(scheme, { maxLength: 2 }),
          minClearance: fc.constantFrom(...CLEARANCE_LEVELS),
          deadline: date,
          maxKm: fc.option(fc.integer({ min: 5, max: 200 }), { nil: null }),
          trlMin: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
          held: fc.array(fc.record({ scheme, validUntil: fc.option(date, { nil: null }) }), { maxLength: 3 }),
          clearance: fc.constantFrom(...CLEARANCE_LEVELS),
          lat: fc.double({ min: 47, max: 49, noNaN: true }),
          lon: fc.double({ min: -5, max: -1, noNaN: true }),
          trl: fc.integer({ min: 1, max: 9 }),
        }),
        (r) => {
          const o = opportunity({
            requiredCertifications: r.required as CertificationScheme[],
            minClearance: r.minClearance,
            deadline: r.deadline,
            trlMin: r.trlMin,
            location: { label: 'X', lat: 48.38, lon: -4.49, maxDistanceKm: r.maxKm },
          });
          const s = supplier({
            certifications: r.held as MatchableSupplier['certifications'],
            clearance: r.clearance,
            lat: r.lat,
            lon: r.lon,
            capabilities: [{ code: '38113000', label: null, trl: r.trl, description: null }],
          });
          const m = match(o, s);
          if (!m.eligible) return;
          for (const req of r.required)
            expect(
              r.held.some((c) => c.scheme === req && (!c.validUntil || c.validUntil >= r.deadline)),
            ).toBe(true);
          expect(meetsClearance(r.clearance, r.minClearance)).toBe(true);
          if (r.maxKm !== null) expect(distanceKm(48.38, -4.49, r.lat, r.lon)).toBeLessThanOrEqual(r.maxKm);
          if (r.trlMin !== null) expect(r.trl).toBeGreaterThanOrEqual(r.trlMin);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('suggestConsortia', () => {
  it('builds teams of at most 3 whose members each bring a need', () => {
    const teams = suggestConsortia(
      [
        { id: 'a', score: 80, needScores: [1, 0, 0] },
        { id: 'b', score: 70, needScores: [0, 1, 0] },
        { id: 'c', score: 60, needScores: [0, 0, 0.9] },
        { id: 'd', score: 50, needScores: [0.7, 0, 0] },
      ],
      [1, 1, 1],
    );
    expect(teams[0].members.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
    expect(teams[0].coverage).toBeCloseTo((1 + 1 + 0.9) / 3);
    expect(teams[0].uncovered).toEqual([]);
    for (const t of teams) {
      expect(t.members.length).toBeLessThanOrEqual(3);
      expect(t.members.every((m) => m.covers.length > 0)).toBe(true);
    }
  });
});

describe('ranking metrics (as score.py)', () => {
  it('computes nDCG with gain 2^g − 1 and recall of grades ≥ 2', () => {
    expect(ndcgAt(['a', 'b'], { a: 3, b: 1 })).toBeCloseTo(1);
    expect(ndcgAt(['b', 'a'], { a: 3, b: 1 })).toBeCloseTo((1 + 7 / Math.log2(3)) / (7 + 1 / Math.log2(3)));
    expect(recallAt(['x', 'a'], { a: 2, b: 3, c: 1 })).toBe(0.5);
    const q = rankingQuality({ o1: ['a', 'x'], o2: [] }, { o1: { a: 3 }, o2: {} }, (_o, s) => s === 'x');
    expect(q).toMatchObject({ ndcg10: 1, recall20: 1, violations10: 1, shown10: 2, judged: 1 });
  });
});

describe('need words', () => {
  it('leaves call boilerplate out of the words of a need', () => {
    expect(leftoverWords('Nous recherchons des partenaires en horlogerie atomique')).toEqual([
      'horlogerie',
      'atomique',
    ]);
    expect(leftoverWords('We are looking for partners in guerre électronique')).toEqual([]);
  });

  it('finds a need word in a supplier’s texts exactly, or with one typo on words of 6+ letters', () => {
    const bag = wordSet(['Usinage de précision des carters', 'Chaudronnerie navale']);
    expect(wordsFound(['usinage', 'carter', 'chaudronerie', 'soudure'], bag)).toEqual([
      'usinage',
      'carter',
      'chaudronerie',
    ]);
    // The grouped lookup answers as a scan of every word would.
    const word = fc.stringMatching(/^[a-d]{4,9}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        (theirs, need) => {
          const found = wordsFound(need, wordSet([theirs.join(' ')]));
          const scan = need.filter((w) =>
            theirs.some(
              (x) => x === w || (w.length >= 6 && x.length >= 6 && x[0] === w[0] && withinOneEdit(w, x)),
            ),
          );
          expect(found).toEqual(scan);
        },
      ),
    );
  });
});
