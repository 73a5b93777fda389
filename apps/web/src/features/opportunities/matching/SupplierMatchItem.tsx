import type { SupplierMatchView } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProposeIntroduction } from '../../introductions/ProposeIntroduction';
import { supplierUrl } from '../paths';
import { MatchCriteriaList } from './MatchCriteriaList';
import { MatchScore } from './MatchScore';

/**
 * One ranked supplier: rank, name (link to its profile), place, score and coverage, then why.
 * `lacking` (near misses): what it lacks first, then what fits. `action` goes beside the score
 * (the shortlist toggle). With `opportunityId`, agents propose an introduction and buyers ask for one.
 */
export function SupplierMatchItem({
  match: m,
  lacking = false,
  action,
  opportunityId,
}: {
  match: SupplierMatchView;
  lacking?: boolean;
  action?: ReactNode;
  opportunityId?: string;
}) {
  const { t } = useTranslation();
  const titleId = `match-${m.supplier.id}-title`;
  const missing = m.criteria.filter((c) => c.status !== 'met');
  const fitting = m.criteria.filter((c) => c.status === 'met');

  return (
    <li className="bitd-match" aria-labelledby={titleId} data-testid="supplier-match" data-rank={m.rank}>
      <div className="bitd-match__head">
        <div>
          <h4 className="fr-h6 fr-mb-1v" id={titleId}>
            <span className="bitd-match__rank">{t('matching.rank', { rank: m.rank })}</span>{' '}
            <Link className="bitd-hit__link" to={supplierUrl(m.supplier.id)}>
              {m.supplier.name}
            </Link>
          </h4>
          <p className="fr-text--sm fr-mb-1v bitd-muted">
            {m.supplier.city && (
              <>
                <span className="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true" /> {m.supplier.city}
                {m.supplier.department ? ` (${m.supplier.department})` : ''}
                {' · '}
              </>
            )}
            {t(`sizeBand.${m.supplier.sizeBand}`, { defaultValue: m.supplier.sizeBand })}
          </p>
          {!m.eligible && (
            <Badge as="span" small severity="warning">
              {t('matching.notEligible')}
            </Badge>
          )}
        </div>
        <div className="bitd-actions">
          <MatchScore
            score={m.score}
            coverage={m.coverage}
            label={t('matching.scoreOf', { name: m.supplier.name })}
          />
          {action}
        </div>
      </div>
      {lacking ? (
        <>
          {missing.length > 0 && (
            <>
              <p className="fr-text--sm bitd-strong fr-mb-1v">{t('matching.lacks')}</p>
              <MatchCriteriaList
                criteria={missing}
                label={t('matching.lacksOf', { name: m.supplier.name })}
              />
            </>
          )}
          {fitting.length > 0 && (
            <>
              <p className="fr-text--sm bitd-strong fr-mb-1v">{t('matching.fits')}</p>
              <MatchCriteriaList criteria={fitting} label={t('matching.fitsOf', { name: m.supplier.name })} />
            </>
          )}
        </>
      ) : (
        <MatchCriteriaList
          criteria={m.criteria}
          label={t('matching.criteriaOf', { name: m.supplier.name })}
        />
      )}
      {opportunityId && <ProposeIntroduction supplier={m.supplier} opportunityId={opportunityId} />}
    </li>
  );
}
