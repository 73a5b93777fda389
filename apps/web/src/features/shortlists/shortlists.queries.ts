import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lists } from '../../api/client';

export const shortlistKeys = {
  one: (opportunityId: string) => ['shortlists', 'one', opportunityId] as const,
  targets: ['shortlists', 'targets'] as const,
};

export function useShortlist(opportunityId: string) {
  return useQuery({
    queryKey: shortlistKeys.one(opportunityId),
    queryFn: ({ signal }) => lists.shortlist(opportunityId, signal),
  });
}

/** Where a buyer (or staff) can add a supplier from search. */
export function useShortlistTargets(enabled: boolean) {
  return useQuery({
    queryKey: shortlistKeys.targets,
    queryFn: ({ signal }) => lists.shortlistTargets(signal),
    enabled,
  });
}

/** Adds a supplier to an opportunity's shortlist, or takes it off; both lists are asked again. */
export function useToggleShortlisted() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      opportunityId,
      supplierId,
      on,
    }: {
      opportunityId: string;
      supplierId: string;
      on: boolean;
    }) => {
      if (on) await lists.addToShortlist(opportunityId, supplierId);
      else await lists.removeFromShortlist(opportunityId, supplierId);
    },
    onSuccess: (_data, { opportunityId }) => {
      void client.invalidateQueries({ queryKey: shortlistKeys.one(opportunityId) });
      void client.invalidateQueries({ queryKey: shortlistKeys.targets });
    },
  });
}

export function useRequestIntroduction() {
  return useMutation({ mutationFn: lists.requestIntroduction });
}
