import { useTranslation } from 'react-i18next';
import { api, type ExportFormat } from '../../api/client';

const FORMATS: ExportFormat[] = ['jsonl', 'csv'];

/** Plain links: the browser downloads what the API streams (Content-Disposition). */
export function ExportLinks() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="export-title" className="bitd-panel">
      <h2 id="export-title" className="fr-h4">
        {t('import.exportTitle')}
      </h2>
      <p className="fr-text--sm">{t('import.exportText')}</p>
      <ul className="fr-links-group">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              className="fr-link fr-link--download"
              href={api.exportUrl(format)}
              download={`fournisseurs.${format}`}
              data-testid={`export-${format}`}
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
