/**
 * The life of an introduction between a supplier and a buyer, brokered by a region agent, as a
 * pure function: what each participant may do from a state, and the state it leads to.
 *
 * proposed ──(both sides accept)──▶ accepted ──▶ meeting_planned ──▶ contract | nda | consortium | no_go
 *    └──(either side declines)──▶ declined
 *
 * Double opt-in: each side answers once; the introduction is accepted (and the contacts revealed)
 * only when both have accepted. Declined and the outcomes are terminal.
 */

export const INTRODUCTION_OUTCOMES = ['contract', 'nda', 'consortium', 'no_go'] as const;
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];

export const INTRODUCTION_STATUSES = [
  'proposed',
  'accepted',
  'declined',
  'meeting_planned',
  ...INTRODUCTION_OUTCOMES,
] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

export const INTRODUCTION_SIDES = ['supplier', 'buyer'] as const;
export type IntroductionSide = (typeof INTRODUCTION_SIDES)[number];

/** Who acts: one of the two parties, or region staff (agents, administrators). */
export type IntroductionParticipant = IntroductionSide | 'staff';

export type IntroductionAnswer = 'accepted' | 'declined';

export interface IntroductionState {
  status: IntroductionStatus;
  supplierAnswer: IntroductionAnswer | null;
  buyerAnswer: IntroductionAnswer | null;
  /**
   * The supplier has it in hand: an agent brokers it and its profile is claimed. Until then it
   * waits in the agents' queue and the supplier side cannot answer.
   */
  withSupplier: boolean;
}

export type IntroductionAction =
  | { type: 'accept'; side: IntroductionSide }
  | { type: 'decline'; side: IntroductionSide }
  | { type: 'plan_meeting' }
  | { type: 'record_outcome'; outcome: IntroductionOutcome };

export const isOutcome = (status: string): status is IntroductionOutcome =>
  (INTRODUCTION_OUTCOMES as readonly string[]).includes(status);

/** Nothing happens any more from these. */
export const isTerminal = (status: IntroductionStatus): boolean => status === 'declined' || isOutcome(status);

/** Both parties said yes (the moment contacts are revealed). */
export const bothAccepted = (s: Pick<IntroductionState, 'supplierAnswer' | 'buyerAnswer'>): boolean =>
  s.supplierAnswer === 'accepted' && s.buyerAnswer === 'accepted';

const answerOf = (s: IntroductionState, side: IntroductionSide) =>
  side === 'supplier' ? s.supplierAnswer : s.buyerAnswer;

/** What `by` may do from `state`; empty when nothing. */
export function allowedActions(state: IntroductionState, by: IntroductionParticipant): IntroductionAction[] {
  switch (state.status) {
    case 'proposed': {
      // Only the parties answer for themselves: consent is not something an agent gives.
      if (by === 'staff' || answerOf(state, by) !== null) return [];
      if (by === 'supplier' && !state.withSupplier) return [];
      return [
        { type: 'accept', side: by },
        { type: 'decline', side: by },
      ];
    }
    case 'accepted':
    case 'meeting_planned':
      // Parties and agents alike plan the meeting (again, to move it) and record how it ended.
      return [
        { type: 'plan_meeting' },
        ...INTRODUCTION_OUTCOMES.map((outcome) => ({ type: 'record_outcome', outcome }) as const),
      ];
    default:
      return [];
  }
}

const sameAction = (a: IntroductionAction, b: IntroductionAction): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export const isAllowed = (
  state: IntroductionState,
  by: IntroductionParticipant,
  action: IntroductionAction,
): boolean => allowedActions(state, by).some((a) => sameAction(a, action));

/** The state an action leads to (the caller checked it is allowed). */
export function nextState(state: IntroductionState, action: IntroductionAction): IntroductionState {
  switch (action.type) {
    case 'accept': {
      const answered = {
        ...state,
        [action.side === 'supplier' ? 'supplierAnswer' : 'buyerAnswer']: 'accepted' as const,
      };
      return { ...answered, status: bothAccepted(answered) ? 'accepted' : 'proposed' };
    }
    case 'decline':
      return {
        ...state,
        [action.side === 'supplier' ? 'supplierAnswer' : 'buyerAnswer']: 'declined',
        status: 'declined',
      };
    case 'plan_meeting':
      return { ...state, status: 'meeting_planned' };
    case 'record_outcome':
      return { ...state, status: action.outcome };
  }
}

export type TransitionResult =
  { ok: true; state: IntroductionState; revealed: boolean } | { ok: false; allowed: IntroductionAction[] };

/** Applies an action when `by` may take it; otherwise says what `by` may do instead. */
export function transition(
  state: IntroductionState,
  by: IntroductionParticipant,
  action: IntroductionAction,
): TransitionResult {
  const allowed = allowedActions(state, by);
  if (!allowed.some((a) => sameAction(a, action))) return { ok: false, allowed };
  const next = nextState(state, action);
  return { ok: true, state: next, revealed: !bothAccepted(state) && bothAccepted(next) };
}

/** The statuses `by` can move the introduction to (the board's drop targets). */
export function reachableStatuses(
  state: IntroductionState,
  by: IntroductionParticipant,
): IntroductionStatus[] {
  return [...new Set(allowedActions(state, by).map((a) => nextState(state, a).status))];
}

/**
 * The action an agent's status change (a card dropped on a column) stands for, if that change is
 * one an agent makes; answering for a side is not.
 */
export function actionForStatus(status: IntroductionStatus): IntroductionAction | null {
  if (status === 'meeting_planned') return { type: 'plan_meeting' };
  if (isOutcome(status)) return { type: 'record_outcome', outcome: status };
  return null;
}

export const INTRODUCTION_STATUS_LABELS: Record<IntroductionStatus, { fr: string; en: string }> = {
  proposed: { fr: 'proposée', en: 'proposed' },
  accepted: { fr: 'acceptée', en: 'accepted' },
  declined: { fr: 'refusée', en: 'declined' },
  meeting_planned: { fr: 'rendez-vous planifié', en: 'meeting planned' },
  contract: { fr: 'contrat', en: 'contract' },
  nda: { fr: 'accord de confidentialité', en: 'NDA' },
  consortium: { fr: 'consortium formé', en: 'consortium formed' },
  no_go: { fr: 'sans suite', en: 'no go' },
};

/** An action in words, for the messages that list what is allowed. */
export function actionLabel(action: IntroductionAction): { fr: string; en: string } {
  const side = (s: IntroductionSide) =>
    s === 'supplier'
      ? { fr: 'côté fournisseur', en: 'supplier side' }
      : { fr: 'côté acheteur', en: 'buyer side' };
  switch (action.type) {
    case 'accept':
      return { fr: `accepter (${side(action.side).fr})`, en: `accept (${side(action.side).en})` };
    case 'decline':
      return { fr: `refuser (${side(action.side).fr})`, en: `decline (${side(action.side).en})` };
    case 'plan_meeting':
      return { fr: 'planifier le rendez-vous', en: 'plan the meeting' };
    case 'record_outcome': {
      const l = INTRODUCTION_STATUS_LABELS[action.outcome];
      return { fr: `enregistrer l'issue « ${l.fr} »`, en: `record the outcome "${l.en}"` };
    }
  }
}
