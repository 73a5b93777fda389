import { Button } from '@codegouvfr/react-dsfr/Button';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/QueryStatus';
import { useFollow, usePortfolio, useWatch, useWatched } from './follows.queries';

/** A pressed/unpressed button over a follow or watch, with the API's refusal under it. */
function ToggleButton({
  on,
  loading,
  mutation,
  labels,
  testId,
  onToggle,
}: {
  on: boolean;
  loading: boolean;
  mutation: Pick<UseMutationResult<unknown, Error, never>, 'isPending' | 'isError' | 'error'>;
  labels: { on: string; off: string };
  testId: string;
  onToggle: (on: boolean) => void;
}) {
  const message = useErrorMessage();
  return (
    <span>
      <Button
        priority={on ? 'secondary' : 'primary'}
        iconId={on ? 'fr-icon-check-line' : 'fr-icon-eye-line'}
        disabled={loading || mutation.isPending}
        nativeButtonProps={{ 'aria-pressed': on, 'data-testid': testId }}
        onClick={() => onToggle(!on)}
      >
        {on ? labels.on : labels.off}
      </Button>
      {mutation.isError && (
        <span className="fr-error-text" role="alert">
          {message(mutation.error)}
        </span>
      )}
    </span>
  );
}

/** « Suivre cette entreprise » on a profile (region agents): adds it to their portfolio. */
export function FollowSupplierButton({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const portfolio = usePortfolio();
  const follow = useFollow();
  const on = portfolio.data?.suppliers.some((s) => s.supplier.id === supplierId) ?? false;
  return (
    <ToggleButton
      on={on}
      loading={portfolio.isPending}
      mutation={follow}
      labels={{ on: t('lists.follow.following'), off: t('lists.follow.follow') }}
      testId="follow-supplier"
      onToggle={(next) => follow.mutate({ supplierId, on: next })}
    />
  );
}

/** « Suivre cette opportunité » on an opportunity (anyone signed in who sees it). */
export function WatchOpportunityButton({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const watched = useWatched();
  const watch = useWatch();
  const on = watched.data?.opportunities.some((o) => o.opportunity.id === opportunityId) ?? false;
  return (
    <ToggleButton
      on={on}
      loading={watched.isPending}
      mutation={watch}
      labels={{ on: t('lists.watch.watching'), off: t('lists.watch.watch') }}
      testId="watch-opportunity"
      onToggle={(next) => watch.mutate({ opportunityId, on: next })}
    />
  );
}
