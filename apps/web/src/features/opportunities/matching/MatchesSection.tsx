import type { OpportunityMatchesView, SupplierMatchView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { ErrorAlert, Loading } from '../../../shared/QueryStatus';
import { Section } from '../../../shared/Section';
import { useLang } from '../../../shared/useLang';
import { useOpportunityMatches } from '../opportunities.queries';
import { ShortlistPanel } from '../../shortlists/ShortlistPanel';
import { useShortlist } from '../../shortlists/shortlists.queries';
import { ShortlistToggle } from '../../shortlists/ShortlistToggle';
import { NeedsList } from './NeedsList';
import { SupplierMatchItem } from './SupplierMatchItem';

/** Matches shown before "show all" (the API ranks them all). */
const FIRST_MATCHES = 10;

/** The ranked suppliers of an opportunity, with the needs the matcher read and why each one fits. */
export function MatchesSection({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const query = useOpportunityMatches(opportunityId);
  const data = query.data;

  return (
    <Section id="opportunity-matches" title={t('matching.title')}>
      <p className="fr-text--sm bitd-muted">{t('matching.intro')}</p>
      <ShortlistPanel opportunityId={opportunityId} />
      {query.isPending && <Loading label={t('matching.loading')} />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.status === 'pending' && (
        <p className="bitd-loading" role="status" aria-live="polite" data-testid="matches-pending">
          <span className="fr-icon-refresh-line bitd-spin" aria-hidden="true" /> {t('matching.pending')}
        </p>
      )}
      {data && data.status === 'ready' && <ReadyMatches data={data} opportunityId={opportunityId} />}
    </Section>
  );
}

function ReadyMatches({ data, opportunityId }: { data: OpportunityMatchesView; opportunityId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [showAll, setShowAll] = useState(false);
  const shortlist = useShortlist(opportunityId);
  const shortlisted = new Set(shortlist.data?.entries.map((e) => e.supplier.id));
  const toggle = (m: SupplierMatchView) => (
    <ShortlistToggle
      opportunityId={opportunityId}
      supplierId={m.supplier.id}
      name={m.supplier.name}
      shortlisted={shortlisted.has(m.supplier.id)}
    />
  );
  const summary = data.summary[lang] || data.summary.fr;
  const shown = showAll ? data.matches : data.matches.slice(0, FIRST_MATCHES);
  const hidden = data.matches.length - shown.length;
  // Near misses stand beside the eligible matches on a wide screen, below them on a narrow one.
  const beside = data.eligibleCount > 0 && data.nearMisses.length > 0;

  return (
    <div data-testid="matches-ready" data-eligible={data.eligibleCount}>
      <h3 className="fr-h6 fr-mb-1w">{t('matching.needsTitle')}</h3>
      <p className="fr-text--sm bitd-muted fr-mb-1w">{t('matching.needsIntro')}</p>
      <NeedsList data={data} opportunityId={opportunityId} />

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className={beside ? 'fr-col-12 fr-col-lg-7' : 'fr-col-12'}>
          <h3 className="fr-h6 fr-mt-4w fr-mb-1w">{t('matching.rankingTitle')}</h3>
          {data.eligibleCount === 0 ? (
            <Alert
              className="fr-mb-3w"
              severity="info"
              as="h4"
              title={t('matching.noneEligible')}
              description={<span data-testid="matches-summary">{summary}</span>}
            />
          ) : (
            <>
              <p className="fr-mb-1w" role="status">
                {t('matching.eligibleCount', { count: data.eligibleCount })}
              </p>
              {summary && (
                <p className="fr-text--sm fr-mb-2w" data-testid="matches-summary">
                  {summary}
                </p>
              )}
            </>
          )}

          {shown.length > 0 && (
            <ol className="bitd-match-list" aria-label={t('matching.rankingTitle')}>
              {shown.map((m) => (
                <SupplierMatchItem
                  key={m.supplier.id}
                  match={m}
                  action={toggle(m)}
                  opportunityId={opportunityId}
                />
              ))}
            </ol>
          )}
          {hidden > 0 && (
            <Button
              className="fr-mt-2w"
              priority="secondary"
              size="small"
              iconId="fr-icon-arrow-down-s-line"
              onClick={() => setShowAll(true)}
            >
              {t('matching.showAll', { count: data.matches.length })}
            </Button>
          )}
        </div>
        {data.nearMisses.length > 0 && (
          <div className={beside ? 'fr-col-12 fr-col-lg-5' : 'fr-col-12'} data-testid="near-misses-panel">
            <h3 className="fr-h6 fr-mt-4w fr-mb-1w">{t('matching.nearMissesTitle')}</h3>
            <p className="fr-text--sm bitd-muted">
              {data.eligibleCount === 0 ? t('matching.nearMissesIntro') : t('matching.nearMissesBeside')}
            </p>
            {data.ruledOut.length > 0 && (
              <p className="fr-text--sm" data-testid="ruled-out">
                <span className="fr-icon-filter-line fr-icon--sm" aria-hidden="true" />{' '}
                {t('matching.ruledOutMost', {
                  requirement: data.ruledOut[0].label[lang] || data.ruledOut[0].label.fr,
                  count: data.ruledOut[0].suppliers,
                })}
              </p>
            )}
            <ol
              className="bitd-match-list"
              aria-label={t('matching.nearMissesTitle')}
              data-testid="near-misses"
            >
              {data.nearMisses.map((m) => (
                <SupplierMatchItem
                  key={m.supplier.id}
                  match={m}
                  lacking
                  action={toggle(m)}
                  opportunityId={opportunityId}
                />
              ))}
            </ol>
          </div>
        )}
      </div>

      {data.computedAt && (
        <p className="fr-text--xs bitd-muted fr-mt-2w">
          {t('matching.computedAt', { date: formatDateTime(data.computedAt, lang) })}
        </p>
      )}
    </div>
  );
}
