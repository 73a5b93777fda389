import { LEGAL_FORMS } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { referenceLabels } from '../../reference/labels';
import { SelectField, TextAreaField, TextField } from './fields';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { useRules } from './rules';

export function IdentityFields() {
  const { t } = useTranslation();
  const rules = useRules();
  const labels = referenceLabels(t);
  return (
    <FormSection id="section-identity" title={t('editor.sections.identity')}>
      <Row>
        <Col md={8}>
          <TextField
            name="name"
            label={t('fields.name')}
            rules={rules.name}
            autoComplete="organization"
            maxLength={200}
          />
        </Col>
        <Col md={4}>
          <TextField
            name="siret"
            label={t('fields.siret')}
            hint={t('editor.hints.siret')}
            rules={rules.siret}
            inputMode="numeric"
            autoComplete="off"
          />
        </Col>
        <Col md={4}>
          <SelectField
            name="legalForm"
            label={t('fields.legalForm')}
            placeholder={t('editor.notSpecified')}
            options={LEGAL_FORMS.map((f) => ({ value: f, label: labels.legalForm(f) }))}
          />
        </Col>
        <Col md={4}>
          <TextField
            name="nafCode"
            label={t('fields.nafCode')}
            hint={t('editor.hints.nafCode')}
            rules={rules.nafCode}
            maxLength={6}
          />
        </Col>
        <Col md={4}>
          <TextField
            name="externalId"
            label={t('fields.externalId')}
            hint={t('editor.hints.externalId')}
            maxLength={64}
          />
        </Col>
        <Col md={4}>
          <TextField name="headcount" label={t('fields.headcount')} rules={rules.count} inputMode="numeric" />
        </Col>
        <Col md={4}>
          <TextField
            name="revenueEur"
            label={t('fields.revenueEur')}
            hint={t('editor.hints.revenueEur')}
            rules={rules.count}
            inputMode="numeric"
          />
        </Col>
        <Col md={4}>
          <TextField
            name="defenceRevenueShare"
            label={t('fields.defenceRevenueShare')}
            hint={t('editor.hints.defenceRevenueShare')}
            rules={rules.share}
            inputMode="decimal"
          />
        </Col>
        <Col md={12}>
          <TextField
            name="website"
            label={t('fields.website')}
            hint={t('editor.hints.website')}
            rules={rules.website}
            type="url"
            inputMode="url"
            autoComplete="url"
          />
        </Col>
        <Col md={12}>
          <TextAreaField
            name="description"
            label={t('fields.description')}
            hint={t('editor.hints.description')}
            rules={rules.description}
            rows={8}
            maxLength={5000}
          />
        </Col>
      </Row>
    </FormSection>
  );
}
