import type { ClearanceLevel } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';

export function completenessSeverity(score: number): 'success' | 'info' | 'warning' {
  if (score >= 80) return 'success';
  if (score >= 50) return 'info';
  return 'warning';
}

export function CompletenessBadge({ score, small = true }: { score: number; small?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small={small} noIcon severity={completenessSeverity(score)}>
      {t('completeness.badge', { score })}
    </Badge>
  );
}

/** Nothing when `level` is null (the reader may not see it). */
export function ClearanceBadge({ level, small = true }: { level: ClearanceLevel | null; small?: boolean }) {
  const { t } = useTranslation();
  if (level === null) return null;
  if (level === 'NONE') {
    return (
      <Badge as="span" small={small} noIcon>
        {t('clearance.NONE')}
      </Badge>
    );
  }
  return (
    <Badge as="span" small={small} noIcon severity="new">
      {t(`clearance.${level}`)}
    </Badge>
  );
}
