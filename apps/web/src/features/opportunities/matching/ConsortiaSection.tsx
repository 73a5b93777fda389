import type { ConsortiumView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../../shared/QueryStatus';
import { Section } from '../../../shared/Section';
import { useLang } from '../../../shared/useLang';
import { useOpportunityConsortia, useOpportunityMatches } from '../opportunities.queries';
import { supplierUrl } from '../paths';
import { MatchScore } from './MatchScore';

/** Teams for a dual research call: a lead and partners whose capabilities complete each other. */
export function ConsortiaSection({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation();
  const matches = useOpportunityMatches(opportunityId);
  const ready = matches.data?.status === 'ready';
  const query = useOpportunityConsortia(opportunityId, ready, matches.data?.computedAt ?? null);
  const data = query.data;
  const lang = useLang();

  return (
    <Section id="opportunity-consortia" title={t('consortia.title')}>
      <p className="fr-text--sm bitd-muted">{t('consortia.intro')}</p>
      {!ready && !matches.isError && (
        <p className="bitd-loading" role="status" aria-live="polite">
          <span className="fr-icon-refresh-line bitd-spin" aria-hidden="true" /> {t('consortia.waiting')}
        </p>
      )}
      {ready && query.isPending && <Loading label={t('consortia.loading')} />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data &&
        (data.consortia.length === 0 ? (
          <Alert
            severity="info"
            small
            description={
              <span data-testid="consortia-empty">
                {t('consortia.empty')} {data.reason ? data.reason[lang] || data.reason.fr : ''}
              </span>
            }
          />
        ) : (
          <>
            <p className="fr-text--sm">{t('consortia.maxMembers', { count: data.maxMembers })}</p>
            <ol className="bitd-match-list" data-testid="consortia">
              {data.consortia.map((c, i) => (
                <ConsortiumItem
                  key={c.members.map((m) => m.supplier.id).join('+')}
                  consortium={c}
                  n={i + 1}
                />
              ))}
            </ol>
          </>
        ))}
    </Section>
  );
}

function ConsortiumItem({ consortium: c, n }: { consortium: ConsortiumView; n: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `consortium-${n}-title`;
  // The lead first, then the partners in the API's order.
  const members = [
    ...c.members.filter((m) => m.role === 'lead'),
    ...c.members.filter((m) => m.role !== 'lead'),
  ];

  return (
    <li className="bitd-match" aria-labelledby={titleId} data-testid="consortium">
      <div className="bitd-match__head">
        <h3 className="fr-h6 fr-mb-1v" id={titleId}>
          {t('consortia.team', { n })}
        </h3>
        <MatchScore score={c.score} coverage={c.coverage} label={t('consortia.scoreOf', { n })} />
      </div>
      <ul className="bitd-members" aria-label={t('consortia.members')}>
        {members.map((m) => (
          <li key={m.supplier.id} className="bitd-member">
            <Badge as="span" small noIcon severity={m.role === 'lead' ? 'info' : undefined}>
              {t(`consortia.role.${m.role}`)}
            </Badge>{' '}
            <Link className="fr-link" to={supplierUrl(m.supplier.id)}>
              {m.supplier.name}
            </Link>
            {m.supplier.city && (
              <span className="fr-text--sm bitd-muted">
                {' '}
                · {m.supplier.city}
                {m.supplier.department ? ` (${m.supplier.department})` : ''}
              </span>
            )}
            <span className="bitd-block fr-text--sm fr-mb-0">
              {m.covers.length > 0
                ? t('consortia.covers', {
                    needs: m.covers.map((x) => x.label[lang] || x.label.fr).join(', '),
                  })
                : t('consortia.coversNothing')}
            </span>
          </li>
        ))}
      </ul>
      <p className="fr-text--sm fr-mt-1w fr-mb-0" data-testid="consortium-uncovered">
        {c.uncovered.length === 0 ? (
          <>
            <span className="fr-icon-check-line fr-icon--sm" aria-hidden="true" /> {t('consortia.allCovered')}
          </>
        ) : (
          <>
            <span className="fr-icon-warning-line fr-icon--sm" aria-hidden="true" />{' '}
            {t('consortia.uncovered', {
              needs: c.uncovered.map((x) => x.label[lang] || x.label.fr).join(', '),
            })}
          </>
        )}
      </p>
    </li>
  );
}
