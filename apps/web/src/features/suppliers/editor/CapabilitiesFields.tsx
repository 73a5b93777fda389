import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CpvPicker } from '../../reference/CpvPicker';
import { trlOptions } from '../../reference/labels';
import { SelectField, TextAreaField, TextField } from './fields';
import { emptyCapability, type SupplierFormValues } from './form-model';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { AddButton, EmptyList, ListItem } from '../../../shared/form/ListItem';
import { useRules } from './rules';

export function CapabilitiesFields() {
  const { t } = useTranslation();
  const rules = useRules();
  const { control, setValue } = useFormContext<SupplierFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'capabilities' });
  const trls = trlOptions(t);

  return (
    <FormSection
      id="section-capabilities"
      title={t('editor.sections.capabilities')}
      hint={t('editor.hints.capabilities')}
    >
      {fields.length === 0 && <EmptyList>{t('editor.empty.capabilities')}</EmptyList>}
      {fields.map((f, i) => (
        <ListItem key={f.id} legend={t('editor.itemOf.capability', { n: i + 1 })} onRemove={() => remove(i)}>
          <CpvPicker
            onPick={(pick) => {
              setValue(`capabilities.${i}.code`, pick.code, { shouldDirty: true, shouldValidate: true });
              setValue(`capabilities.${i}.label`, pick.label, { shouldDirty: true });
            }}
          />
          <Row>
            <Col md={4}>
              <TextField
                name={`capabilities.${i}.code`}
                label={t('fields.capability.code')}
                hint={t('editor.hints.cpvCode')}
                rules={rules.cpvCode}
                inputMode="numeric"
                maxLength={10}
              />
            </Col>
            <Col md={8}>
              <TextField
                name={`capabilities.${i}.label`}
                label={t('fields.capability.label')}
                maxLength={300}
              />
            </Col>
            <Col md={12}>
              <SelectField
                name={`capabilities.${i}.trl`}
                label={t('fields.capability.trl')}
                hint={t('editor.hints.trl')}
                placeholder={t('editor.notSpecified')}
                options={trls}
              />
            </Col>
            <Col md={12}>
              <TextAreaField
                name={`capabilities.${i}.description`}
                label={t('fields.capability.description')}
                rows={3}
                maxLength={2000}
              />
            </Col>
          </Row>
        </ListItem>
      ))}
      <AddButton testId="add-capability" onClick={() => append(emptyCapability(), { shouldFocus: false })}>
        {t('editor.add.capability')}
      </AddButton>
    </FormSection>
  );
}
