import type { SupplierView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SupplierBody } from '../../../api/client';
import { ErrorSummary } from '../../../shared/form/ErrorSummary';
import { StaleAlert } from '../../../shared/form/StaleAlert';
import { useFocusOnFailure } from '../../../shared/form/useFocusOnFailure';
import { useServerErrors } from '../../../shared/form/useServerErrors';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { AddressFields } from './AddressFields';
import { CapabilitiesFields } from './CapabilitiesFields';
import { CertificationsFields, ClearanceField } from './CertificationsFields';
import { createBody, updateBody, type SupplierFormValues } from './form-model';
import { IdentityFields } from './IdentityFields';
import { fieldLabel } from './paths';
import { ContactsFields, ReferencesFields } from './ReferencesContactsFields';
import { ConflictAlert } from './SaveAlerts';
import { classifySupplierSaveError, type SaveProblem } from './save-outcome';

interface Props {
  mode: 'create' | 'edit';
  initial: SupplierFormValues;
  save: (body: SupplierBody) => Promise<SupplierView>;
  onSaved: (saved: SupplierView) => void;
  /** Edit with nothing changed: no request, just leave. */
  onUnchanged: () => void;
  /** Edit only: start again from the stored profile after a version conflict. */
  onReload?: () => void;
  cancelTo: string;
  labelledBy: string;
}

export function SupplierForm(props: Props) {
  const { mode, initial, save, onSaved, onUnchanged, onReload, cancelTo, labelledBy } = props;
  const { t } = useTranslation();
  // What the form started from (a refetch while editing must not move the PATCH baseline).
  const [baseline] = useState(initial);
  const form = useForm<SupplierFormValues>({
    defaultValues: baseline,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false, // the error summary takes focus instead, and links to each field
  });
  const { handleSubmit, formState } = form;
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // Each API error next to its input; the ones without an input stay in the summary only.
  const serverErrors = useServerErrors(form);
  // After a failed attempt, focus moves to what explains it, once it is on screen.
  const { alertRef, summaryRef, failed } = useFocusOnFailure();

  const onValid = async (values: SupplierFormValues) => {
    setProblem(null);
    serverErrors.clear();
    const body = mode === 'create' ? createBody(values) : updateBody(values, baseline);
    if (mode === 'edit' && Object.keys(body).length === 0) {
      onUnchanged();
      return;
    }
    try {
      onSaved(await save(body));
      return;
    } catch (e) {
      const p = classifySupplierSaveError(e);
      setProblem(p);
      if (p.kind === 'fields' || p.kind === 'conflict') serverErrors.show(p.errors);
    }
    failed();
  };

  const { summary } = serverErrors;

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-labelledby={labelledBy}
        data-testid="supplier-form"
        onSubmit={handleSubmit(onValid, failed)}
      >
        <div ref={alertRef} tabIndex={-1} className="bitd-focus-target">
          {problem?.kind === 'conflict' && <ConflictAlert conflict={problem.conflict} />}
          {problem?.kind === 'stale' && (
            <StaleAlert i18nPrefix="editor" reloadTestId="reload-supplier" onReload={onReload} />
          )}
          {problem?.kind === 'other' && <ErrorAlert error={problem.error} title={t('editor.saveFailed')} />}
        </div>
        {summary.length > 0 && formState.submitCount > 0 && (
          <ErrorSummary
            ref={summaryRef}
            items={summary}
            labelOf={(path) => fieldLabel(t, path)}
            recordLabel={t('editor.wholeRecord')}
          />
        )}

        <p className="fr-text--sm bitd-muted">{t('editor.requiredNote')}</p>

        <IdentityFields />
        <AddressFields />
        <CapabilitiesFields />
        <CertificationsFields />
        <ClearanceField />
        <ReferencesFields />
        <ContactsFields />

        <div className="bitd-form-actions">
          <Button
            type="submit"
            iconId="fr-icon-save-line"
            disabled={formState.isSubmitting}
            nativeButtonProps={{ 'data-testid': 'save-supplier', 'aria-busy': formState.isSubmitting }}
          >
            {formState.isSubmitting
              ? t('editor.saving')
              : mode === 'create'
                ? t('editor.create')
                : t('editor.save')}
          </Button>
          <Button priority="secondary" linkProps={{ to: cancelTo }}>
            {t('editor.cancel')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
