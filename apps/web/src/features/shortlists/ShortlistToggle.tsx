import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/QueryStatus';
import { useToggleShortlisted } from './shortlists.queries';

/** « Présélectionner » on a match: pressed while the supplier is on the opportunity's shortlist. */
export function ShortlistToggle({
  opportunityId,
  supplierId,
  name,
  shortlisted,
}: {
  opportunityId: string;
  supplierId: string;
  name: string;
  shortlisted: boolean;
}) {
  const { t } = useTranslation();
  const toggle = useToggleShortlisted();
  const message = useErrorMessage();
  return (
    <span className="bitd-shortlist-toggle">
      <Button
        size="small"
        priority={shortlisted ? 'primary' : 'secondary'}
        iconId={shortlisted ? 'fr-icon-check-line' : 'fr-icon-add-line'}
        disabled={toggle.isPending}
        nativeButtonProps={{
          'aria-pressed': shortlisted,
          'aria-label': t(shortlisted ? 'lists.shortlist.removeOf' : 'lists.shortlist.addOf', { name }),
          'data-testid': 'shortlist-toggle',
        }}
        onClick={() => toggle.mutate({ opportunityId, supplierId, on: !shortlisted })}
      >
        {t(shortlisted ? 'lists.shortlist.selected' : 'lists.shortlist.select')}
      </Button>
      {toggle.isError && (
        <span className="fr-error-text fr-mt-1v" role="alert">
          {message(toggle.error)}
        </span>
      )}
    </span>
  );
}
