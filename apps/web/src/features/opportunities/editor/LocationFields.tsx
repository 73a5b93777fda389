import { DEFENCE_SITES } from '@bitd/domain';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Col, FormSection, Row } from '../../../shared/form/FormSection';
import { TextField } from './fields';
import { testId } from '../../../shared/testId';
import { siteAt, type OpportunityFormValues } from './form-model';
import { useOpportunityRules } from './rules';
import { SectionErrors } from './SectionErrors';

/**
 * Picking a defence site fills the place's name and coordinates (they stay editable); the list
 * shows the site whose coordinates are in the form, else "another place".
 */
function SitePicker() {
  const { t } = useTranslation();
  const { setValue } = useFormContext<OpportunityFormValues>();
  const [lat, lon] = useWatch<OpportunityFormValues>({ name: ['location.lat', 'location.lon'] }) as [
    string,
    string,
  ];
  const set = (name: 'location.label' | 'location.lat' | 'location.lon', value: string) =>
    setValue(name, value, { shouldDirty: true, shouldValidate: false });

  return (
    <Select
      label={t('opportunityFields.locationParts.site')}
      hint={t('opportunityEditor.hints.site')}
      nativeSelectProps={{
        id: 'field-location-site',
        value: siteAt(lat, lon),
        ...testId('location-site'),
        onChange: (e) => {
          // "Another place" empties the site's name and coordinates, to be typed in.
          const site = DEFENCE_SITES.find((s) => s.id === e.currentTarget.value);
          set('location.label', site?.label ?? '');
          set('location.lat', site ? String(site.lat) : '');
          set('location.lon', site ? String(site.lon) : '');
        },
      }}
    >
      <option value="">{t('opportunityEditor.otherPlace')}</option>
      {DEFENCE_SITES.map((s) => (
        <option key={s.id} value={s.id}>
          {s.label}
        </option>
      ))}
    </Select>
  );
}

export function LocationFields({ sectionErrors }: { sectionErrors: string[] }) {
  const { t } = useTranslation();
  const rules = useOpportunityRules();
  return (
    <FormSection
      id="section-location"
      title={t('opportunityEditor.sections.location')}
      hint={t('opportunityEditor.hints.location')}
    >
      <SectionErrors path="location" messages={sectionErrors} />
      <SitePicker />
      <Row>
        <Col md={12}>
          <TextField
            name="location.label"
            label={t('opportunityFields.locationParts.label')}
            rules={rules.locationLabel}
            maxLength={200}
          />
        </Col>
        <Col md={4}>
          <TextField
            name="location.lat"
            label={t('opportunityFields.locationParts.lat')}
            hint={t('editor.hints.lat')}
            rules={rules.lat}
            inputMode="decimal"
          />
        </Col>
        <Col md={4}>
          <TextField
            name="location.lon"
            label={t('opportunityFields.locationParts.lon')}
            hint={t('editor.hints.lon')}
            rules={rules.lon}
            inputMode="decimal"
          />
        </Col>
        <Col md={4}>
          <TextField
            name="location.maxDistanceKm"
            label={t('opportunityFields.locationParts.maxDistanceKm')}
            hint={t('opportunityEditor.hints.maxDistanceKm')}
            rules={rules.maxDistanceKm}
            inputMode="decimal"
          />
        </Col>
      </Row>
    </FormSection>
  );
}
