import { CERTIFICATION_LABELS, CERTIFICATION_SCHEMES, CLEARANCE_LEVELS } from '@bitd/domain';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { referenceLabels } from '../../reference/labels';
import { SelectField, TextField } from './fields';
import { emptyCertification, type SupplierFormValues } from './form-model';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { AddButton, EmptyList, ListItem } from '../../../shared/form/ListItem';
import { useRules } from './rules';

export function CertificationsFields() {
  const { t } = useTranslation();
  const rules = useRules();
  const { control } = useFormContext<SupplierFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'certifications' });
  const schemes = CERTIFICATION_SCHEMES.map((s) => ({ value: s, label: CERTIFICATION_LABELS[s] }));

  return (
    <FormSection
      id="section-certifications"
      title={t('editor.sections.certifications')}
      hint={t('editor.hints.certifications')}
    >
      {fields.length === 0 && <EmptyList>{t('editor.empty.certifications')}</EmptyList>}
      {fields.map((f, i) => (
        <ListItem
          key={f.id}
          legend={t('editor.itemOf.certification', { n: i + 1 })}
          onRemove={() => remove(i)}
        >
          <Row>
            <Col md={4}>
              <SelectField
                name={`certifications.${i}.scheme`}
                label={t('fields.certification.scheme')}
                rules={rules.required}
                placeholder={t('editor.choose')}
                options={schemes}
              />
            </Col>
            <Col md={4}>
              <TextField
                name={`certifications.${i}.validUntil`}
                label={t('fields.certification.validUntil')}
                type="date"
              />
            </Col>
            <Col md={4}>
              <TextField
                name={`certifications.${i}.reference`}
                label={t('fields.certification.reference')}
                maxLength={100}
              />
            </Col>
          </Row>
        </ListItem>
      ))}
      <AddButton
        testId="add-certification"
        onClick={() => append(emptyCertification(), { shouldFocus: false })}
      >
        {t('editor.add.certification')}
      </AddButton>
    </FormSection>
  );
}

export function ClearanceField() {
  const { t } = useTranslation();
  const labels = referenceLabels(t);
  return (
    <FormSection
      id="section-clearance"
      title={t('editor.sections.clearance')}
      hint={t('editor.hints.clearance')}
    >
      <SelectField
        name="clearance"
        label={t('fields.clearance')}
        options={CLEARANCE_LEVELS.map((l) => ({ value: l, label: labels.clearance(l) }))}
      />
    </FormSection>
  );
}
