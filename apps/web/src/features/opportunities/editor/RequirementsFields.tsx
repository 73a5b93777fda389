import { CERTIFICATION_LABELS, CERTIFICATION_SCHEMES, CLEARANCE_LEVELS } from '@bitd/domain';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { fieldId } from '../../../shared/form/paths';
import { testId } from '../../../shared/testId';
import { referenceLabels, trlOptions } from '../../reference/labels';
import { SelectField } from './fields';
import type { OpportunityFormValues } from './form-model';
import { useOpportunityRules } from './rules';

/** Required certifications: one checkbox a scheme; the value is the list of ticked schemes. */
function CertificationsCheckboxes() {
  const { t } = useTranslation();
  const { field, fieldState } = useController<OpportunityFormValues, 'requiredCertifications'>({
    name: 'requiredCertifications',
  });
  const selected = field.value;
  const error = fieldState.error?.message;
  const toggle = (scheme: string, on: boolean) =>
    field.onChange(
      on
        ? CERTIFICATION_SCHEMES.filter((s) => s === scheme || selected.includes(s))
        : selected.filter((s) => s !== scheme),
    );

  return (
    <Checkbox
      // The group carries the field's id (its boxes get "<id>-<n>"): the error summary links here.
      id={fieldId('requiredCertifications')}
      legend={t('opportunityFields.requiredCertifications')}
      hintText={t('opportunityEditor.hints.certifications')}
      orientation="horizontal"
      small
      state={error ? 'error' : 'default'}
      stateRelatedMessage={
        error ? <span data-testid="error-requiredCertifications">{error}</span> : undefined
      }
      options={CERTIFICATION_SCHEMES.map((scheme, i) => ({
        label: CERTIFICATION_LABELS[scheme],
        nativeInputProps: {
          name: 'requiredCertifications',
          value: scheme,
          checked: selected.includes(scheme),
          onChange: (e) => toggle(scheme, e.currentTarget.checked),
          onBlur: field.onBlur,
          ref: i === 0 ? field.ref : undefined,
          ...testId(`certification-${scheme}`),
        },
      }))}
    />
  );
}

export function RequirementsFields() {
  const { t } = useTranslation();
  const rules = useOpportunityRules();
  const labels = referenceLabels(t);
  const trls = trlOptions(t);

  return (
    <FormSection
      id="section-requirements"
      title={t('opportunityEditor.sections.requirements')}
      hint={t('opportunityEditor.hints.requirements')}
    >
      <CertificationsCheckboxes />
      <Row>
        <Col md={4}>
          <SelectField
            name="minClearance"
            label={t('opportunityFields.minClearance')}
            hint={t('opportunityEditor.hints.minClearance')}
            options={CLEARANCE_LEVELS.map((l) => ({ value: l, label: labels.clearance(l) }))}
          />
        </Col>
        <Col md={4}>
          <SelectField
            name="trlMin"
            label={t('opportunityFields.trlMin')}
            hint={t('opportunityEditor.hints.trlMin')}
            rules={rules.trlMin}
            placeholder={t('editor.notSpecified')}
            options={trls}
          />
        </Col>
        <Col md={4}>
          <SelectField
            name="trlMax"
            label={t('opportunityFields.trlMax')}
            hint={t('opportunityEditor.hints.trlMax')}
            rules={rules.trlMax}
            placeholder={t('editor.notSpecified')}
            options={trls}
          />
        </Col>
      </Row>
    </FormSection>
  );
}
