import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../shared/format';
import { Meter } from '../../../shared/Meter';
import { useLang } from '../../../shared/useLang';

function scoreLevel(score: number): 'success' | 'info' | 'warning' {
  if (score >= 70) return 'success';
  if (score >= 40) return 'info';
  return 'warning';
}

/** Score out of 100 (as a meter) and the share of the needs covered, both written out. */
export function MatchScore({ score, coverage, label }: { score: number; coverage: number; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const value = Math.round(Math.max(0, Math.min(100, score)));
  return (
    <div className="bitd-score" data-testid="match-score" data-score={value}>
      <p className="fr-mb-1v">
        <strong>{t('matching.score', { score: value })}</strong>
        <span className="bitd-muted">
          {' '}
          · {t('matching.coverage', { share: formatShare(coverage, lang) })}
        </span>
      </p>
      <Meter value={value} level={scoreLevel(value)} label={label ?? t('matching.scoreLabel')} />
    </div>
  );
}
