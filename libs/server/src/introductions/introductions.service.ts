import { Injectable } from '@nestjs/common';
import {
  INTRODUCTION_STATUS_LABELS,
  actionForStatus,
  allowedActions,
  isTerminal,
  reachableStatuses,
  transition,
  type IntroductionAction,
  type IntroductionCapability,
  type IntroductionContactsView,
  type IntroductionEntryView,
  type IntroductionListQuery,
  type IntroductionParticipant,
  type IntroductionSide,
  type IntroductionState,
  type IntroductionSummaryView,
  type IntroductionView,
  type introductionNoteSchema,
  type proposeIntroductionSchema,
} from '@bitd/domain';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { UserEntity } from '../accounts/user.entity';
import { canReadOpportunity } from '../access/policies';
import { writeAudit } from '../audit/audit.writer';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import type { IntroductionEventPayload, NewEvent } from '../events/event-types';
import { publishEvents } from '../events/publish-events';
import { today } from '../opportunities/opportunities.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { IntroductionEntryEntity } from './introduction-entry.entity';
import { IntroductionEntity } from './introduction.entity';
import { introductionNotFound, transitionRefused, unknownReference } from './introduction.errors';
import {
  canReadPrivateNotes,
  canReadQueue,
  canTakeIntroduction,
  introductionListScope,
  introductionSideOf,
  isWithSupplier,
  participantOf,
  seesPartyIdentities,
} from './introduction.policies';

type ProposeInput = z.output<typeof proposeIntroductionSchema>;
type NoteInput = z.output<typeof introductionNoteSchema>;

/** Lists answer at most this many introductions, most recently changed first. */
const LIST_LIMIT = 500;
const RELATIONS = { supplier: true, buyer: true, opportunity: true, agent: true } as const;

export function stateOf(i: IntroductionEntity): IntroductionState {
  return {
    status: i.status,
    supplierAnswer: i.supplierAnswer,
    buyerAnswer: i.buyerAnswer,
    withSupplier: isWithSupplier(i),
  };
}

/** The fields an audit entry compares before and after a change. */
function auditFacts(i: IntroductionEntity) {
  return {
    status: i.status,
    supplierAnswer: i.supplierAnswer,
    buyerAnswer: i.buyerAnswer,
    agentUserId: i.agentUserId,
    awaitingClaim: i.awaitingClaim,
    meetingDate: i.meetingDate,
    outcome: i.outcome,
    outcomeDate: i.outcomeDate,
    revealed: i.revealedAt !== null,
  };
}

export function eventPayload(
  i: IntroductionEntity,
  actor: Actor,
  extra: Partial<IntroductionEventPayload> = {},
): IntroductionEventPayload {
  return {
    introductionId: i.id,
    supplierId: i.supplierId,
    buyerId: i.buyerId,
    agentUserId: i.agentUserId,
    opportunityId: i.opportunityId,
    actorUserId: actor.userId,
    status: i.status,
    withSupplier: isWithSupplier(i),
    ...extra,
  };
}

/** The role an entry records for its author. */
const authorRoleOf = (actor: Actor): IntroductionEntryEntity['authorRole'] =>
  actor.role === 'anonymous' ? null : actor.role;

function entry(
  i: IntroductionEntity,
  actor: Actor,
  e: Pick<IntroductionEntryEntity, 'kind'> & Partial<IntroductionEntryEntity>,
): Partial<IntroductionEntryEntity> {
  return {
    introductionId: i.id,
    side: null,
    authorId: actor.userId,
    authorRole: authorRoleOf(actor),
    body: null,
    private: false,
    date: null,
    outcome: null,
    ...e,
  };
}

/**
 * Introductions between suppliers and buyers, brokered by region agents. Every change runs in one
 * transaction that writes the row, its timeline entry, an audit entry and its events.
 */
@Injectable()
export class IntroductionsService {
  constructor(private readonly dataSource: DataSource) {}

  async propose(input: ProposeInput, actor: Actor): Promise<IntroductionView> {
    const id = await this.dataSource.transaction(async (m) => {
      const opportunity = input.opportunityId
        ? await this.readableOpportunity(m, input.opportunityId, actor)
        : null;
      const buyerId = this.proposalBuyerId(input, actor, opportunity);
      const supplier = await m.findOneBy(OrganisationEntity, { id: input.supplierId, kind: 'supplier' });
      if (!supplier) throw unknownReference('supplierId', input.supplierId);
      const buyer = await m.findOneBy(OrganisationEntity, { id: buyerId, kind: 'buyer' });
      if (!buyer) throw unknownReference('buyerId', buyerId);

      // One open introduction per supplier, buyer and subject: a second one would split the talk.
      // The lock makes two simultaneous proposals of the same pair wait for each other.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `introduction:${supplier.id}:${buyer.id}`,
      ]);
      const open = await m
        .createQueryBuilder(IntroductionEntity, 'i')
        .where('i.supplier_id = :s AND i.buyer_id = :b', { s: supplier.id, b: buyer.id })
        .andWhere(opportunity ? 'i.opportunity_id = :o' : 'i.opportunity_id IS NULL', { o: opportunity?.id })
        .andWhere('i.status IN (:...open)', { open: ['proposed', 'accepted', 'meeting_planned'] })
        .getOne();
      if (open) {
        throw new DomainError(
          'INTRODUCTION_CONFLICT',
          {
            fr: `supplierId : une mise en relation entre ${supplier.name} et ${buyer.name} sur ce sujet est déjà en cours.`,
            en: `supplierId: an introduction between ${supplier.name} and ${buyer.name} on this subject is already open.`,
          },
          [
            {
              field: 'supplierId',
              message: 'already has an open introduction with this buyer on this subject',
            },
          ],
          { introductionId: open.id },
        );
      }

      const claimed = (await m.countBy(MembershipEntity, { organisationId: supplier.id })) > 0;
      const byBuyer = actor.role === 'buyer';
      const now = new Date();
      const intro = await m.save(
        m.create(IntroductionEntity, {
          supplierId: supplier.id,
          buyerId: buyer.id,
          opportunityId: opportunity?.id ?? null,
          // A buyer's request waits in the agents' queue until one takes it.
          agentUserId: byBuyer ? null : actor.userId,
          requestedBy: actor.userId,
          requestedByRole: byBuyer ? 'buyer' : 'agent',
          message: input.message,
          status: 'proposed',
          awaitingClaim: !claimed,
          // Asking for the introduction is the buyer's own yes.
          buyerAnswer: byBuyer ? 'accepted' : null,
          buyerAnsweredBy: byBuyer ? actor.userId : null,
          buyerAnsweredAt: byBuyer ? now : null,
          updatedBy: actor.id,
        }),
      );
      await m.insert(
        IntroductionEntryEntity,
        entry(intro, actor, { kind: 'proposed', side: byBuyer ? 'buyer' : null }),
      );
      await writeAudit(m, actor, [
        {
          action: 'introduction.proposed',
          entity: 'introduction',
          entityId: intro.id,
          organisationId: supplier.id,
          after: {
            ...auditFacts(intro),
            supplierId: intro.supplierId,
            buyerId: intro.buyerId,
            opportunityId: intro.opportunityId,
          },
        },
      ]);
      await publishEvents(m, [{ type: 'introduction.proposed', payload: eventPayload(intro, actor) }]);
      return intro.id;
    });
    return this.get(id, actor);
  }

  async list(query: IntroductionListQuery, actor: Actor): Promise<IntroductionSummaryView[]> {
    const scope = introductionListScope(actor);
    if (scope.kind === 'none') return [];
    if (query.queue === 'true' && !canReadQueue(actor)) {
      throw new DomainError('FORBIDDEN', {
        fr: "queue : la file des demandes est réservée aux chargés d'affaires de la région.",
        en: "queue: the requests queue is for the region's business agents.",
      });
    }
    const qb = this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('i')
      .withDeleted()
      .leftJoinAndSelect('i.supplier', 'supplier')
      .leftJoinAndSelect('i.buyer', 'buyer')
      .leftJoinAndSelect('i.opportunity', 'opportunity')
      .leftJoinAndSelect('i.agent', 'agent')
      .orderBy('i.updated_at', 'DESC')
      .take(LIST_LIMIT);
    if (scope.kind === 'buyer') qb.andWhere('i.buyer_id = :scope', { scope: scope.organisationId });
    if (scope.kind === 'supplier') {
      // The supplier's inbox: what agents have brought to it (see isWithSupplier).
      qb.andWhere('i.supplier_id = :scope AND i.agent_user_id IS NOT NULL AND NOT i.awaiting_claim', {
        scope: scope.organisationId,
      });
    }
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.supplierId) qb.andWhere('i.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.buyerId) qb.andWhere('i.buyer_id = :buyerId', { buyerId: query.buyerId });
    if (query.opportunityId)
      qb.andWhere('i.opportunity_id = :opportunityId', { opportunityId: query.opportunityId });
    if (query.queue === 'true') {
      qb.andWhere(`i.status = 'proposed'`).andWhere(
        new Brackets((w) => w.where('i.agent_user_id IS NULL').orWhere('i.awaiting_claim')),
      );
    }
    const rows = await qb.getMany();
    const names = await this.userNames(
      this.dataSource.manager,
      rows.flatMap((i) => [i.supplierAnsweredBy, i.buyerAnsweredBy]),
    );
    return rows.map((i) => this.summary(i, actor, names));
  }

  async get(id: string, actor: Actor): Promise<IntroductionView> {
    const m = this.dataSource.manager;
    const intro = isUuid(id)
      ? await m.findOne(IntroductionEntity, { where: { id }, relations: RELATIONS, withDeleted: true })
      : null;
    if (!intro || participantOf(actor, intro) === null) throw introductionNotFound(id);
    const entries = await m.find(IntroductionEntryEntity, {
      where: { introductionId: id, ...(canReadPrivateNotes(actor) ? {} : { private: false }) },
      relations: { author: true },
      withDeleted: true,
      order: { seq: 'ASC' },
    });
    const names = await this.userNames(m, [intro.supplierAnsweredBy, intro.buyerAnsweredBy]);
    const summary = this.summary(intro, actor, names);
    return {
      ...summary,
      timeline: entries.map((e) => this.entryView(e, intro, actor)),
      contacts: intro.revealedAt ? await this.contacts(m, intro) : null,
    };
  }

  /** An agent takes a buyer's request from the queue: it then goes to the supplier (once claimed). */
  async take(id: string, actor: Actor): Promise<IntroductionView> {
    await this.dataSource.transaction(async (m) => {
      const intro = await this.lockReadable(m, id, actor);
      if (!canTakeIntroduction(actor)) {
        throw new DomainError('FORBIDDEN', {
          fr: "Seul un chargé d'affaires (une personne) prend une demande en charge.",
          en: 'Only a business agent (a person) takes a request.',
        });
      }
      if (intro.agentUserId === actor.userId) return;
      if (intro.agentUserId !== null || intro.status !== 'proposed') {
        throw new DomainError(
          'INTRODUCTION_CONFLICT',
          intro.agentUserId !== null
            ? {
                fr: "Cette mise en relation est déjà suivie par un autre chargé d'affaires.",
                en: 'Another business agent already brokers this introduction.',
              }
            : {
                fr: `Cette mise en relation est « ${INTRODUCTION_STATUS_LABELS[intro.status].fr} » : il n'y a plus rien à prendre en charge.`,
                en: `This introduction is "${INTRODUCTION_STATUS_LABELS[intro.status].en}": there is nothing left to take.`,
              },
          [{ field: 'id', message: 'cannot be taken' }],
        );
      }
      const before = auditFacts(intro);
      intro.agentUserId = actor.userId;
      intro.updatedBy = actor.id;
      await m.save(intro);
      await m.insert(IntroductionEntryEntity, entry(intro, actor, { kind: 'taken' }));
      await writeAudit(m, actor, [
        {
          action: 'introduction.taken',
          entity: 'introduction',
          entityId: intro.id,
          organisationId: intro.supplierId,
          before,
          after: auditFacts(intro),
        },
      ]);
      // It reaches the supplier now (unless its profile still waits for a claim): announced as proposed.
      if (isWithSupplier(intro)) {
        await publishEvents(m, [{ type: 'introduction.proposed', payload: eventPayload(intro, actor) }]);
      }
    });
    return this.get(id, actor);
  }

  accept(id: string, actor: Actor): Promise<IntroductionView> {
    return this.act(id, actor, (side) => ({ type: 'accept', side }));
  }

  decline(id: string, reason: string | undefined, actor: Actor): Promise<IntroductionView> {
    return this.act(id, actor, (side) => ({ type: 'decline', side }), { reason: reason || null });
  }

  planMeeting(id: string, date: string, actor: Actor): Promise<IntroductionView> {
    return this.act(id, actor, () => ({ type: 'plan_meeting' }), { date }, 'date');
  }

  recordOutcome(
    id: string,
    action: IntroductionAction,
    date: string,
    actor: Actor,
  ): Promise<IntroductionView> {
    return this.act(id, actor, () => action, { date }, 'outcome');
  }

  /** An agent moves a card on the board: the same machine as the parties' and agents' own actions. */
  changeStatus(
    id: string,
    body: { status: IntroductionView['status']; date?: string },
    actor: Actor,
  ): Promise<IntroductionView> {
    const action = actionForStatus(body.status);
    if (action?.type === 'plan_meeting' && !body.date) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          fr: 'date (la date du rendez-vous) : obligatoire pour planifier un rendez-vous.',
          en: 'date (the meeting date): required to plan a meeting.',
        },
        [{ field: 'date', message: 'is required for meeting_planned' }],
      );
    }
    // A column an agent cannot move to (an answer belongs to a side): refused with what is possible.
    return this.act(id, actor, () => action, { date: body.date ?? today() }, 'status');
  }

  async addNote(id: string, note: NoteInput, actor: Actor): Promise<IntroductionView> {
    await this.dataSource.transaction(async (m) => {
      const intro = await this.lockReadable(m, id, actor);
      if (note.private && !canReadPrivateNotes(actor)) {
        throw new DomainError(
          'FORBIDDEN',
          {
            fr: "private : les notes privées sont réservées aux chargés d'affaires.",
            en: 'private: private notes are for business agents only.',
          },
          [{ field: 'private', message: 'is for agents only' }],
        );
      }
      const side = introductionSideOf(actor, intro);
      await m.insert(
        IntroductionEntryEntity,
        entry(intro, actor, { kind: 'note', side, body: note.body, private: note.private }),
      );
      // The note belongs to the introduction: its change time moves (lists sort on it).
      await m.update(IntroductionEntity, { id: intro.id }, { updatedBy: actor.id });
      await writeAudit(m, actor, [
        {
          action: note.private ? 'introduction.private_note_added' : 'introduction.note_added',
          entity: 'introduction',
          entityId: intro.id,
          organisationId: intro.supplierId,
          after: { note: { private: note.private, length: note.body.length } },
        },
      ]);
      // Private notes are not news for the parties: no event.
      if (!note.private) {
        await publishEvents(m, [
          { type: 'introduction.note_added', payload: eventPayload(intro, actor, side ? { side } : {}) },
        ]);
      }
    });
    return this.get(id, actor);
  }

  /**
   * Runs one action of the state machine for the caller: the side it acts for is the one the
   * policies give it, the action must be one the machine allows, and the row, timeline, audit
   * entry and events are written together.
   */
  private async act(
    id: string,
    actor: Actor,
    actionFor: (side: IntroductionSide) => IntroductionAction | null,
    extra: { date?: string; reason?: string | null } = {},
    field = 'status',
  ): Promise<IntroductionView> {
    await this.dataSource.transaction(async (m) => {
      const intro = await this.lockReadable(m, id, actor);
      const participant = participantOf(actor, intro) as IntroductionParticipant;
      const side = introductionSideOf(actor, intro);
      const state = stateOf(intro);
      // Staff answer for no side: an answer they ask for is simply not among their actions.
      const action = actionFor(side ?? 'supplier');
      const result = action ? transition(state, participant, action) : null;
      if (!action || !result?.ok) throw transitionRefused(state, allowedActions(state, participant), field);

      const before = auditFacts(intro);
      const now = new Date();
      const events: NewEvent[] = [];
      const entries: Array<Partial<IntroductionEntryEntity>> = [];
      intro.status = result.state.status;
      intro.updatedBy = actor.id;
      switch (action.type) {
        case 'accept':
        case 'decline': {
          const answer = action.type === 'accept' ? 'accepted' : 'declined';
          if (action.side === 'supplier') {
            Object.assign(intro, {
              supplierAnswer: answer,
              supplierAnsweredBy: actor.userId,
              supplierAnsweredAt: now,
              supplierReason: extra.reason ?? null,
            });
          } else {
            Object.assign(intro, {
              buyerAnswer: answer,
              buyerAnsweredBy: actor.userId,
              buyerAnsweredAt: now,
              buyerReason: extra.reason ?? null,
            });
          }
          entries.push(entry(intro, actor, { kind: answer, side: action.side, body: extra.reason ?? null }));
          events.push({
            type: action.type === 'accept' ? 'introduction.accepted' : 'introduction.declined',
            payload: eventPayload(intro, actor, { side: action.side }),
          });
          break;
        }
        case 'plan_meeting':
          intro.meetingDate = extra.date ?? null;
          entries.push(entry(intro, actor, { kind: 'meeting_planned', side, date: intro.meetingDate }));
          events.push({
            type: 'introduction.meeting_planned',
            payload: eventPayload(intro, actor, { meetingDate: intro.meetingDate ?? undefined }),
          });
          break;
        case 'record_outcome':
          intro.outcome = action.outcome;
          intro.outcomeDate = extra.date ?? null;
          entries.push(
            entry(intro, actor, {
              kind: 'outcome_recorded',
              side,
              date: intro.outcomeDate,
              outcome: action.outcome,
            }),
          );
          events.push({
            type: 'introduction.outcome_recorded',
            payload: eventPayload(intro, actor, { outcome: action.outcome }),
          });
          break;
      }
      if (result.revealed) {
        // The second yes: both sides now see each other's contacts, in this same transaction.
        intro.revealedAt = now;
        entries.push(entry(intro, actor, { kind: 'revealed', authorId: null, authorRole: null }));
        events.push({ type: 'introduction.revealed', payload: eventPayload(intro, actor) });
      }
      await m.save(intro);
      await m.insert(IntroductionEntryEntity, entries);
      await writeAudit(m, actor, [
        {
          action: `introduction.${entries[0].kind}`,
          entity: 'introduction',
          entityId: intro.id,
          organisationId: side === 'buyer' ? intro.buyerId : intro.supplierId,
          before,
          after: { ...auditFacts(intro), ...(extra.reason ? { reason: extra.reason } : {}) },
        },
      ]);
      await publishEvents(m, events);
    });
    return this.get(id, actor);
  }

  /** The row, locked for the change, when the caller may read it; 404 otherwise. */
  private async lockReadable(m: EntityManager, id: string, actor: Actor): Promise<IntroductionEntity> {
    const intro = isUuid(id)
      ? await m.findOne(IntroductionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!intro || participantOf(actor, intro) === null) throw introductionNotFound(id);
    return intro;
  }

  private async readableOpportunity(m: EntityManager, id: string, actor: Actor): Promise<OpportunityEntity> {
    const o = await m.findOneBy(OpportunityEntity, { id });
    if (!o || !canReadOpportunity(actor, o)) throw unknownReference('opportunityId', id);
    return o;
  }

  /**
   * Buyers ask in their own organisation's name (another id in the body is refused); agents name
   * the buyer, or let the opportunity's issuer be it.
   */
  private proposalBuyerId(input: ProposeInput, actor: Actor, opportunity: OpportunityEntity | null): string {
    if (actor.role === 'buyer') {
      if (input.buyerId && input.buyerId !== actor.organisationId) {
        throw new DomainError(
          'VALIDATION_FAILED',
          {
            fr: 'buyerId : un acheteur demande une mise en relation au nom de sa propre organisation.',
            en: "buyerId: a buyer asks for an introduction in its own organisation's name.",
          },
          [{ field: 'buyerId', message: 'must be left out (your own organisation is used)' }],
        );
      }
      return actor.organisationId as string;
    }
    const buyerId = input.buyerId ?? opportunity?.issuerId;
    if (!buyerId) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          fr: "buyerId (l'organisation acheteuse) : obligatoire quand aucune opportunité n'est donnée.",
          en: 'buyerId (the buyer organisation): required when no opportunity is given.',
        },
        [{ field: 'buyerId', message: 'is required without opportunityId' }],
      );
    }
    return buyerId;
  }

  private summary(i: IntroductionEntity, actor: Actor, names: Map<string, string>): IntroductionSummaryView {
    const participant = participantOf(actor, i) as IntroductionParticipant;
    const mySide = introductionSideOf(actor, i);
    const state = stateOf(i);
    const identities = seesPartyIdentities(actor, i.revealedAt !== null);
    const answer = (side: IntroductionSide) => {
      const [value, by, at, reason] =
        side === 'supplier'
          ? [i.supplierAnswer, i.supplierAnsweredBy, i.supplierAnsweredAt, i.supplierReason]
          : [i.buyerAnswer, i.buyerAnsweredBy, i.buyerAnsweredAt, i.buyerReason];
      if (!value || !at) return null;
      const named = identities || mySide === side;
      return {
        answer: value,
        at: at.toISOString(),
        by: named && by ? (names.get(by) ?? null) : null,
        reason,
      };
    };
    const can = new Set<IntroductionCapability>(allowedActions(state, participant).map((a) => a.type));
    if (canTakeIntroduction(actor) && i.agentUserId === null && i.status === 'proposed') can.add('take');
    can.add('note');
    if (canReadPrivateNotes(actor)) can.add('private_note');
    return {
      id: i.id,
      status: i.status,
      supplier: { id: i.supplierId, name: i.supplier?.name ?? '' },
      buyer: { id: i.buyerId, name: i.buyer?.name ?? '' },
      opportunity: i.opportunity ? { id: i.opportunity.id, title: i.opportunity.title } : null,
      agent: i.agent ? { id: i.agent.id, name: i.agent.displayName } : null,
      requestedBy: i.requestedByRole,
      message: i.message,
      awaitingClaim: i.awaitingClaim,
      inQueue: i.status === 'proposed' && !isWithSupplier(i),
      supplierAnswer: answer('supplier'),
      buyerAnswer: answer('buyer'),
      revealedAt: i.revealedAt?.toISOString() ?? null,
      meetingDate: i.meetingDate,
      outcome: i.outcome,
      outcomeDate: i.outcomeDate,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
      mySide,
      can: [...can],
      nextStatuses: isTerminal(i.status) ? [] : reachableStatuses(state, participant),
    };
  }

  private entryView(e: IntroductionEntryEntity, i: IntroductionEntity, actor: Actor): IntroductionEntryView {
    // Agents broker openly; a party's people are named to the other side once both said yes.
    const named =
      e.authorRole === 'agent' ||
      e.authorRole === 'admin' ||
      seesPartyIdentities(actor, i.revealedAt !== null) ||
      (e.side !== null && e.side === introductionSideOf(actor, i));
    return {
      id: e.id,
      kind: e.kind,
      at: e.createdAt.toISOString(),
      side: e.side,
      author: named ? (e.author?.displayName ?? null) : null,
      authorRole: e.authorRole,
      body: e.body,
      private: e.private,
      date: e.date,
      outcome: e.outcome,
    };
  }

  private async contacts(m: EntityManager, i: IntroductionEntity): Promise<IntroductionContactsView> {
    const members = async (organisationId: string) =>
      (
        await m.find(MembershipEntity, {
          where: { organisationId },
          relations: { user: true },
          order: { createdAt: 'ASC' },
          take: 20,
        })
      )
        .filter((ms) => ms.user && !ms.user.deletedAt)
        .map((ms) => ({ name: ms.user!.displayName, email: ms.user!.email }));
    return {
      supplier: {
        name: i.supplier?.name ?? '',
        // The company's own choice still holds: the contacts it shows buyers, and its people.
        contacts: (i.supplier?.contacts ?? [])
          .filter((c) => c.visibleToBuyers === true)
          .map((c) => ({
            name: c.name,
            email: c.email,
            phone: c.phone ?? null,
            role: c.role ?? null,
          })),
        members: await members(i.supplierId),
      },
      buyer: { name: i.buyer?.name ?? '', members: await members(i.buyerId) },
    };
  }

  private async userNames(m: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await m.find(UserEntity, { where: { id: In(wanted) }, withDeleted: true });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

/**
 * A supplier profile was just claimed (its first member admitted): introductions proposed while it
 * had nobody go on to the supplier. Runs in the claim's transaction.
 */
export async function releaseIntroductionsAwaitingClaim(
  m: EntityManager,
  supplierId: string,
  actor: Actor,
): Promise<void> {
  const waiting = await m.find(IntroductionEntity, {
    where: { supplierId, awaitingClaim: true },
    lock: { mode: 'pessimistic_write' },
  });
  for (const intro of waiting) {
    const before = auditFacts(intro);
    intro.awaitingClaim = false;
    intro.updatedBy = actor.id;
    await m.save(intro);
    await m.insert(IntroductionEntryEntity, entry(intro, actor, { kind: 'claimed', side: 'supplier' }));
    await writeAudit(m, actor, [
      {
        action: 'introduction.claimed',
        entity: 'introduction',
        entityId: intro.id,
        organisationId: supplierId,
        before,
        after: auditFacts(intro),
      },
    ]);
    if (intro.status === 'proposed' && isWithSupplier(intro)) {
      await publishEvents(m, [{ type: 'introduction.proposed', payload: eventPayload(intro, actor) }]);
    }
  }
}
