import type { OpportunityKind, OpportunityStatus } from '@bitd/domain';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useTranslation } from 'react-i18next';

/** One accent colour per kind; the text always names it (colour is never the only signal). */
const KIND_CLASS: Record<OpportunityKind, string> = {
  subcontracting: 'fr-badge--blue-ecume',
  dual_research: 'fr-badge--purple-glycine',
  platform_access: 'fr-badge--green-menthe',
};

export function KindBadge({ kind, small = true }: { kind: OpportunityKind; small?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge as="span" small={small} noIcon className={KIND_CLASS[kind]}>
      {t(`opportunityKind.${kind}`, { defaultValue: kind })}
    </Badge>
  );
}

export function StatusBadge({ status, small = true }: { status: OpportunityStatus; small?: boolean }) {
  const { t } = useTranslation();
  const label = t(`opportunityStatus.${status}`, { defaultValue: status });
  if (status === 'published') {
    return (
      <Badge as="span" small={small} severity="success">
        {label}
      </Badge>
    );
  }
  if (status === 'draft') {
    return (
      <Badge as="span" small={small} noIcon severity="new">
        {label}
      </Badge>
    );
  }
  return (
    <Badge as="span" small={small} noIcon>
      {label}
    </Badge>
  );
}
