import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useController, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from './fields';
import { emptyContact, emptyReference, type SupplierFormValues } from './form-model';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { AddButton, EmptyList, ListItem } from '../../../shared/form/ListItem';
import { useRules } from './rules';

export function ReferencesFields() {
  const { t } = useTranslation();
  const rules = useRules();
  const { control } = useFormContext<SupplierFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'references' });

  return (
    <FormSection
      id="section-references"
      title={t('editor.sections.references')}
      hint={t('editor.hints.references')}
    >
      {fields.length === 0 && <EmptyList>{t('editor.empty.references')}</EmptyList>}
      {fields.map((f, i) => (
        <ListItem key={f.id} legend={t('editor.itemOf.reference', { n: i + 1 })} onRemove={() => remove(i)}>
          <Row>
            <Col md={4}>
              <TextField
                name={`references.${i}.programme`}
                label={t('fields.reference.programme')}
                maxLength={200}
              />
            </Col>
            <Col md={4}>
              <TextField
                name={`references.${i}.customer`}
                label={t('fields.reference.customer')}
                maxLength={200}
              />
            </Col>
            <Col md={4}>
              <TextField
                name={`references.${i}.year`}
                label={t('fields.reference.year')}
                rules={rules.year}
                inputMode="numeric"
                maxLength={4}
              />
            </Col>
            <Col md={12}>
              <TextAreaField
                name={`references.${i}.description`}
                label={t('fields.reference.description')}
                rows={3}
                maxLength={2000}
              />
            </Col>
          </Row>
        </ListItem>
      ))}
      <AddButton testId="add-reference" onClick={() => append(emptyReference(), { shouldFocus: false })}>
        {t('editor.add.reference')}
      </AddButton>
    </FormSection>
  );
}

export function ContactsFields() {
  const { t } = useTranslation();
  const rules = useRules();
  const { control } = useFormContext<SupplierFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });

  return (
    <FormSection
      id="section-contacts"
      title={t('editor.sections.contacts')}
      hint={t('editor.hints.contacts')}
    >
      {fields.length === 0 && <EmptyList>{t('editor.empty.contacts')}</EmptyList>}
      {fields.map((f, i) => (
        <ListItem key={f.id} legend={t('editor.itemOf.contact', { n: i + 1 })} onRemove={() => remove(i)}>
          <Row>
            <Col md={6}>
              <TextField
                name={`contacts.${i}.name`}
                label={t('fields.contact.name')}
                rules={rules.required}
                autoComplete="off"
                maxLength={200}
              />
            </Col>
            <Col md={6}>
              <TextField name={`contacts.${i}.role`} label={t('fields.contact.role')} maxLength={100} />
            </Col>
            <Col md={6}>
              <TextField
                name={`contacts.${i}.email`}
                label={t('fields.contact.email')}
                rules={rules.email}
                type="email"
                inputMode="email"
                autoComplete="off"
                maxLength={254}
              />
            </Col>
            <Col md={6}>
              <TextField
                name={`contacts.${i}.phone`}
                label={t('fields.contact.phone')}
                type="tel"
                inputMode="tel"
                autoComplete="off"
                maxLength={40}
              />
            </Col>
            <Col md={12}>
              <VisibleToBuyersField index={i} />
            </Col>
          </Row>
        </ListItem>
      ))}
      <AddButton testId="add-contact" onClick={() => append(emptyContact(), { shouldFocus: false })}>
        {t('editor.add.contact')}
      </AddButton>
    </FormSection>
  );
}

/** Whether buyers may read this contact: the company chooses, one contact at a time. */
function VisibleToBuyersField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { field } = useController<SupplierFormValues, `contacts.${number}.visibleToBuyers`>({
    name: `contacts.${index}.visibleToBuyers`,
  });
  return (
    <Checkbox
      small
      options={[
        {
          label: t('fields.contact.visibleToBuyers'),
          hintText: t('editor.hints.visibleToBuyers'),
          nativeInputProps: {
            name: `contacts[${index}].visibleToBuyers`,
            checked: field.value === true,
            onChange: (e) => field.onChange(e.currentTarget.checked),
            onBlur: field.onBlur,
            ref: field.ref,
          },
        },
      ]}
    />
  );
}
