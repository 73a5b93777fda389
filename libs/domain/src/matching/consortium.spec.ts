import fc from 'fast-check';
import { suggestConsortia, uncoverableNeeds, type ConsortiumCandidate } from './consortium';

const candidate = (id: string, needScores: number[], score = 70): ConsortiumCandidate => ({
  id,
  score,
  needScores,
});

describe('suggestConsortia', () => {
  it('suggests different teams, not one team with its lead rotated', () => {
    // Three strong specialists and weaker ones for each need.
    const candidates = [
      candidate('a1', [1, 0, 0], 90),
      candidate('b1', [0, 1, 0], 89),
      candidate('c1', [0, 0, 1], 88),
      candidate('a2', [0.9, 0, 0], 70),
      candidate('b2', [0, 0.9, 0], 69),
      candidate('c2', [0, 0, 0.9], 68),
    ];
    const teams = suggestConsortia(candidates, [1, 1, 1]);
    const sets = teams.map((t) => t.members.map((m) => m.id).sort());
    expect(sets[0]).toEqual(['a1', 'b1', 'c1']);
    expect(sets.length).toBeGreaterThan(1);
    for (let i = 0; i < sets.length; i++)
      for (let j = 0; j < i; j++)
        expect(sets[i].filter((id) => sets[j].includes(id)).length).toBeLessThanOrEqual(1);
  });

  it('never suggests two teams sharing more than one member (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 25,
        }),
        (scores) => {
          const teams = suggestConsortia(
            scores.map((s, i) => candidate(`s${i}`, s, Math.round(s[0] * 100))),
            [1, 1, 0.5],
          );
          for (const t of teams) {
            expect(t.members.length).toBeLessThanOrEqual(3);
            expect(new Set(t.members.map((m) => m.id)).size).toBe(t.members.length);
          }
          for (let i = 0; i < teams.length; i++)
            for (let j = 0; j < i; j++) {
              const a = new Set(teams[i].members.map((m) => m.id));
              expect(teams[j].members.filter((m) => a.has(m.id)).length).toBeLessThanOrEqual(1);
            }
        },
      ),
    );
  });
});

describe('uncoverableNeeds', () => {
  it('names the needs no candidate meets', () => {
    expect(uncoverableNeeds([candidate('a', [1, 0.3]), candidate('b', [0.2, 0.5])], 2)).toEqual([1]);
    expect(uncoverableNeeds([], 2)).toEqual([0, 1]);
  });
});
