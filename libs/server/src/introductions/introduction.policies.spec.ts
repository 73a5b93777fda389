import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import {
  canReadIntroduction,
  canReadPrivateNotes,
  introductionListScope,
  introductionSideOf,
  participantOf,
  seesPartyIdentities,
} from './introduction.policies';

const actor = (over: Partial<Actor>): Actor => ({
  ...ANONYMOUS_ACTOR,
  id: 'u',
  kind: 'user',
  userId: 'u',
  ...over,
});
const supplierMember = actor({ role: 'supplier', organisationId: 'S', organisationKind: 'supplier' });
const buyerMember = actor({ role: 'buyer', organisationId: 'B', organisationKind: 'buyer' });
const otherBuyer = actor({ role: 'buyer', organisationId: 'B2', organisationKind: 'buyer' });
const agent = actor({ role: 'agent', organisationId: 'R', organisationKind: 'region' });
const withSupplier = { supplierId: 'S', buyerId: 'B', agentUserId: 'a', awaitingClaim: false };

describe('introduction policies', () => {
  it('gives each party its side, staff the staff view, and nobody else anything', () => {
    expect(introductionSideOf(supplierMember, withSupplier)).toBe('supplier');
    expect(introductionSideOf(buyerMember, withSupplier)).toBe('buyer');
    expect(participantOf(agent, withSupplier)).toBe('staff');
    expect(canReadIntroduction(otherBuyer, withSupplier)).toBe(false);
    expect(canReadIntroduction(ANONYMOUS_ACTOR, withSupplier)).toBe(false);
  });

  it('keeps the supplier out until an agent brokers it and its profile is claimed', () => {
    expect(canReadIntroduction(supplierMember, { ...withSupplier, agentUserId: null })).toBe(false);
    expect(canReadIntroduction(supplierMember, { ...withSupplier, awaitingClaim: true })).toBe(false);
    expect(canReadIntroduction(buyerMember, { ...withSupplier, agentUserId: null })).toBe(true);
  });

  it('shows private notes and identities before both accept to staff only', () => {
    expect(canReadPrivateNotes(agent)).toBe(true);
    expect(canReadPrivateNotes(buyerMember)).toBe(false);
    expect(seesPartyIdentities(buyerMember, false)).toBe(false);
    expect(seesPartyIdentities(buyerMember, true)).toBe(true);
    expect(seesPartyIdentities(agent, false)).toBe(true);
  });

  it('scopes lists to the caller', () => {
    expect(introductionListScope(agent)).toEqual({ kind: 'all' });
    expect(introductionListScope(buyerMember)).toEqual({ kind: 'buyer', organisationId: 'B' });
    expect(introductionListScope(supplierMember)).toEqual({ kind: 'supplier', organisationId: 'S' });
    expect(introductionListScope(actor({ role: 'buyer' }))).toEqual({ kind: 'none' });
  });
});
