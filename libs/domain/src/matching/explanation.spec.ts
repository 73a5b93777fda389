import fc from 'fast-check';
import type { MatchableOpportunity, MatchableSupplier } from '../contracts/matching.contract';
import { cpvRelation } from '../cpv/cpv-code';
import { CPV_REFERENCE } from '../cpv/cpv-reference';
import { opportunityNeeds, readNeeds, shownNeeds, supplierEvidence } from './capability-evidence';
import { evaluateMatch } from './match-scoring';
import { matchingFixtures } from './matching.fixtures';

const TODAY = '2026-11-26';

// Without the fixtures' sonar code and capability: each test says what it reads.
const opportunity = (o: Partial<MatchableOpportunity> = {}) =>
  matchingFixtures.opportunity({
    title: 'Sous-ensembles pour frégates',
    programme: null,
    requiredCapabilities: [],
    ...o,
  });
const supplier = (s: Partial<MatchableSupplier> = {}) =>
  matchingFixtures.supplier({ capabilities: [], ...s });

const explain = (o: MatchableOpportunity, s: MatchableSupplier) =>
  evaluateMatch(o, opportunityNeeds(o), s, supplierEvidence(s), TODAY);
const capabilityLines = (o: MatchableOpportunity, s: MatchableSupplier) =>
  explain(o, s)
    .criteria.filter((c) => c.criterion === 'capability')
    .map((c) => c.text.fr);

describe('needs shown to a person', () => {
  it('keeps the words the reader does not know for scoring, and never shows them as a need', () => {
    const o = opportunity({
      title: 'Antennes sonar compactes',
      description: 'Livrées avec leurs procès-verbaux de recette, destinées à équiper les drones.',
    });
    const needs = opportunityNeeds(o);
    expect(needs.some((n) => n.key === 'words')).toBe(true);
    expect(shownNeeds(needs).map((n) => n.key)).not.toContain('words');
    const lines = capabilityLines(o, supplier({ description: 'Sonars et procès-verbaux de recette.' }));
    expect(lines.join(' ')).not.toMatch(/proce|verbau|recette/);
    expect(lines.length).toBe(shownNeeds(needs).length);
  });

  it('reads « antennes sonar de coque » as sonar, not as hull parts', () => {
    const keys = opportunityNeeds(opportunity({ title: 'Antennes sonar de coque' })).map((n) => n.key);
    expect(keys).toEqual(['concept:sonar']);
  });

  it('makes a declared code that only meets a secondary reading of the text a need of its own, named', () => {
    const o = opportunity({
      title: 'Modems acoustiques pour drones sous-marins',
      requiredCapabilities: [{ code: '38113000', weight: 1 }],
    });
    const needs = opportunityNeeds(o);
    const sonar = needs.find((n) => n.key === 'code:38113000');
    expect(sonar).toMatchObject({ origin: 'declared', label: { fr: 'sonar' } });
    // Declared first, and weighing no less than the title's needs.
    expect(needs[0]).toBe(sonar);
    expect(sonar!.weight).toBeGreaterThanOrEqual(Math.max(...needs.map((n) => n.weight)));
  });
});

describe("the buyer's corrections", () => {
  const o = opportunity({
    title: 'Antennes sonar et interface homme-machine',
    requiredCapabilities: [{ code: '35512400', weight: 1 }],
  });

  it('drops a need the buyer struck out, and only that one', () => {
    const before = opportunityNeeds(o).map((n) => n.key);
    expect(before).toContain('concept:hmi');
    const after = opportunityNeeds({ ...o, needEdits: { removed: ['concept:hmi'], added: [] } });
    expect(after.map((n) => n.key)).toEqual(before.filter((k) => k !== 'concept:hmi'));
    // What was read stays readable, to be restored.
    expect(readNeeds({ ...o, needEdits: { removed: ['concept:hmi'], added: [] } }).map((n) => n.key)).toEqual(
      before,
    );
  });

  it('adds a CPV code or a concept as a need of the buyer, which the matcher then scores', () => {
    const edited = {
      ...o,
      needEdits: {
        removed: [],
        added: [
          { kind: 'code' as const, id: '73434000' },
          { kind: 'concept' as const, id: 'ew' },
        ],
      },
    };
    const needs = opportunityNeeds(edited);
    expect(needs.find((n) => n.codes.includes('73434000'))).toMatchObject({ origin: 'added' });
    expect(needs.find((n) => n.key === 'concept:ew')).toMatchObject({ origin: 'added', main: true });
    const tester = supplier({ capabilities: [{ code: '73434000', label: null, trl: 7, description: null }] });
    expect(explain(edited, tester).score).toBeGreaterThan(explain(o, tester).score);
  });

  it('ignores an added concept the thesaurus does not know', () => {
    const edited = { ...o, needEdits: { removed: [], added: [{ kind: 'concept' as const, id: 'nope' }] } };
    expect(opportunityNeeds(edited).map((n) => n.key)).toEqual(opportunityNeeds(o).map((n) => n.key));
  });
});

describe('code relations in explanations', () => {
  it('names the code of the need it was compared with, never another one as « même code »', () => {
    // "communication sous-marine" reads 32260000 first; a sonar maker meets only its 38113000.
    const o = opportunity({ title: 'Communication sous-marine' });
    const lines = capabilityLines(
      o,
      supplier({ capabilities: [{ code: '38113000', label: null, trl: 7, description: null }] }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Capacité déclarée 38113000 « Sonars » : même code que 38113000 « Sonars »');
    expect(lines[0]).not.toContain('32260000');
  });

  it('cites the supplier words and the CPV label of a code read in its texts', () => {
    const o = opportunity({
      title: 'Sonar de coque',
      requiredCapabilities: [{ code: '38113000', weight: 1 }],
    });
    const [line] = capabilityLines(o, supplier({ description: 'Nous concevons des antennes sonar.' }));
    expect(line).toMatch(/^Sa présentation cite « antennes sonar »/);
    expect(line).not.toMatch(/\blu \d/);
  });

  const codes = CPV_REFERENCE.map((e) => e.code);
  it('states the relation that holds between the two codes it names (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...codes),
        (needed, offered) => {
          const o = opportunity({
            title: 'Besoin',
            requiredCapabilities: needed.map((code) => ({ code, weight: 1 })),
          });
          const s = supplier({ capabilities: [{ code: offered, label: null, trl: 7, description: null }] });
          const m = explain(o, s);
          const names = {
            exact: 'same code as',
            descendant: 'more specific code than',
            ancestor: 'parent code of',
            sibling: 'sibling code of',
            same_division: 'same CPV division as',
          } as const;
          for (const n of m.needMatches) {
            if (n.code === null || n.needed === null || n.relation === 'family') continue;
            expect(n.code).toBe(offered);
            const relation = cpvRelation(n.code, n.needed);
            expect(relation).toBe(n.relation);
            const line = m.criteria.find((c) => c.text.en.includes(`“${n.need.label.en}”`));
            expect(line?.text.en).toContain(names[relation as keyof typeof names]);
            if (n.needed !== n.need.codes[0] || relation !== 'exact')
              expect(line?.text.en).toContain(n.needed);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
