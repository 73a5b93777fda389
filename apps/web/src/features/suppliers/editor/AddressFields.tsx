import { useTranslation } from 'react-i18next';
import { TextField } from './fields';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { useRules } from './rules';

export function AddressFields() {
  const { t } = useTranslation();
  const rules = useRules();
  return (
    <FormSection id="section-address" title={t('editor.sections.address')}>
      <Row>
        <Col md={12}>
          <TextField
            name="address.street"
            label={t('fields.address.street')}
            autoComplete="street-address"
            maxLength={300}
          />
        </Col>
        <Col md={4}>
          <TextField
            name="address.postalCode"
            label={t('fields.address.postalCode')}
            rules={rules.postalCode}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
          />
        </Col>
        <Col md={8}>
          <TextField
            name="address.city"
            label={t('fields.address.city')}
            rules={{
              ...rules.required,
              maxLength: { value: 100, message: t('validation.maxLength', { max: 100 }) },
            }}
            autoComplete="address-level2"
          />
        </Col>
        <Col md={6}>
          <TextField
            name="address.inseeCode"
            label={t('fields.address.inseeCode')}
            hint={t('editor.hints.inseeCode')}
            rules={rules.inseeCode}
            maxLength={5}
          />
        </Col>
        <Col md={6}>
          <TextField
            name="address.department"
            label={t('fields.address.department')}
            hint={t('editor.hints.department')}
            rules={rules.department}
            maxLength={3}
          />
        </Col>
        <Col md={6}>
          <TextField
            name="address.lat"
            label={t('fields.address.lat')}
            hint={t('editor.hints.lat')}
            rules={rules.lat}
            inputMode="decimal"
          />
        </Col>
        <Col md={6}>
          <TextField
            name="address.lon"
            label={t('fields.address.lon')}
            hint={t('editor.hints.lon')}
            rules={rules.lon}
            inputMode="decimal"
          />
        </Col>
      </Row>
    </FormSection>
  );
}
