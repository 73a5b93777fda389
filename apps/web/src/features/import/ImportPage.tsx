import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorStatus } from '../../api/client';
import { ErrorAlert } from '../../shared/QueryStatus';
import { usePageTitle } from '../../shared/usePageTitle';
import { ExportLinks } from './ExportLinks';
import { ImportReportView } from './ImportReportView';

const ACCEPTED = /\.(jsonl|csv)$/i;

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('import.title'));
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => api.importSuppliers(f),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['suppliers'] }),
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
                upload.mutate(file);
              }}
            >
              <Upload
                label={t('import.fileLabel')}
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
          <ExportLinks />
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
        {upload.data && <ImportReportView report={upload.data} fileName={file?.name ?? ''} />}
      </div>
    </>
  );
}
