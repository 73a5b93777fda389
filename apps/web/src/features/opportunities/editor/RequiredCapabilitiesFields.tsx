import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { AddButton, EmptyList, ListItem } from '../../../shared/form/ListItem';
import { CpvPicker } from '../../reference/CpvPicker';
import { TextField } from './fields';
import { emptyRequiredCapability, type OpportunityFormValues } from './form-model';
import { useOpportunityRules } from './rules';
import { SectionErrors } from './SectionErrors';

const codeKey = (code: string): string => code.trim().slice(0, 8);

/** The CPV label of row `i`, while its code is still the one the label was picked for. */
function RowLabel({ index }: { index: number }) {
  const { t } = useTranslation();
  const [code, label, labelCode] = useWatch<OpportunityFormValues>({
    name: [
      `requiredCapabilities.${index}.code`,
      `requiredCapabilities.${index}.label`,
      `requiredCapabilities.${index}.labelCode`,
    ],
  }) as [string, string, string];
  const shown = label && codeKey(code) === codeKey(labelCode) ? label : null;
  return (
    <div className="fr-input-group">
      <p className="fr-label">{t('opportunityFields.capability.label')}</p>
      <p className="fr-mt-1w fr-mb-0" data-testid={`capability-label-${index}`}>
        {shown ?? <span className="bitd-muted">{t('opportunityEditor.labelUnknown')}</span>}
      </p>
    </div>
  );
}

export function RequiredCapabilitiesFields({ sectionErrors }: { sectionErrors: string[] }) {
  const { t } = useTranslation();
  const rules = useOpportunityRules();
  const { control, setValue } = useFormContext<OpportunityFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'requiredCapabilities' });

  return (
    <FormSection
      id="section-requiredCapabilities"
      title={t('opportunityEditor.sections.capabilities')}
      hint={t('opportunityEditor.hints.capabilities')}
    >
      <SectionErrors path="requiredCapabilities" messages={sectionErrors} />
      {fields.length === 0 && <EmptyList>{t('opportunityEditor.empty.capabilities')}</EmptyList>}
      {fields.map((f, i) => (
        <ListItem key={f.id} legend={t('opportunityEditor.itemOf', { n: i + 1 })} onRemove={() => remove(i)}>
          <CpvPicker
            onPick={(pick) => {
              setValue(`requiredCapabilities.${i}.code`, pick.code, {
                shouldDirty: true,
                shouldValidate: true,
              });
              setValue(`requiredCapabilities.${i}.label`, pick.label, { shouldDirty: true });
              setValue(`requiredCapabilities.${i}.labelCode`, pick.code);
            }}
          />
          <Row>
            <Col md={4}>
              <TextField
                name={`requiredCapabilities.${i}.code`}
                label={t('opportunityFields.capability.code')}
                hint={t('editor.hints.cpvCode')}
                rules={rules.cpvCode}
                inputMode="numeric"
                maxLength={10}
              />
            </Col>
            <Col md={4}>
              <RowLabel index={i} />
            </Col>
            <Col md={4}>
              <TextField
                name={`requiredCapabilities.${i}.weight`}
                label={t('opportunityFields.capability.weight')}
                hint={t('opportunityEditor.hints.weight')}
                rules={rules.weight}
                inputMode="decimal"
              />
            </Col>
          </Row>
        </ListItem>
      ))}
      <AddButton
        testId="add-required-capability"
        onClick={() => append(emptyRequiredCapability(), { shouldFocus: false })}
      >
        {t('opportunityEditor.addCapability')}
      </AddButton>
    </FormSection>
  );
}
