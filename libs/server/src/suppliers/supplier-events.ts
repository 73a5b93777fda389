import type { NewEvent } from '../events/event-types';

/** The events announcing that these supplier profiles were written (or soft-deleted). */
export const supplierEvents = (ids: readonly string[], deleted = false): NewEvent[] =>
  ids.map((supplierId) => ({
    type: deleted ? 'supplier.deleted' : 'supplier.upserted',
    payload: { supplierId },
  }));
