import fc from 'fast-check';
import {
  INTRODUCTION_OUTCOMES,
  actionForStatus,
  allowedActions,
  bothAccepted,
  isOutcome,
  isTerminal,
  reachableStatuses,
  transition,
  type IntroductionAction,
  type IntroductionParticipant,
  type IntroductionState,
} from './introduction-machine';

const fresh = (withSupplier = true): IntroductionState => ({
  status: 'proposed',
  supplierAnswer: null,
  buyerAnswer: null,
  withSupplier,
});

function run(state: IntroductionState, steps: Array<[IntroductionParticipant, IntroductionAction]>) {
  let s = state;
  for (const [by, action] of steps) {
    const r = transition(s, by, action);
    if (!r.ok) throw new Error(`${by} may not ${JSON.stringify(action)} from ${s.status}`);
    s = r.state;
  }
  return s;
}

describe('introduction state machine', () => {
  it('goes proposed → accepted (revealed on the second acceptance) → meeting planned → contract', () => {
    const afterSupplier = transition(fresh(), 'supplier', { type: 'accept', side: 'supplier' });
    expect(afterSupplier).toMatchObject({ ok: true, revealed: false, state: { status: 'proposed' } });
    const afterBuyer = transition(afterSupplier.ok ? afterSupplier.state : fresh(), 'buyer', {
      type: 'accept',
      side: 'buyer',
    });
    expect(afterBuyer).toMatchObject({ ok: true, revealed: true, state: { status: 'accepted' } });
    const done = run(afterBuyer.ok ? afterBuyer.state : fresh(), [
      ['staff', { type: 'plan_meeting' }],
      ['staff', { type: 'record_outcome', outcome: 'contract' }],
    ]);
    expect(done.status).toBe('contract');
  });

  it('refuses a second answer from the same side and says what is allowed instead', () => {
    const once = run(fresh(), [['supplier', { type: 'accept', side: 'supplier' }]]);
    expect(transition(once, 'supplier', { type: 'accept', side: 'supplier' })).toEqual({
      ok: false,
      allowed: [],
    });
    expect(allowedActions(once, 'buyer').map((a) => a.type)).toEqual(['accept', 'decline']);
  });

  it('lets the supplier side answer only once the introduction is with it', () => {
    expect(allowedActions(fresh(false), 'supplier')).toEqual([]);
    expect(allowedActions(fresh(false), 'buyer')).toHaveLength(2);
  });

  it('does not let an agent answer for a side, nor record an outcome before both accepted', () => {
    expect(allowedActions(fresh(), 'staff')).toEqual([]);
    const r = transition(fresh(), 'staff', { type: 'record_outcome', outcome: 'contract' });
    expect(r.ok).toBe(false);
  });

  it('maps the board columns an agent drops a card on to actions', () => {
    expect(actionForStatus('meeting_planned')).toEqual({ type: 'plan_meeting' });
    expect(actionForStatus('nda')).toEqual({ type: 'record_outcome', outcome: 'nda' });
    expect(actionForStatus('accepted')).toBeNull();
    const accepted = run(fresh(), [
      ['supplier', { type: 'accept', side: 'supplier' }],
      ['buyer', { type: 'accept', side: 'buyer' }],
    ]);
    expect(reachableStatuses(accepted, 'staff')).toEqual(['meeting_planned', ...INTRODUCTION_OUTCOMES]);
  });

  const participant = fc.constantFrom<IntroductionParticipant>('supplier', 'buyer', 'staff');
  const action: fc.Arbitrary<IntroductionAction> = fc.oneof(
    fc.record({
      type: fc.constant('accept' as const),
      side: fc.constantFrom('supplier' as const, 'buyer' as const),
    }),
    fc.record({
      type: fc.constant('decline' as const),
      side: fc.constantFrom('supplier' as const, 'buyer' as const),
    }),
    fc.constant({ type: 'plan_meeting' as const }),
    fc.record({
      type: fc.constant('record_outcome' as const),
      outcome: fc.constantFrom(...INTRODUCTION_OUTCOMES),
    }),
  );
  const attempts = fc.array(fc.tuple(participant, action), { maxLength: 12 });

  /** Every state reached by trying random actions by random participants (refused ones change nothing). */
  function walk(withSupplier: boolean, tries: Array<[IntroductionParticipant, IntroductionAction]>) {
    const states: IntroductionState[] = [fresh(withSupplier)];
    let reveals = 0;
    for (const [by, a] of tries) {
      const r = transition(states[states.length - 1], by, a);
      if (r.ok) {
        states.push(r.state);
        if (r.revealed) reveals++;
      }
    }
    return { states, reveals };
  }

  it('never reaches a meeting or an outcome without both acceptances (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), attempts, (withSupplier, tries) => {
        for (const s of walk(withSupplier, tries).states) {
          if (s.status === 'meeting_planned' || s.status === 'accepted' || isOutcome(s.status)) {
            expect(bothAccepted(s)).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps declined and outcomes terminal, and reveals at most once (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), attempts, participant, action, (withSupplier, tries, by, a) => {
        const { states, reveals } = walk(withSupplier, tries);
        expect(reveals).toBeLessThanOrEqual(1);
        const last = states[states.length - 1];
        if (isTerminal(last.status)) {
          expect(allowedActions(last, by)).toEqual([]);
          expect(transition(last, by, a).ok).toBe(false);
        }
        // Once declined it stays declined, whatever is tried after.
        const firstDeclined = states.findIndex((s) => s.status === 'declined');
        if (firstDeclined >= 0)
          expect(states.slice(firstDeclined).every((s) => s.status === 'declined')).toBe(true);
      }),
    );
  });

  it('never changes an answer once given (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), attempts, (withSupplier, tries) => {
        const { states } = walk(withSupplier, tries);
        for (let i = 1; i < states.length; i++) {
          for (const key of ['supplierAnswer', 'buyerAnswer'] as const) {
            if (states[i - 1][key] !== null) expect(states[i][key]).toBe(states[i - 1][key]);
          }
        }
      }),
    );
  });
});
