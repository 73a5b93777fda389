import type { FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseNumber } from '../../../shared/form/numbers';
import type { OpportunityFormValues } from './form-model';

/*
 * Quick checks in the browser, with messages in the UI language. The API stays the judge (CPV
 * check digits, a deadline in the past on publish, "nothing to match on"…): its answers are shown
 * next to the fields the same way.
 */

type Path = FieldPath<OpportunityFormValues>;
type Validate = (value: unknown, values: OpportunityFormValues) => true | string;

const asText = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function useOpportunityRules() {
  const { t } = useTranslation();

  const required = { value: true, message: t('validation.required') };
  const maxLength = (max: number) => ({ value: max, message: t('validation.maxLength', { max }) });
  const number = (opts: { above?: number; min?: number; max?: number }) =>
    ((v) => {
      const s = asText(v);
      if (s === '') return true;
      const n = parseNumber(s);
      if (typeof n !== 'number') return t('validation.number');
      if (opts.above !== undefined && n <= opts.above) return t('validation.above', { min: opts.above });
      if (opts.min !== undefined && n < opts.min) return t('validation.min', { min: opts.min });
      if (opts.max !== undefined && n > opts.max) return t('validation.max', { max: opts.max });
      return true;
    }) as Validate;

  /** A place needs both coordinates once any part of it is given. */
  const coordinate = (range: number, other: 'lat' | 'lon'): Validate => {
    const inRange = number({ min: -range, max: range });
    return (v, values) => {
      const l = values.location;
      const anyGiven = [l[other], l.label, l.maxDistanceKm].some((x) => x.trim() !== '');
      if (asText(v) === '' && anyGiven) return t('opportunityEditor.validation.coordinatesNeeded');
      return inRange(v, values);
    };
  };

  return {
    required: { required },
    kind: { required },
    title: { required, maxLength: maxLength(300) },
    issuer: { required, maxLength: maxLength(200) },
    programme: { maxLength: maxLength(200) },
    description: { maxLength: maxLength(10_000) },
    cpvCode: {
      required,
      pattern: { value: /^\s*\d{8}(-\d)?\s*$/, message: t('validation.cpv') },
    },
    weight: { validate: number({ above: 0, max: 100 }) },
    trlMin: {
      validate: ((v, values) => {
        const min = parseNumber(asText(v));
        const max = parseNumber(values.trlMax);
        return typeof min === 'number' && typeof max === 'number' && min > max
          ? t('opportunityEditor.validation.trlOrder')
          : true;
      }) as Validate,
    },
    trlMax: { deps: ['trlMin'] as Path[] },
    lat: { validate: coordinate(90, 'lon'), deps: ['location.lon'] as Path[] },
    lon: { validate: coordinate(180, 'lat'), deps: ['location.lat'] as Path[] },
    maxDistanceKm: {
      validate: number({ above: 0, max: 2000 }),
      deps: ['location.lat', 'location.lon'] as Path[],
    },
    locationLabel: { maxLength: maxLength(200), deps: ['location.lat', 'location.lon'] as Path[] },
  };
}
