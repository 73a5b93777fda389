import type { IntroductionStatus } from '@bitd/domain';
import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';

const SEVERITY: Partial<Record<IntroductionStatus, BadgeProps['severity']>> = {
  proposed: 'new',
  accepted: 'info',
  meeting_planned: 'info',
  contract: 'success',
  nda: 'success',
  consortium: 'success',
  no_go: 'warning',
  declined: 'error',
};

export function IntroductionStatusBadge({ status }: { status: IntroductionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      as="span"
      small
      noIcon
      severity={SEVERITY[status]}
      data-testid="introduction-status"
      data-status={status}
    >
      {t(`introductions.status.${status}`)}
    </Badge>
  );
}
