import { SAVED_SEARCH_NAME_MAX } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useErrorMessage } from '../../shared/QueryStatus';
import { useSaveSearch } from './saved-searches.queries';

/** « Enregistrer cette recherche »: a name and alerts for the search the page shows now. */
export function SaveSearchForm({ query, suggestedName }: { query: string; suggestedName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [alerts, setAlerts] = useState(true);
  const save = useSaveSearch();
  const message = useErrorMessage();
  const nameError =
    save.error instanceof ApiError ? save.error.body.errors?.find((e) => e.field === 'name') : undefined;

  if (!open) {
    return (
      <div className="fr-mb-2w">
        {save.isSuccess && (
          <Alert
            className="fr-mb-1w"
            small
            severity="success"
            description={t('lists.savedSearch.saved')}
            data-testid="saved-search-done"
          />
        )}
        <Button
          size="small"
          priority="secondary"
          iconId="fr-icon-save-line"
          nativeButtonProps={{ 'data-testid': 'save-search-open' }}
          onClick={() => {
            setName(suggestedName.slice(0, SAVED_SEARCH_NAME_MAX));
            save.reset();
            setOpen(true);
          }}
        >
          {t('lists.savedSearch.save')}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="bitd-panel fr-mb-2w"
      aria-label={t('lists.savedSearch.save')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ name, query, alerts }, { onSuccess: () => setOpen(false) });
      }}
    >
      <Input
        label={t('lists.savedSearch.name')}
        state={nameError ? 'error' : 'default'}
        stateRelatedMessage={
          nameError ? t('lists.savedSearch.nameError', { max: SAVED_SEARCH_NAME_MAX }) : undefined
        }
        nativeInputProps={{
          name: 'name',
          value: name,
          maxLength: SAVED_SEARCH_NAME_MAX,
          required: true,
          onChange: (e) => setName(e.currentTarget.value),
        }}
      />
      <Checkbox
        small
        options={[
          {
            label: t('lists.savedSearch.alerts'),
            hintText: t('lists.savedSearch.alertsHint'),
            nativeInputProps: {
              name: 'alerts',
              checked: alerts,
              onChange: (e) => setAlerts(e.currentTarget.checked),
            },
          },
        ]}
      />
      {save.isError && !nameError && (
        <Alert className="fr-mb-2w" small severity="error" description={message(save.error)} />
      )}
      <div className="bitd-actions">
        <Button
          size="small"
          type="submit"
          disabled={save.isPending}
          nativeButtonProps={{ 'data-testid': 'save-search-submit' }}
        >
          {t('lists.savedSearch.submit')}
        </Button>
        <Button size="small" priority="tertiary" type="button" onClick={() => setOpen(false)}>
          {t('lists.cancel')}
        </Button>
      </div>
    </form>
  );
}
