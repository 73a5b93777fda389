import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lists } from '../../api/client';

export const followKeys = {
  portfolio: ['follows', 'portfolio'] as const,
  watched: ['follows', 'watched'] as const,
};

export function usePortfolio(enabled = true) {
  return useQuery({
    queryKey: followKeys.portfolio,
    queryFn: ({ signal }) => lists.portfolio(signal),
    enabled,
  });
}

export function useWatched(enabled = true) {
  return useQuery({ queryKey: followKeys.watched, queryFn: ({ signal }) => lists.watched(signal), enabled });
}

export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ supplierId, on }: { supplierId: string; on: boolean }) => lists.follow(supplierId, on),
    onSuccess: () => client.invalidateQueries({ queryKey: followKeys.portfolio }),
  });
}

export function useWatch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ opportunityId, on }: { opportunityId: string; on: boolean }) =>
      lists.watch(opportunityId, on),
    onSuccess: () => client.invalidateQueries({ queryKey: followKeys.watched }),
  });
}
