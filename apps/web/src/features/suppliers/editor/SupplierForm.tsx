import type { FieldError, SupplierView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SupplierBody } from '../../../api/client';
import { ErrorSummary, type SummaryItem } from '../../../shared/form/ErrorSummary';
import { flattenErrors } from '../../../shared/form/flattenErrors';
import { formPath } from '../../../shared/form/paths';
import { useFocusOnFailure } from '../../../shared/form/useFocusOnFailure';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { AddressFields } from './AddressFields';
import { CapabilitiesFields } from './CapabilitiesFields';
import { CertificationsFields, ClearanceField } from './CertificationsFields';
import { createBody, updateBody, type SupplierFormValues } from './form-model';
import { IdentityFields } from './IdentityFields';
import { fieldLabel } from './paths';
import { ContactsFields, ReferencesFields } from './ReferencesContactsFields';
import { ConflictAlert, StaleAlert } from './SaveAlerts';
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
  const { handleSubmit, setError, getValues, formState } = form;
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [unmapped, setUnmapped] = useState<FieldError[]>([]);
  // After a failed attempt, focus moves to what explains it, once it is on screen.
  const { alertRef, summaryRef, failed } = useFocusOnFailure();

  /** Each API error next to its input; the ones without an input stay in the summary only. */
  const showServerErrors = (errors: FieldError[]) => {
    const rest: FieldError[] = [];
    for (const fe of errors) {
      const path = formPath(fe.field) as FieldPath<SupplierFormValues>;
      if (fe.field && typeof getValues(path) === 'string')
        setError(path, { type: 'server', message: fe.message });
      else rest.push(fe);
    }
    setUnmapped(rest);
  };

  const onValid = async (values: SupplierFormValues) => {
    setProblem(null);
    setUnmapped([]);
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
      if (p.kind === 'fields' || p.kind === 'conflict') showServerErrors(p.errors);
    }
    failed();
  };

  const summary: SummaryItem[] = [
    ...flattenErrors(formState.errors).map((e) => ({ ...e, linked: true })),
    ...unmapped.map((e) => ({ ...e, linked: false })),
  ];

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
          {problem?.kind === 'stale' && <StaleAlert onReload={onReload} />}
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
