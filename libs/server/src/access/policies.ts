import type { OpportunityStatus, OpportunityVisibility, SupplierPrivateField } from '@bitd/domain';
import { isStaff, type Actor } from '../common/actor';

/**
 * Row and field rules, one function per question, used by every read and write path (get, list,
 * search, export, matches) so that they cannot disagree.
 */

/** Members of the organisation itself. */
export const isMemberOf = (actor: Actor, organisationId: string | null): boolean =>
  organisationId !== null && actor.organisationId === organisationId;

/** A supplier profile: its own members, region agents and administrators edit it. */
export const canEditSupplier = (actor: Actor, supplierId: string): boolean =>
  isStaff(actor) || (actor.role === 'supplier' && isMemberOf(actor, supplierId));

/** Buyers and staff see a supplier's clearance level, and may filter, facet and sort on it. */
export const canReadClearance = (actor: Actor): boolean => actor.role === 'buyer' || isStaff(actor);

/**
 * The private fields a reader may not see on a profile. Contacts are shown to buyers one by one,
 * as the company chose (`visibleToBuyers`); the list itself is not hidden from them.
 */
export function hiddenSupplierFields(actor: Actor, supplierId: string): SupplierPrivateField[] {
  if (isStaff(actor) || isMemberOf(actor, supplierId)) return [];
  if (actor.role === 'buyer') return ['revenueEur', 'defenceRevenueShare'];
  return ['revenueEur', 'defenceRevenueShare', 'clearance', 'contacts'];
}

/** Contacts a reader may see: all of them for the company and staff, the chosen ones for buyers. */
export function visibleContacts<C extends { visibleToBuyers?: boolean }>(
  actor: Actor,
  supplierId: string,
  contacts: readonly C[],
): C[] {
  if (isStaff(actor) || isMemberOf(actor, supplierId)) return [...contacts];
  if (actor.role === 'buyer') return contacts.filter((c) => c.visibleToBuyers === true);
  return [];
}

export interface OpportunityAccessFacts {
  status: OpportunityStatus;
  visibility: OpportunityVisibility;
  issuerId: string;
}

/** Signed-in users who belong to an organisation see `registered` opportunities too. */
export const readsRegistered = (actor: Actor): boolean =>
  isStaff(actor) || (actor.role !== 'anonymous' && actor.organisationId !== null);

/**
 * Drafts and closed opportunities belong to their issuer (and staff); published ones are read by
 * everybody when public, by registered organisations when `registered`, and by nobody else when
 * `invited`.
 */
export function canReadOpportunity(actor: Actor, o: OpportunityAccessFacts): boolean {
  if (isStaff(actor) || isMemberOf(actor, o.issuerId)) return true;
  if (o.status !== 'published') return false;
  if (o.visibility === 'public') return true;
  return o.visibility === 'registered' && readsRegistered(actor);
}

/** The issuer's buyers, and staff on its behalf, edit, publish, close and read the matches. */
export const canManageOpportunity = (actor: Actor, issuerId: string): boolean =>
  isStaff(actor) || (actor.role === 'buyer' && isMemberOf(actor, issuerId));

/** A supplier's own matches (opportunities for it): its members and staff. */
export const canReadSupplierMatches = (actor: Actor, supplierId: string): boolean =>
  isStaff(actor) || (actor.role === 'supplier' && isMemberOf(actor, supplierId));

/** An organisation's members and invitations: its administrators (a person, not a machine token). */
export const canManageMembers = (actor: Actor): boolean =>
  actor.kind === 'user' && actor.organisationId !== null && actor.memberRole === 'admin';

/** An invitation to an address that has an account is accepted by that account, signed in. */
export const canAcceptInvitationFor = (actor: Actor, inviteeUserId: string): boolean =>
  actor.kind === 'user' && actor.userId === inviteeUserId;

/** An opportunity's shortlist is its issuer's: its buyers keep it, staff on its behalf. */
export const canKeepShortlist = canManageOpportunity;

/**
 * Inboxes, followed companies, watched opportunities and saved searches belong to a person: a
 * machine token has none.
 */
export const isPerson = (actor: Actor): actor is Actor & { userId: string } =>
  actor.kind === 'user' && actor.userId !== null;
