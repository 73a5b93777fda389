import type { MatchCriterion } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/useLang';

const SEVERITY = { met: 'success', partial: 'warning', unmet: 'error' } as const;

/**
 * The explanation of a match, one criterion a line, as the matcher wrote it. Each line says in
 * words whether the criterion is met, partly met or not met (a DSFR badge: text, icon and colour),
 * and marks the stated requirements (`hard` criteria).
 */
export function MatchCriteriaList({ criteria, label }: { criteria: MatchCriterion[]; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (criteria.length === 0) return null;
  return (
    <ul className="bitd-criteria" aria-label={label ?? t('matching.criteria')} data-testid="match-criteria">
      {criteria.map((c, i) => (
        <li
          key={`${c.criterion}-${i}`}
          className={`bitd-criterion bitd-criterion--${c.status}`}
          data-criterion={c.criterion}
          data-status={c.status}
        >
          <Badge as="span" small severity={SEVERITY[c.status]} className="bitd-criterion__status">
            {t(`matching.status.${c.status}`)}
          </Badge>
          <span className="bitd-criterion__text">
            {c.text[lang] || c.text.fr}
            {c.hard && <span className="fr-text--xs bitd-muted"> · {t('matching.hard')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
