import { OPPORTUNITY_KINDS, OPPORTUNITY_VISIBILITIES } from '@bitd/domain';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../account/session';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { SelectField, TextAreaField, TextField } from './fields';
import type { OpportunityFormValues } from './form-model';
import { useOpportunityRules } from './rules';

/** A buyer always issues for its own organisation: the issuer is shown, not asked. */
function FixedIssuer() {
  const { t } = useTranslation();
  const issuer = useWatch<OpportunityFormValues, 'issuer'>({ name: 'issuer' });
  return (
    <Input
      label={t('opportunityFields.issuer')}
      hintText={t('opportunityEditor.hints.issuerFixed')}
      disabled
      nativeInputProps={{ id: 'field-issuer', name: 'issuer', value: issuer, readOnly: true }}
    />
  );
}

export function GeneralFields() {
  const { t } = useTranslation();
  const rules = useOpportunityRules();
  const buyer = useUser()?.role === 'buyer';
  return (
    <FormSection id="section-general" title={t('opportunityEditor.sections.general')}>
      <Row>
        <Col md={4}>
          <SelectField
            name="kind"
            label={t('opportunityFields.kind')}
            hint={t('opportunityEditor.hints.kind')}
            rules={rules.kind}
            placeholder={t('editor.choose')}
            options={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`opportunityKind.${k}`) }))}
          />
        </Col>
        <Col md={8}>
          <TextField name="title" label={t('opportunityFields.title')} rules={rules.title} maxLength={300} />
        </Col>
        <Col md={6}>
          {buyer ? (
            <FixedIssuer />
          ) : (
            <TextField
              name="issuer"
              label={t('opportunityFields.issuer')}
              hint={t('opportunityEditor.hints.issuer')}
              rules={rules.issuer}
              autoComplete="organization"
              maxLength={200}
            />
          )}
        </Col>
        <Col md={6}>
          <TextField
            name="programme"
            label={t('opportunityFields.programme')}
            hint={t('opportunityEditor.hints.programme')}
            rules={rules.programme}
            maxLength={200}
          />
        </Col>
        <Col md={12}>
          <TextAreaField
            name="description"
            label={t('opportunityFields.description')}
            hint={t('opportunityEditor.hints.description')}
            rules={rules.description}
            rows={8}
            maxLength={10_000}
          />
        </Col>
      </Row>
    </FormSection>
  );
}

export function PublicationFields() {
  const { t } = useTranslation();
  return (
    <FormSection id="section-publication" title={t('opportunityEditor.sections.publication')}>
      <Row>
        <Col md={6}>
          <TextField
            name="deadline"
            label={t('opportunityFields.deadline')}
            hint={t('opportunityEditor.hints.deadline')}
            type="date"
          />
        </Col>
        <Col md={6}>
          <SelectField
            name="visibility"
            label={t('opportunityFields.visibility')}
            hint={t('opportunityEditor.hints.visibility')}
            options={OPPORTUNITY_VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
          />
        </Col>
      </Row>
    </FormSection>
  );
}
