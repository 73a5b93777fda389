import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lists } from '../../api/client';

const KEY = ['saved-searches'] as const;

export function useSavedSearches(enabled = true) {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => lists.savedSearches(signal), enabled });
}

function useListChange<A>(fn: (arg: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useSaveSearch = () => useListChange(lists.saveSearch);
export const useUpdateSavedSearch = () =>
  useListChange(({ id, ...body }: { id: string; name?: string; alerts?: boolean }) =>
    lists.updateSavedSearch(id, body),
  );
export const useDeleteSavedSearch = () => useListChange(lists.deleteSavedSearch);
