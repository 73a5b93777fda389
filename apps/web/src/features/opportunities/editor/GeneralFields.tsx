import { OPPORTUNITY_KINDS, OPPORTUNITY_VISIBILITIES } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { SelectField, TextAreaField, TextField } from './fields';
import { useOpportunityRules } from './rules';

export function GeneralFields() {
  const { t } = useTranslation();
  const rules = useOpportunityRules();
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
          <TextField
            name="issuer"
            label={t('opportunityFields.issuer')}
            hint={t('opportunityEditor.hints.issuer')}
            rules={rules.issuer}
            autoComplete="organization"
            maxLength={200}
          />
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
