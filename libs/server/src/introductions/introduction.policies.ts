import type { IntroductionParticipant, IntroductionSide } from '@bitd/domain';
import { isStaff, type Actor } from '../common/actor';
import { isMemberOf } from '../access/policies';

/**
 * Row rules of introductions, one pure function per question, used by every read and write path
 * (list, detail, answers, notes) so that they cannot disagree. Anyone else gets 404: an
 * introduction's existence is not revealed to those outside it.
 */

export interface IntroductionAccessFacts {
  supplierId: string;
  buyerId: string;
  agentUserId: string | null;
  awaitingClaim: boolean;
}

/** It has left the agents' queue: an agent brokers it and the supplier's profile is claimed. */
export const isWithSupplier = (i: IntroductionAccessFacts): boolean =>
  i.agentUserId !== null && !i.awaitingClaim;

/**
 * The side the actor belongs to: members of the buyer organisation, and of the supplier once the
 * introduction has reached it (a buyer's request is vetted by an agent first).
 */
export function introductionSideOf(actor: Actor, i: IntroductionAccessFacts): IntroductionSide | null {
  if (actor.role === 'buyer' && isMemberOf(actor, i.buyerId)) return 'buyer';
  if (actor.role === 'supplier' && isMemberOf(actor, i.supplierId) && isWithSupplier(i)) return 'supplier';
  return null;
}

/** Who the state machine sees acting: a party, or staff; null for anyone else (404). */
export function participantOf(actor: Actor, i: IntroductionAccessFacts): IntroductionParticipant | null {
  return introductionSideOf(actor, i) ?? (isStaff(actor) ? 'staff' : null);
}

export const canReadIntroduction = (actor: Actor, i: IntroductionAccessFacts): boolean =>
  participantOf(actor, i) !== null;

/** Private agent notes: region agents and administrators only. */
export const canReadPrivateNotes = (actor: Actor): boolean => isStaff(actor);

/** Contacts and the names of the other side's people: once both sides accepted. */
export const seesPartyIdentities = (actor: Actor, revealed: boolean): boolean => revealed || isStaff(actor);

/** The agents' queue (buyers' requests nobody took, profiles not claimed yet): staff only. */
export const canReadQueue = (actor: Actor): boolean => isStaff(actor);

/** A person takes a request from the queue (a machine token cannot broker). */
export const canTakeIntroduction = (actor: Actor): boolean => isStaff(actor) && actor.userId !== null;

/** Which introductions a list may show the actor. */
export type IntroductionListScope =
  | { kind: 'all' }
  | { kind: 'buyer'; organisationId: string }
  | { kind: 'supplier'; organisationId: string }
  | { kind: 'none' };

export function introductionListScope(actor: Actor): IntroductionListScope {
  if (isStaff(actor)) return { kind: 'all' };
  if (actor.organisationId && actor.role === 'buyer')
    return { kind: 'buyer', organisationId: actor.organisationId };
  if (actor.organisationId && actor.role === 'supplier')
    return { kind: 'supplier', organisationId: actor.organisationId };
  return { kind: 'none' };
}
