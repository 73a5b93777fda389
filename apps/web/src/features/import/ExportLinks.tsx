import { useTranslation } from 'react-i18next';
import { api, type ExportFormat, type InterchangeKind } from '../../api/client';
import { INTERCHANGE_KIND_INFO } from './interchange-kinds';

const FORMATS: ExportFormat[] = ['jsonl', 'csv'];

/** Plain links: the browser downloads what the API streams (Content-Disposition). */
export function ExportLinks({ kind }: { kind: InterchangeKind }) {
  const { t } = useTranslation();
  const titleId = `export-${kind}-title`;
  return (
    <section aria-labelledby={titleId} className="bitd-panel fr-mb-3w">
      <h2 id={titleId} className="fr-h4">
        {t(`import.kinds.${kind}.exportTitle`)}
      </h2>
      <p className="fr-text--sm">{t(`import.kinds.${kind}.exportText`)}</p>
      <ul className="fr-links-group">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              className="fr-link fr-link--download"
              href={api.exportUrl(kind, format)}
              download={`${INTERCHANGE_KIND_INFO[kind].fileName}.${format}`}
              data-testid={`export-${kind}-${format}`}
            >
              {t(`import.export.${format}`)}
              <span className="fr-link__detail">{t(`import.exportDetail.${format}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
