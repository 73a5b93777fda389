import type { ShortlistTargetView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/QueryStatus';
import { useToggleShortlisted } from './shortlists.queries';

/** On a search hit: add the supplier to the shortlist of one of the reader's opportunities. */
export function AddToShortlist({
  supplierId,
  name,
  targets,
}: {
  supplierId: string;
  name: string;
  targets: ShortlistTargetView[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState(targets[0]?.opportunityId ?? '');
  const add = useToggleShortlisted();
  const message = useErrorMessage();
  const chosen = targets.find((o) => o.opportunityId === target) ?? targets[0];
  if (!chosen) return null;
  const already = chosen.supplierIds.includes(supplierId);
  return (
    <div className="bitd-shortlist-add fr-mt-1w" data-testid="add-to-shortlist">
      <label className="fr-label fr-text--sm" htmlFor={id}>
        {t('lists.shortlist.addTo')}
      </label>
      <div className="bitd-actions">
        <select
          className="fr-select bitd-shortlist-add__select"
          id={id}
          value={chosen.opportunityId}
          onChange={(e) => setTarget(e.currentTarget.value)}
        >
          {targets.map((o) => (
            <option key={o.opportunityId} value={o.opportunityId}>
              {o.title}
            </option>
          ))}
        </select>
        <Button
          size="small"
          priority="secondary"
          iconId={already ? 'fr-icon-check-line' : 'fr-icon-add-line'}
          disabled={already || add.isPending}
          nativeButtonProps={{ 'aria-label': t('lists.shortlist.addOf', { name }) }}
          onClick={() => add.mutate({ opportunityId: chosen.opportunityId, supplierId, on: true })}
        >
          {t(already ? 'lists.shortlist.selected' : 'lists.shortlist.select')}
        </Button>
      </div>
      {add.isError && (
        <p className="fr-error-text" role="alert">
          {message(add.error)}
        </p>
      )}
    </div>
  );
}
