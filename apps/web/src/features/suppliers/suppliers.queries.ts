import type { SupplierView } from '@bitd/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SupplierBody, type SupplierListParams } from '../../api/client';

export const supplierKeys = {
  all: ['suppliers'] as const,
  list: (params: SupplierListParams) => ['suppliers', 'list', params] as const,
  detail: (id: string) => ['suppliers', 'detail', id] as const,
};

export function useSupplierList(params: SupplierListParams) {
  return useQuery({
    queryKey: supplierKeys.list(params),
    queryFn: ({ signal }) => api.listSuppliers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: supplierKeys.detail(id),
    queryFn: ({ signal }) => api.getSupplier(id, signal),
  });
}

function useStoreSupplier() {
  const client = useQueryClient();
  return (saved: SupplierView) => {
    client.setQueryData(supplierKeys.detail(saved.id), saved);
    void client.invalidateQueries({ queryKey: ['suppliers', 'list'] });
  };
}

export function useCreateSupplier() {
  const store = useStoreSupplier();
  return useMutation({ mutationFn: (body: SupplierBody) => api.createSupplier(body), onSuccess: store });
}

export function useUpdateSupplier(id: string) {
  const store = useStoreSupplier();
  return useMutation({
    mutationFn: ({ body, version }: { body: SupplierBody; version?: number }) =>
      api.updateSupplier(id, body, version),
    onSuccess: store,
  });
}

export function useDeleteSupplier(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.deleteSupplier(id),
    onSuccess: () => {
      client.removeQueries({ queryKey: supplierKeys.detail(id) });
      void client.invalidateQueries({ queryKey: ['suppliers', 'list'] });
    },
  });
}
