/**
 * Every event the platform publishes, with its payload. A payload names its subject and what a
 * reader needs to route or word a message; handlers re-read the rows for the rest, so an event
 * handled late or twice sees the current state.
 */
/**
 * Who an introduction concerns, carried by each of its events so that a subscriber (notifications)
 * knows whom to tell without reading the introductions feature's tables.
 */
export interface IntroductionEventPayload {
  introductionId: string;
  /** The supplier organisation. */
  supplierId: string;
  /** The buyer organisation. */
  buyerId: string;
  /** The region agent brokering it (a user), if any. */
  agentUserId: string | null;
  opportunityId: string | null;
  /** Who made this change (a user id), left out of those told about it. */
  actorUserId: string | null;
  /** The status after the change. */
  status: string;
  /**
   * It has reached the supplier (an agent brokers it and the profile is claimed): until then a
   * buyer's request or a proposal to an unclaimed profile is for the buyer and the agents only.
   */
  withSupplier: boolean;
  /** accepted/declined: which side answered. */
  side?: 'supplier' | 'buyer';
  /** outcome_recorded: contract, nda, consortium, no_go. */
  outcome?: string;
  /** meeting_planned: the day (YYYY-MM-DD). */
  meetingDate?: string;
}

export interface EventPayloads {
  'supplier.upserted': { supplierId: string };
  'supplier.deleted': { supplierId: string };
  'opportunity.published': { opportunityId: string };
  'opportunity.updated': { opportunityId: string };
  'opportunity.closed': { opportunityId: string };
  'opportunity.deleted': { opportunityId: string };
  /** Also published again when it reaches the supplier (taken from the queue, or profile claimed). */
  'introduction.proposed': IntroductionEventPayload;
  'introduction.accepted': IntroductionEventPayload;
  'introduction.declined': IntroductionEventPayload;
  /** Both sides accepted: their contacts are now shown to each other. */
  'introduction.revealed': IntroductionEventPayload;
  'introduction.meeting_planned': IntroductionEventPayload;
  'introduction.outcome_recorded': IntroductionEventPayload;
  /** A note the parties can read (private agent notes publish nothing). */
  'introduction.note_added': IntroductionEventPayload;
}

export type EventType = keyof EventPayloads;

/** An event as it is written, inside the transaction of the change it announces. */
export type NewEvent = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

/** An event as handlers receive it: the outbox row's id makes it unique. */
export type PlatformEvent<T extends EventType = EventType> = {
  [K in T]: { id: string; type: K; payload: EventPayloads[K]; occurredAt: string };
}[T];

/** Events of several types one handler takes (a batch may mix them). */
export type EventsOf<T extends EventType> = PlatformEvent<T>[];

/** The payload of a job the relay adds: a batch of events of one type. */
export interface EventJob<T extends EventType = EventType> {
  events: PlatformEvent<T>[];
}
