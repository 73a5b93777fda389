import type { NeedEdits, OpportunityView } from '@bitd/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type OpportunityBody, type OpportunityListParams } from '../../api/client';

/** How often the matches are asked again while the worker computes them. */
export const MATCHES_POLL_MS = 2_000;

export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: (params: OpportunityListParams) => ['opportunities', 'list', params] as const,
  detail: (id: string) => ['opportunities', 'detail', id] as const,
  matches: (id: string) => ['opportunities', 'matches', id] as const,
  consortia: (id: string, computedAt: string | null) =>
    ['opportunities', 'consortia', id, computedAt] as const,
  forSupplier: (supplierId: string) => ['opportunities', 'for-supplier', supplierId] as const,
};

export function useOpportunityList(params: OpportunityListParams) {
  return useQuery({
    queryKey: opportunityKeys.list(params),
    queryFn: ({ signal }) => api.listOpportunities(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKeys.detail(id),
    queryFn: ({ signal }) => api.getOpportunity(id, signal),
  });
}

/** Ranked matches, asked again every 2 s while the worker has not computed the current version. */
export function useOpportunityMatches(id: string) {
  return useQuery({
    queryKey: opportunityKeys.matches(id),
    queryFn: ({ signal }) => api.getOpportunityMatches(id, signal),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? MATCHES_POLL_MS : false),
  });
}

/**
 * Suggested consortia of a dual research call, once its matches are ready (they are built from
 * the same computation: a new `computedAt` asks for them again).
 */
export function useOpportunityConsortia(id: string, enabled: boolean, computedAt: string | null) {
  return useQuery({
    queryKey: opportunityKeys.consortia(id, computedAt),
    queryFn: ({ signal }) => api.getOpportunityConsortia(id, signal),
    enabled,
  });
}

/** The opportunities the matcher finds for one supplier. */
export function useSupplierOpportunities(supplierId: string) {
  return useQuery({
    queryKey: opportunityKeys.forSupplier(supplierId),
    queryFn: ({ signal }) => api.getSupplierMatches(supplierId, signal),
  });
}

/** After any write: the stored opportunity, and everything computed from it, is asked again. */
function useStoreOpportunity() {
  const client = useQueryClient();
  return (saved: OpportunityView) => {
    client.setQueryData(opportunityKeys.detail(saved.id), saved);
    void client.invalidateQueries({ queryKey: ['opportunities', 'list'] });
    void client.invalidateQueries({ queryKey: opportunityKeys.matches(saved.id) });
    void client.invalidateQueries({ queryKey: ['opportunities', 'consortia', saved.id] });
    void client.invalidateQueries({ queryKey: ['opportunities', 'for-supplier'] });
  };
}

export function useCreateOpportunity() {
  const store = useStoreOpportunity();
  return useMutation({
    mutationFn: (body: OpportunityBody) => api.createOpportunity(body),
    onSuccess: store,
  });
}

export function useUpdateOpportunity(id: string) {
  const store = useStoreOpportunity();
  return useMutation({
    mutationFn: ({ body, version }: { body: OpportunityBody; version?: number }) =>
      api.updateOpportunity(id, body, version),
    onSuccess: store,
  });
}

export function usePublishOpportunity(id: string) {
  const store = useStoreOpportunity();
  return useMutation({ mutationFn: () => api.publishOpportunity(id), onSuccess: store });
}

export function useCloseOpportunity(id: string) {
  const store = useStoreOpportunity();
  return useMutation({ mutationFn: () => api.closeOpportunity(id), onSuccess: store });
}

export function useSetOpportunityNeeds(id: string) {
  const store = useStoreOpportunity();
  return useMutation({
    mutationFn: (edits: NeedEdits) => api.setOpportunityNeeds(id, edits),
    onSuccess: store,
  });
}
