import { Button } from '@codegouvfr/react-dsfr/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../shared/format';
import { QueryStates } from '../../shared/QueryStatus';
import { useLang } from '../../shared/useLang';
import { usePageTitle } from '../../shared/usePageTitle';
import { useFollow, usePortfolio } from './follows.queries';

/** « Mon portefeuille »: the companies a region agent follows, each with its best current matches. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = usePortfolio();
  const unfollow = useFollow();
  usePageTitle(t('lists.portfolio.title'));
  const suppliers = query.data?.suppliers ?? [];

  return (
    <>
      <h1>{t('lists.portfolio.title')}</h1>
      <p className="fr-text--lead">{t('lists.portfolio.lead')}</p>
      <QueryStates
        query={query}
        isEmpty={suppliers.length === 0}
        empty={<p data-testid="portfolio-empty">{t('lists.portfolio.empty')}</p>}
      />
      <ul className="bitd-hit-list" aria-label={t('lists.portfolio.title')}>
        {suppliers.map((f) => (
          <li key={f.supplier.id} className="bitd-hit" data-testid="portfolio-supplier">
            <div className="bitd-results-head">
              <h2 className="fr-h6 fr-mb-1v">
                <Link className="bitd-hit__link" to={`/fournisseurs/${encodeURIComponent(f.supplier.id)}`}>
                  {f.supplier.name}
                </Link>
              </h2>
              <Button
                size="small"
                priority="tertiary no outline"
                iconId="fr-icon-close-line"
                disabled={unfollow.isPending}
                nativeButtonProps={{ 'aria-label': t('lists.follow.stopOf', { name: f.supplier.name }) }}
                onClick={() => unfollow.mutate({ supplierId: f.supplier.id, on: false })}
              >
                {t('lists.follow.stop')}
              </Button>
            </div>
            <p className="fr-text--sm bitd-muted fr-mb-1w">
              {f.supplier.city}
              {f.supplier.department ? ` (${f.supplier.department})` : ''} ·{' '}
              {t(`sizeBand.${f.supplier.sizeBand}`, { defaultValue: f.supplier.sizeBand })}
            </p>
            {f.bestMatches.length === 0 ? (
              <p className="fr-text--sm fr-mb-0">{t('lists.portfolio.noMatch')}</p>
            ) : (
              <>
                <p className="fr-text--sm bitd-strong fr-mb-1v">{t('lists.portfolio.bestMatches')}</p>
                <ul className="fr-text--sm fr-mb-0">
                  {f.bestMatches.map((m) => (
                    <li key={m.opportunity.id}>
                      <Link to={`/opportunites/${encodeURIComponent(m.opportunity.id)}`}>
                        {m.opportunity.title}
                      </Link>{' '}
                      <span className="bitd-muted">
                        {m.opportunity.issuer}
                        {m.opportunity.deadline
                          ? ` · ${t('lists.deadline', { date: formatDate(m.opportunity.deadline, lang) })}`
                          : ''}
                        {' · '}
                        {t('lists.shortlist.score', { score: formatNumber(Math.round(m.score), lang) })}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
