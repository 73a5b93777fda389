import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorStatus, INTERCHANGE_KINDS, type InterchangeKind } from '../../api/client';
import { ErrorAlert } from '../../shared/QueryStatus';
import { testId } from '../../shared/testId';
import { usePageTitle } from '../../shared/usePageTitle';
import { ExportLinks } from './ExportLinks';
import { ImportReportView } from './ImportReportView';
import { INTERCHANGE_KIND_INFO } from './interchange-kinds';

const ACCEPTED = /\.(jsonl|csv)$/i;

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const client = useQueryClient();
  const [kind, setKind] = useState<InterchangeKind>('suppliers');
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (v: { kind: InterchangeKind; file: File }) => api.importFile(v.kind, v.file),
    onSuccess: (_report, v) =>
      void client.invalidateQueries({ queryKey: INTERCHANGE_KIND_INFO[v.kind].queryKey }),
  });

  const tooLarge = upload.isError && errorStatus(upload.error) === 413;

  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="fr-text--lead">{t('import.lead')}</p>

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-7">
          <section aria-labelledby="import-title" className="bitd-panel">
            <h2 id="import-title" className="fr-h4">
              {t('import.uploadTitle')}
            </h2>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (!file) {
                  setFileProblem(t('import.noFile'));
                  return;
                }
                upload.mutate({ kind, file });
              }}
            >
              <RadioButtons
                legend={t('import.kindLegend')}
                name="kind"
                options={INTERCHANGE_KINDS.map((k) => ({
                  label: t(`import.kinds.${k}.label`),
                  hintText: t(`import.kinds.${k}.hint`),
                  nativeInputProps: {
                    value: k,
                    checked: kind === k,
                    onChange: () => {
                      // A report on screen was for the other kind.
                      upload.reset();
                      setKind(k);
                    },
                    ...testId(`import-kind-${k}`),
                  },
                }))}
              />
              <div className="fr-text--sm" data-testid="import-format-help">
                <p className="fr-mb-1w">{t(`import.kinds.${kind}.formats`)}</p>
                <p className="fr-mb-3w">
                  {t('import.csvColumns')}{' '}
                  <code className="bitd-csv-columns">{INTERCHANGE_KIND_INFO[kind].csvColumns.join(',')}</code>
                </p>
              </div>
              <Upload
                label={t(`import.kinds.${kind}.fileLabel`)}
                hint={t('import.fileHint')}
                state={fileProblem ? 'error' : 'default'}
                stateRelatedMessage={
                  fileProblem ? <span data-testid="error-file">{fileProblem}</span> : undefined
                }
                nativeInputProps={{
                  name: 'file',
                  accept: '.jsonl,.csv',
                  'aria-invalid': fileProblem ? true : undefined,
                  onChange: (e) => {
                    const f = e.target.files?.[0] ?? null;
                    upload.reset();
                    setFile(f);
                    setFileProblem(f && !ACCEPTED.test(f.name) ? t('import.badExtension') : null);
                  },
                }}
              />
              <Button
                className="fr-mt-3w"
                type="submit"
                iconId="fr-icon-upload-line"
                disabled={upload.isPending || (file !== null && fileProblem !== null)}
                nativeButtonProps={{ 'data-testid': 'import-submit', 'aria-busy': upload.isPending }}
              >
                {upload.isPending ? t('import.uploading') : t('import.submit')}
              </Button>
            </form>
          </section>
        </div>
        <div className="fr-col-12 fr-col-lg-5">
          {INTERCHANGE_KINDS.map((k) => (
            <ExportLinks key={k} kind={k} />
          ))}
        </div>
      </div>

      <div className="fr-mt-6w" aria-live="polite">
        {upload.isPending && (
          <p role="status" className="bitd-loading">
            {t('import.uploadingLong', { name: file?.name ?? '' })}
          </p>
        )}
        {tooLarge && (
          <Alert
            severity="error"
            role="alert"
            title={t('import.tooLargeTitle')}
            description={t('import.tooLarge')}
          />
        )}
        {upload.isError && !tooLarge && <ErrorAlert error={upload.error} title={t('import.failed')} />}
        {upload.data && upload.variables && (
          <ImportReportView
            report={upload.data}
            kind={upload.variables.kind}
            fileName={upload.variables.file.name}
          />
        )}
      </div>
    </>
  );
}
