import type { IntroductionListQuery, IntroductionView } from '@bitd/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { introductionsApi } from './introductions.api';

export const introductionKeys = {
  all: ['introductions'] as const,
  list: (params: Partial<IntroductionListQuery>) => ['introductions', 'list', params] as const,
  detail: (id: string) => ['introductions', 'detail', id] as const,
};

export function useIntroductions(params: Partial<IntroductionListQuery>) {
  return useQuery({
    queryKey: introductionKeys.list(params),
    queryFn: ({ signal }) => introductionsApi.list(params, signal),
  });
}

export function useIntroduction(id: string) {
  return useQuery({
    queryKey: introductionKeys.detail(id),
    queryFn: ({ signal }) => introductionsApi.get(id, signal),
  });
}

/**
 * A change to one introduction: the answer (the introduction as it now is) replaces the detail,
 * and every list is asked again.
 */
export function useIntroductionChange<A>(run: (args: A) => Promise<IntroductionView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (view) => {
      client.setQueryData(introductionKeys.detail(view.id), view);
      void client.invalidateQueries({ queryKey: [...introductionKeys.all, 'list'] });
    },
  });
}
