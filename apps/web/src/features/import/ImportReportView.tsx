import type { ImportReport } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterchangeKind } from '../../api/client';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/useLang';
import { INTERCHANGE_KIND_INFO } from './interchange-kinds';

export function ImportReportView({
  report: r,
  kind,
  fileName,
}: {
  report: ImportReport;
  kind: InterchangeKind;
  fileName: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = [
    { key: 'rows', value: r.rows },
    { key: 'created', value: r.created },
    { key: 'updated', value: r.updated },
    { key: 'unchanged', value: r.unchanged },
    { key: 'rejected', value: r.rejected },
  ] as const;

  return (
    <section aria-labelledby="report-title" data-testid="import-report">
      <h2 id="report-title">{t('import.reportTitle')}</h2>
      <Alert
        className="fr-mb-3w"
        severity={r.rejected === 0 ? 'success' : r.rejected < r.rows ? 'warning' : 'error'}
        title={r.rejected === 0 ? t('import.allAccepted') : t('import.someRejected', { count: r.rejected })}
        description={t('import.summary', {
          name: fileName,
          format: r.format.toUpperCase(),
          rows: r.rows,
          seconds: formatNumber(Math.round(r.durationMs) / 1000, lang),
        })}
      />
      <dl className="bitd-stats">
        {counts.map((c) => (
          <div
            key={c.key}
            className={`bitd-stats__item bitd-stats__item--${c.key}`}
            data-testid={`import-${c.key}`}
          >
            <dt>{t(`import.counts.${c.key}`)}</dt>
            <dd>{formatNumber(c.value, lang)}</dd>
          </div>
        ))}
      </dl>

      {r.errors.length > 0 && (
        <Table
          className="fr-mt-4w bitd-table"
          caption={t('import.errorsCaption', { count: r.errors.length })}
          headers={[
            t('import.columns.line'),
            t('import.columns.externalId'),
            t('import.columns.field'),
            t('import.columns.message'),
          ]}
          data={r.errors.map((e) => [
            formatNumber(e.line, lang),
            e.externalId ? <code key="id">{e.externalId}</code> : '—',
            <code key="field">{e.field}</code>,
            e.message,
          ])}
        />
      )}
      {r.errors.length < r.rejected && (
        <p className="fr-text--sm bitd-muted">{t('import.errorsTruncated')}</p>
      )}
      <p className="fr-mt-3w">
        <Link
          className="fr-link fr-icon-arrow-right-line fr-link--icon-right"
          to={INTERCHANGE_KIND_INFO[kind].listUrl}
          data-testid="import-see-list"
        >
          {t(`import.kinds.${kind}.seeList`)}
        </Link>
      </p>
    </section>
  );
}
