import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export const searchKeys = {
  suppliers: (queryString: string) => ['search', 'suppliers', queryString] as const,
};

/**
 * Supplier search for a query string in the API's parameter names. While the next answer loads,
 * the previous one stays on screen (no flash of an empty list between two keystrokes).
 */
export function useSupplierSearch(queryString: string) {
  return useQuery({
    queryKey: searchKeys.suppliers(queryString),
    queryFn: ({ signal }) => api.searchSuppliers(queryString, signal),
    placeholderData: keepPreviousData,
    // The index follows the database within seconds: a short cache is enough for back/forward.
    staleTime: 15_000,
  });
}
