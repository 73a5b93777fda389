import { useSearchParams } from 'react-router';
import { readsClearance, useUser } from '../account/session';
import { readState, searchHref, toApiQuery } from './search-params';

export interface ChangeOptions {
  /** Replace the current history entry instead of adding one (refining the text being typed). */
  replace?: boolean;
  /** Render the new address at once (checkboxes and selects must never show a stale value). */
  sync?: boolean;
}

/** Parameters only buyers and staff may send (the API refuses them to other readers with a 400). */
const CLEARANCE_PARAMS = ['clearance', 'clearanceMin'];

/**
 * The search state, read from the query string, and the way to change it. A shared address
 * holding clearance filters is read without them by a reader who may not filter on clearance.
 */
export function useSearchState() {
  const [address, setSearch] = useSearchParams();
  const clearanceAllowed = readsClearance(useUser());
  const search = clearanceAllowed ? address : without(address, CLEARANCE_PARAMS);
  const state = readState(search);
  const apiQuery = toApiQuery(search);

  /** Applies a change to the address as it is now, not as this render saw it. */
  const change = (
    update: (current: URLSearchParams) => URLSearchParams,
    { replace = false, sync = true }: ChangeOptions = {},
  ) => {
    // Two quick changes must not undo each other: navigation renders in a transition, so this
    // render can lag one change behind the address bar.
    const current = new URLSearchParams(window.location.search);
    const next = update(current);
    if (next.toString() === current.toString()) return;
    // The page keeps its scroll position while filters change (pagination links scroll up).
    setSearch(next, { replace, preventScrollReset: true, flushSync: sync });
  };

  const hrefFor = (update: (current: URLSearchParams) => URLSearchParams): string =>
    searchHref(update(search));

  return { search, state, apiQuery, change, hrefFor, clearanceAllowed };
}

function without(search: URLSearchParams, names: string[]): URLSearchParams {
  if (!names.some((n) => search.has(n))) return search;
  const next = new URLSearchParams(search);
  for (const n of names) next.delete(n);
  return next;
}
