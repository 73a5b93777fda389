import type { SupplierSummaryView } from '@bitd/domain';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { useLang } from '../../../shared/useLang';
import { capabilityLabel } from '../../reference/cpv.queries';
import { ClearanceBadge, CompletenessBadge } from '../SupplierBadges';

/** At most this many capability codes per row; the profile shows them all. */
const CODES_PER_ROW = 3;

export function SupplierTable({
  items,
  caption,
  showClearance,
}: {
  items: SupplierSummaryView[];
  caption: string;
  /** Buyers and staff: other readers do not see the clearance level (the column is left out). */
  showClearance: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();

  const rows = items.map((s) => {
    const extra = s.capabilities.length - CODES_PER_ROW;
    return [
      <div key="name">
        <Link className="fr-link bitd-strong" to={`/fournisseurs/${encodeURIComponent(s.id)}`}>
          {s.name}
        </Link>
        <span className="bitd-block fr-text--xs fr-mb-0 bitd-muted">
          {t('directory.siret')} {s.siret}
        </span>
      </div>,
      <span key="city">
        {s.city}
        {s.department ? ` (${s.department})` : ''}
      </span>,
      s.capabilities.length === 0 ? (
        <span key="caps" className="bitd-muted">
          {t('common.none')}
        </span>
      ) : (
        <ul key="caps" className="bitd-cap-list">
          {s.capabilities.slice(0, CODES_PER_ROW).map((c, i) => {
            const label = capabilityLabel(c, lang);
            return (
              <li key={`${c.code}-${i}`}>
                <Tag as="span" small title={label ?? undefined}>
                  {c.code}
                </Tag>{' '}
                <span className="fr-text--xs bitd-muted">{label ?? ''}</span>
              </li>
            );
          })}
          {extra > 0 && (
            <li className="fr-text--xs bitd-muted">{t('directory.moreCodes', { count: extra })}</li>
          )}
        </ul>
      ),
      ...(showClearance ? [<ClearanceBadge key="clearance" level={s.clearance} />] : []),
      <CompletenessBadge key="completeness" score={s.completeness} />,
      <span key="updated" className="fr-text--sm">
        {formatDate(s.updatedAt, lang)}
      </span>,
    ];
  });

  return (
    <Table
      className="bitd-table"
      caption={caption}
      headers={[
        t('directory.columns.name'),
        t('directory.columns.city'),
        t('directory.columns.capabilities'),
        ...(showClearance ? [t('directory.columns.clearance')] : []),
        t('directory.columns.completeness'),
        t('directory.columns.updatedAt'),
      ]}
      data={rows}
    />
  );
}
