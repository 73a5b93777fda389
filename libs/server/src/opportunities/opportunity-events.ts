import type { OpportunityStatus } from '@bitd/domain';
import type { NewEvent } from '../events/event-types';

/**
 * What a write did to an opportunity, as subscribers care: it was published (from a draft, or
 * created published), closed, or otherwise changed. `before` is null for a new one.
 */
export function opportunityEvent(
  opportunityId: string,
  before: OpportunityStatus | null,
  after: OpportunityStatus,
): NewEvent {
  const payload = { opportunityId };
  if (after === 'published' && before !== 'published') return { type: 'opportunity.published', payload };
  if (after === 'closed' && before !== 'closed') return { type: 'opportunity.closed', payload };
  return { type: 'opportunity.updated', payload };
}
