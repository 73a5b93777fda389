import { z } from 'zod';
import type { OpportunityKind, OpportunityStatus } from '../reference/opportunity';
import type { MatchedSupplierSummary } from './matching.contract';
import { text } from './zod-helpers';

/**
 * A buyer's shortlist for one of its opportunities: the suppliers it keeps from the matches or from
 * search, each with a note. The opportunity's issuing organisation (and staff) keep it.
 */

export const SHORTLIST_NOTE_MAX = 500;
/** Suppliers one opportunity's shortlist may hold: a shortlist is a choice, not a copy of the matches. */
export const SHORTLIST_MAX_ENTRIES = 100;

/** Body of `PUT /opportunities/:id/shortlist/:supplierId` (may be empty: no note). */
export const shortlistEntryInputSchema = z.strictObject({
  note: text(SHORTLIST_NOTE_MAX)
    .nullable()
    .optional()
    .transform((v) => v || null),
});
export type ShortlistEntryInput = z.output<typeof shortlistEntryInputSchema>;

export interface ShortlistEntryView {
  supplier: MatchedSupplierSummary;
  note: string | null;
  addedAt: string;
  /** Who added it (null once that account is deleted). */
  addedBy: string | null;
  /** Its stored match for the opportunity, when the matcher kept one. */
  match: { score: number; eligible: boolean } | null;
}

/** `GET /opportunities/:id/shortlist`: best match first, then the order they were added. */
export interface ShortlistView {
  opportunityId: string;
  entries: ShortlistEntryView[];
  maxEntries: number;
}

/** `GET /shortlists`: the opportunities whose shortlist the reader keeps, to add a search hit to one. */
export interface ShortlistTargetView {
  opportunityId: string;
  title: string;
  kind: OpportunityKind;
  status: OpportunityStatus;
  deadline: string | null;
  supplierIds: string[];
}
