import type { OpportunityStatus, OpportunityView } from '@bitd/domain';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OpportunityBody } from '../../../api/client';
import { ErrorSummary } from '../../../shared/form/ErrorSummary';
import { StaleAlert } from '../../../shared/form/StaleAlert';
import { classifySaveError, type SaveProblem } from '../../../shared/form/save-outcome';
import { useFocusOnFailure } from '../../../shared/form/useFocusOnFailure';
import { inputPathOf, useServerErrors } from '../../../shared/form/useServerErrors';
import { ErrorAlert } from '../../../shared/QueryStatus';
import { testId } from '../../../shared/testId';
import { createBody, updateBody, type OpportunityFormValues, type SaveIntent } from './form-model';
import { GeneralFields, PublicationFields } from './GeneralFields';
import { LocationFields } from './LocationFields';
import { opportunityFieldLabel } from './paths';
import { RequiredCapabilitiesFields } from './RequiredCapabilitiesFields';
import { RequirementsFields } from './RequirementsFields';

/** API paths about a whole part of the form: shown at the top of that part. */
const SECTION_PATHS = ['requiredCapabilities', 'location'] as const;
type SectionPath = (typeof SECTION_PATHS)[number];
const isSectionPath = (field: string): field is SectionPath =>
  (SECTION_PATHS as readonly string[]).includes(field);

/** How the form saves: create (as draft or published), or change a stored opportunity. */
export type OpportunitySave =
  | { mode: 'create'; create: (body: OpportunityBody) => Promise<OpportunityView> }
  | {
      mode: 'edit';
      status: OpportunityStatus;
      /** PATCH with the version the editor holds (If-Match). */
      update: (body: OpportunityBody) => Promise<OpportunityView>;
      publish: () => Promise<OpportunityView>;
      /** Start again from the stored opportunity after a version conflict. */
      onReload: () => void;
    };

interface Props {
  save: OpportunitySave;
  initial: OpportunityFormValues;
  onSaved: (saved: OpportunityView) => void;
  /** Edit with nothing changed and nothing to publish: no request, just leave. */
  onUnchanged: () => void;
  cancelTo: string;
  labelledBy: string;
}

export function OpportunityForm({ save, initial, onSaved, onUnchanged, cancelTo, labelledBy }: Props) {
  const { t } = useTranslation();
  // What the stored opportunity holds, as form values: the PATCH baseline (moves after a save).
  const baseline = useRef(initial);
  // Which button sent the form: a ref for the submit handler, state for the button's busy label.
  const intent = useRef<SaveIntent>('draft');
  const [clicked, setClicked] = useState<SaveIntent>('draft');
  const form = useForm<OpportunityFormValues>({
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false, // the error summary takes focus instead, and links to each field
  });
  const { handleSubmit, formState } = form;
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const { alertRef, summaryRef, failed } = useFocusOnFailure();

  /** Each API error next to its input; the others at the top of their part, and in the summary. */
  const serverErrors = useServerErrors(form, {
    targetOf: (apiField) =>
      // The certification boxes are one field: a problem with any scheme is shown on the group.
      /^requiredCertifications(\[\d+\])?$/.test(apiField)
        ? 'requiredCertifications'
        : inputPathOf(form, apiField),
    linked: isSectionPath,
  });

  const onValid = async (values: OpportunityFormValues) => {
    setProblem(null);
    serverErrors.clear();
    try {
      let saved: OpportunityView | null = null;
      if (save.mode === 'create') {
        saved = await save.create(createBody(values, intent.current));
      } else {
        const body = updateBody(values, baseline.current);
        if (Object.keys(body).length > 0) {
          saved = await save.update(body);
          baseline.current = values;
        }
        if (intent.current === 'publish') saved = await save.publish();
      }
      if (saved) onSaved(saved);
      else onUnchanged();
      return;
    } catch (e) {
      const p = classifySaveError(e);
      setProblem(p);
      if (p.kind === 'fields') serverErrors.show(p.errors);
    }
    failed();
  };

  const { summary, unmapped } = serverErrors;
  const sectionErrors = (path: SectionPath) => unmapped.filter((e) => e.field === path).map((e) => e.message);

  const submitButton = (which: SaveIntent, label: string, primary: boolean) => (
    <Button
      type="submit"
      priority={primary ? 'primary' : 'secondary'}
      iconId={which === 'publish' ? 'fr-icon-send-plane-line' : 'fr-icon-save-line'}
      disabled={formState.isSubmitting}
      onClick={() => {
        intent.current = which;
        setClicked(which);
      }}
      nativeButtonProps={{
        ...testId(which === 'publish' ? 'publish-opportunity' : 'save-opportunity'),
        'aria-busy': formState.isSubmitting && clicked === which,
      }}
    >
      {formState.isSubmitting && clicked === which ? t('editor.saving') : label}
    </Button>
  );

  const canPublish = save.mode === 'create' || save.status === 'draft';

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-labelledby={labelledBy}
        data-testid="opportunity-form"
        // Built in the handler: onValid reads refs (the clicked button, the PATCH baseline).
        onSubmit={(e) => void handleSubmit(onValid, failed)(e)}
      >
        <div ref={alertRef} tabIndex={-1} className="bitd-focus-target">
          {problem?.kind === 'stale' && save.mode === 'edit' && (
            <StaleAlert
              i18nPrefix="opportunityEditor"
              reloadTestId="reload-opportunity"
              onReload={save.onReload}
            />
          )}
          {problem?.kind === 'other' && <ErrorAlert error={problem.error} title={t('editor.saveFailed')} />}
        </div>
        {summary.length > 0 && formState.submitCount > 0 && (
          <ErrorSummary
            ref={summaryRef}
            items={summary}
            labelOf={(path) => opportunityFieldLabel(t, path)}
            recordLabel={t('opportunityEditor.wholeRecord')}
          />
        )}

        <p className="fr-text--sm bitd-muted">{t('editor.requiredNote')}</p>

        <GeneralFields />
        <RequiredCapabilitiesFields sectionErrors={sectionErrors('requiredCapabilities')} />
        <RequirementsFields />
        <LocationFields sectionErrors={sectionErrors('location')} />
        <PublicationFields />

        <p className="fr-text--sm bitd-muted">
          {canPublish ? t('opportunityEditor.publishNote') : t('opportunityEditor.statusNote')}
        </p>
        <div className="bitd-form-actions">
          {save.mode === 'create' ? (
            <>
              {submitButton('draft', t('opportunityEditor.saveDraft'), false)}
              {submitButton('publish', t('opportunityEditor.publish'), true)}
            </>
          ) : save.status === 'draft' ? (
            <>
              {submitButton('draft', t('opportunityEditor.saveDraft'), false)}
              {submitButton('publish', t('opportunityEditor.saveAndPublish'), true)}
            </>
          ) : (
            submitButton('draft', t('editor.save'), true)
          )}
          <Button priority="tertiary" linkProps={{ to: cancelTo }}>
            {t('editor.cancel')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
