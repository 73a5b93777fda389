import type { SavedSearchView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStates, useErrorMessage } from '../../shared/QueryStatus';
import { searchHref } from '../search/search-params';
import { useDeleteSavedSearch, useSavedSearches, useUpdateSavedSearch } from './saved-searches.queries';

/**
 * My saved searches: each reopens the search page as it was; rename, alerts on/off, delete.
 * With `limit` (beside the search filters), the newest ones and a link to them all.
 */
export function SavedSearchesList({
  headingLevel = 'h2',
  limit,
}: {
  headingLevel?: 'h2' | 'h3';
  limit?: number;
}) {
  const { t } = useTranslation();
  const query = useSavedSearches();
  const Heading = headingLevel;
  const items = query.data ?? [];
  return (
    <section aria-labelledby="saved-searches-title" className="fr-mb-4w" data-testid="saved-searches">
      <Heading id="saved-searches-title" className="fr-h6">
        {t('lists.savedSearch.title')}
      </Heading>
      <QueryStates
        query={query}
        isEmpty={items.length === 0}
        empty={<p className="fr-text--sm bitd-muted">{t('lists.savedSearch.empty')}</p>}
      />
      <ul className="bitd-plain-list">
        {items.slice(0, limit).map((s) => (
          <SavedSearchItem key={s.id} search={s} />
        ))}
      </ul>
      {limit !== undefined && items.length > limit && (
        <Link className="fr-link fr-text--sm" to="/mes-recherches">
          {t('lists.savedSearch.all', { count: items.length })}
        </Link>
      )}
    </section>
  );
}

function SavedSearchItem({ search: s }: { search: SavedSearchView }) {
  const { t } = useTranslation();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const message = useErrorMessage();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(s.name);
  const failed = update.error ?? remove.error;
  return (
    <li className="bitd-saved-search fr-mb-2w" data-testid="saved-search">
      {renaming ? (
        <form
          className="bitd-actions"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: s.id, name }, { onSuccess: () => setRenaming(false) });
          }}
        >
          <input
            className="fr-input bitd-saved-search__name"
            aria-label={t('lists.savedSearch.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button size="small" type="submit" disabled={update.isPending}>
            {t('lists.savedSearch.rename')}
          </Button>
        </form>
      ) : (
        <Link
          className="bitd-strong"
          to={searchHref(new URLSearchParams(s.query))}
          data-testid="saved-search-open"
        >
          {s.name}
        </Link>
      )}
      <div className="bitd-actions fr-mt-1v">
        <Button
          size="small"
          priority="tertiary no outline"
          iconId={s.alerts ? 'fr-icon-notification-3-fill' : 'fr-icon-notification-3-line'}
          disabled={update.isPending}
          nativeButtonProps={{
            'aria-pressed': s.alerts,
            'aria-label': t('lists.savedSearch.alertsOf', { name: s.name }),
          }}
          onClick={() => update.mutate({ id: s.id, alerts: !s.alerts })}
        >
          {t(s.alerts ? 'lists.savedSearch.alertsOn' : 'lists.savedSearch.alertsOff')}
        </Button>
        {!renaming && (
          <Button
            size="small"
            priority="tertiary no outline"
            iconId="fr-icon-edit-line"
            nativeButtonProps={{ 'aria-label': t('lists.savedSearch.renameOf', { name: s.name }) }}
            onClick={() => setRenaming(true)}
          >
            {t('lists.savedSearch.rename')}
          </Button>
        )}
        <Button
          size="small"
          priority="tertiary no outline"
          iconId="fr-icon-delete-line"
          disabled={remove.isPending}
          nativeButtonProps={{ 'aria-label': t('lists.savedSearch.deleteOf', { name: s.name }) }}
          onClick={() => remove.mutate(s.id)}
        >
          {t('lists.savedSearch.delete')}
        </Button>
      </div>
      {failed && (
        <p className="fr-error-text" role="alert">
          {message(failed)}
        </p>
      )}
    </li>
  );
}
