import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format';
import { QueryStates } from '../../shared/QueryStatus';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { KindBadge, StatusBadge } from '../opportunities/OpportunityBadges';
import { useWatch, useWatched } from './follows.queries';

/** « Mes opportunités suivies »: nearest deadline first. */
export function WatchedOpportunitiesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useWatched();
  const unwatch = useWatch();
  usePageTitle(t('lists.watch.title'));
  const items = query.data?.opportunities ?? [];

  return (
    <>
      <h1>{t('lists.watch.title')}</h1>
      <p className="fr-text--lead">{t('lists.watch.lead')}</p>
      <QueryStates query={query} isEmpty={items.length === 0} empty={<p>{t('lists.watch.empty')}</p>} />
      <ul className="bitd-hit-list" aria-label={t('lists.watch.title')}>
        {items.map(({ opportunity: o }) => (
          <li key={o.id} className="bitd-hit" data-testid="watched-opportunity">
            <div className="bitd-results-head">
              <h2 className="fr-h6 fr-mb-1v">
                <Link className="bitd-hit__link" to={`/opportunites/${encodeURIComponent(o.id)}`}>
                  {o.title}
                </Link>
              </h2>
              <Button
                size="small"
                priority="tertiary no outline"
                iconId="fr-icon-close-line"
                disabled={unwatch.isPending}
                nativeButtonProps={{ 'aria-label': t('lists.watch.stopOf', { title: o.title }) }}
                onClick={() => unwatch.mutate({ opportunityId: o.id, on: false })}
              >
                {t('lists.watch.stop')}
              </Button>
            </div>
            <ul className="fr-badges-group fr-mb-1v">
              <li>
                <KindBadge kind={o.kind} />
              </li>
              <li>
                <StatusBadge status={o.status} />
              </li>
            </ul>
            <p className="fr-text--sm bitd-muted fr-mb-0">
              {o.issuer}
              {o.deadline ? ` · ${t('lists.deadline', { date: formatDate(o.deadline, lang) })}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
