import type { FieldError, SupplierView } from '@bitd/domain';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, type SupplierBody } from '../../../api/client';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { AddressFields } from './AddressFields';
import { CapabilitiesFields } from './CapabilitiesFields';
import { CertificationsFields, ClearanceField } from './CertificationsFields';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { flattenErrors } from './flattenErrors';
import { createBody, updateBody, type SupplierFormValues } from './form-model';
import { IdentityFields } from './IdentityFields';
import { formPath } from './paths';
import { ContactsFields, ReferencesFields } from './ReferencesContactsFields';

export const SIRET_TAKEN = 'SUPPLIER_SIRET_TAKEN';

interface Props {
  mode: 'create' | 'edit';
  initial: SupplierFormValues;
  save: (body: SupplierBody) => Promise<SupplierView>;
  onSaved: (saved: SupplierView) => void;
  /** Edit with nothing changed: no request, just leave. */
  onUnchanged: () => void;
  cancelTo: string;
  labelledBy: string;
}

export function SupplierForm({ mode, initial, save, onSaved, onUnchanged, cancelTo, labelledBy }: Props) {
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
  const [unmapped, setUnmapped] = useState<FieldError[]>([]);
  const [conflictId, setConflictId] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempts === 0) return;
    const target = summaryRef.current ?? failureRef.current;
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [attempts]);

  const showServerErrors = (errors: FieldError[]) => {
    const rest: FieldError[] = [];
    for (const fe of errors) {
      const path = formPath(fe.field) as FieldPath<SupplierFormValues>;
      // Only leaves of the form have an input to show the message next to.
      if (fe.field && typeof getValues(path) === 'string') setError(path, { type: 'server', message: fe.message });
      else rest.push(fe);
    }
    setUnmapped(rest);
  };

  const onValid = async (values: SupplierFormValues) => {
    setUnmapped([]);
    setConflictId(null);
    setFailure(null);
    const body = mode === 'create' ? createBody(values) : updateBody(values, baseline);
    if (mode === 'edit' && Object.keys(body).length === 0) {
      onUnchanged();
      return;
    }
    try {
      onSaved(await save(body));
      return;
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.code === SIRET_TAKEN)) {
        const existing = e.body.details?.['existingId'];
        setConflictId(typeof existing === 'string' || typeof existing === 'number' ? String(existing) : null);
        setError('siret', { type: 'server', message: e.message });
        if (e.body.errors?.length) showServerErrors(e.body.errors.filter((fe) => fe.field !== 'siret'));
      } else if (e instanceof ApiError && e.body.errors?.length) {
        showServerErrors(e.body.errors);
      } else {
        setFailure(e);
      }
    }
    setAttempts((n) => n + 1);
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
        onSubmit={handleSubmit(onValid, () => setAttempts((n) => n + 1))}
        data-testid="supplier-form"
      >
        {conflictId !== null && (
          <Alert
            className="fr-mb-3w"
            severity="warning"
            title={t('editor.conflictTitle')}
            description={
              <>
                {t('editor.conflictText')}{' '}
                <Link className="fr-link" to={`/fournisseurs/${encodeURIComponent(conflictId)}`} data-testid="conflict-link">
                  {t('editor.conflictLink')}
                </Link>
              </>
            }
          />
        )}
        {summary.length > 0 && formState.submitCount > 0 && <ErrorSummary ref={summaryRef} items={summary} />}
        {failure !== null && (
          <div ref={failureRef} tabIndex={-1} className="bitd-focus-target">
            <ErrorAlert error={failure} title={t('editor.saveFailed')} />
          </div>
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
            {formState.isSubmitting ? t('editor.saving') : mode === 'create' ? t('editor.create') : t('editor.save')}
          </Button>
          <Button priority="secondary" linkProps={{ to: cancelTo }}>
            {t('editor.cancel')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
