import { z } from 'zod';
import {
  INTRODUCTION_OUTCOMES,
  INTRODUCTION_STATUSES,
  type IntroductionAnswer,
  type IntroductionOutcome,
  type IntroductionSide,
  type IntroductionStatus,
} from '../introductions/introduction-machine';
import { requiredText, text } from './zod-helpers';

/**
 * Introductions brokered by region agents between a supplier and a buyer organisation: what the
 * api and the web app agree on. `POST /introductions` is also called by the buyers' shortlist.
 */

/** A message, a note or a reason: at most this many characters. */
export const INTRODUCTION_TEXT_MAX = 2000;
export const DECLINE_REASON_MAX = 1000;

// Any 8-4-4-4-12 hexadecimal id, as the database makes them (not only RFC 4122 variants).
const uuid = (what: string) => z.guid({ error: `must be the id of ${what}` });
// Years the database stores and people mean (« 0000 » is valid ISO but no day anyone met).
const isoDate = z.iso
  .date({ error: 'must be a date in the form YYYY-MM-DD' })
  .refine((d) => d >= '2000-01-01' && d <= '2999-12-31', 'must be between 2000-01-01 and 2999-12-31');

export const proposeIntroductionSchema = z.strictObject({
  supplierId: uuid('a supplier'),
  /** Agents name the buyer organisation (else the opportunity's issuer); a buyer's own is used for a buyer. */
  buyerId: uuid('a buyer organisation').optional(),
  opportunityId: uuid('an opportunity').nullable().optional(),
  message: requiredText(INTRODUCTION_TEXT_MAX),
});
export type ProposeIntroductionBody = z.input<typeof proposeIntroductionSchema>;

export const declineIntroductionSchema = z.strictObject({
  reason: text(DECLINE_REASON_MAX).optional(),
});

export const planMeetingSchema = z.strictObject({ date: isoDate });

export const recordOutcomeSchema = z.strictObject({
  outcome: z.enum(INTRODUCTION_OUTCOMES, { error: `must be one of ${INTRODUCTION_OUTCOMES.join(', ')}` }),
  date: isoDate,
});

export const introductionNoteSchema = z.strictObject({
  body: requiredText(INTRODUCTION_TEXT_MAX),
  /** Seen by region agents and administrators only. */
  private: z.boolean({ error: 'must be true or false' }).default(false),
});

/** An agent's status change (a card moved on the board); the date is the meeting's or the outcome's. */
export const introductionStatusSchema = z.strictObject({
  status: z.enum(INTRODUCTION_STATUSES, { error: `must be one of ${INTRODUCTION_STATUSES.join(', ')}` }),
  date: isoDate.optional(),
});

export const introductionListQuerySchema = z.strictObject({
  status: z
    .enum(INTRODUCTION_STATUSES, { error: `must be one of ${INTRODUCTION_STATUSES.join(', ')}` })
    .optional(),
  supplierId: uuid('a supplier').optional(),
  buyerId: uuid('a buyer organisation').optional(),
  opportunityId: uuid('an opportunity').optional(),
  /** The agents' queue: buyers' requests no agent has taken yet, and suppliers not claimed yet. */
  queue: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
export type IntroductionListQuery = z.output<typeof introductionListQuerySchema>;

/** What the caller may do on an introduction, so the interface offers only that. */
export type IntroductionCapability =
  'accept' | 'decline' | 'plan_meeting' | 'record_outcome' | 'take' | 'note' | 'private_note';

export interface IntroductionAnswerView {
  answer: IntroductionAnswer;
  at: string;
  /** Who answered; null when the reader may not know yet (the other side before both accept). */
  by: string | null;
  reason: string | null;
}

export interface IntroductionSummaryView {
  id: string;
  status: IntroductionStatus;
  supplier: { id: string; name: string };
  buyer: { id: string; name: string };
  opportunity: { id: string; title: string } | null;
  /** The region agent brokering it; null while it waits in the agents' queue. */
  agent: { id: string; name: string } | null;
  requestedBy: 'agent' | 'buyer';
  message: string;
  /** Proposed to a profile nobody has claimed yet: it goes to the supplier once claimed. */
  awaitingClaim: boolean;
  /** Waiting for an agent: no agent yet, or a profile not claimed yet. */
  inQueue: boolean;
  supplierAnswer: IntroductionAnswerView | null;
  buyerAnswer: IntroductionAnswerView | null;
  revealedAt: string | null;
  meetingDate: string | null;
  outcome: IntroductionOutcome | null;
  outcomeDate: string | null;
  createdAt: string;
  updatedAt: string;
  /** The reader's side, when the reader is a party. */
  mySide: IntroductionSide | null;
  can: IntroductionCapability[];
  /** Statuses the reader may move it to (the board's drop targets). */
  nextStatuses: IntroductionStatus[];
}

export interface IntroductionPersonView {
  name: string;
  email: string;
}

/** Shown to both parties only once both have accepted. */
export interface IntroductionContactsView {
  supplier: {
    name: string;
    /** The profile's contacts (all of them: the company accepted the introduction). */
    contacts: Array<{ name: string; email: string; phone: string | null; role: string | null }>;
    members: IntroductionPersonView[];
  };
  buyer: { name: string; members: IntroductionPersonView[] };
}

export type IntroductionEntryKind =
  | 'proposed'
  | 'taken'
  | 'claimed'
  | 'accepted'
  | 'declined'
  | 'revealed'
  | 'meeting_planned'
  | 'outcome_recorded'
  | 'note';

export interface IntroductionEntryView {
  id: string;
  kind: IntroductionEntryKind;
  at: string;
  /** The side that acted (answers), or that wrote the note. */
  side: IntroductionSide | null;
  /** Who acted; null when hidden from the reader (the other side before both accept) or the platform. */
  author: string | null;
  authorRole: 'agent' | 'admin' | 'supplier' | 'buyer' | null;
  body: string | null;
  private: boolean;
  /** meeting_planned / outcome_recorded: the date; outcome_recorded: the outcome. */
  date: string | null;
  outcome: IntroductionOutcome | null;
}

export interface IntroductionView extends IntroductionSummaryView {
  timeline: IntroductionEntryView[];
  contacts: IntroductionContactsView | null;
}
