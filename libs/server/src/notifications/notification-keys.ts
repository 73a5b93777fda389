import { setDigest } from '../common/set-digest';
import type { ExpiryStage } from './certification-expiry';

/**
 * The fact each notification announces, unique per person (with user_id): the same fact handled
 * twice (an event redelivered, a job run again) finds its row there and tells nobody again.
 */
export const dedupeKey = {
  /** Once per opportunity and company, however often it is republished. */
  opportunityMatch: (opportunityId: string, supplierId: string) =>
    `opportunity_match:${opportunityId}:${supplierId}`,
  portfolioMatch: (opportunityId: string, supplierId: string) =>
    `portfolio_match:${opportunityId}:${supplierId}`,
  /**
   * Each introduction event is news of its own, except a proposal: published again when a request
   * reaches the supplier, it is news only to those not told yet.
   */
  introduction: (eventId: string) => `introduction:${eventId}`,
  introductionProposed: (introductionId: string) => `introduction_proposed:${introductionId}`,
  /** The same newcomers to the same search are one notice. */
  savedSearch: (searchId: string, supplierIds: readonly string[]) =>
    `saved_search:${searchId}:${setDigest(supplierIds)}`,
  /** Once per certification, validity date and threshold: a renewed date starts over. */
  certificationExpiry: (supplierId: string, scheme: string, validUntil: string, stage: ExpiryStage) =>
    `certification_expiry:${supplierId}:${scheme}:${validUntil}:${stage}`,
  watchedOpportunity: (eventId: string) => `watched_opportunity:${eventId}`,
};

/** Mail job ids: the same mail, queued again after a crash, is the same job (BullMQ ignores it). */
export const mailJobId = {
  notification: (notificationId: string) => `notification-${notificationId}`,
  digest: (userId: string, notificationIds: readonly string[]) =>
    `digest-${userId}-${setDigest(notificationIds)}`,
};
