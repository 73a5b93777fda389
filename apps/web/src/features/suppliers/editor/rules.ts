import { siretProblem } from '@bitd/domain';
import { useTranslation } from 'react-i18next';
import { parseNumber } from '../../../shared/form/numbers';

/*
 * Quick checks in the browser, with messages in the UI language. The API stays the judge: it also
 * checks the official lists (NAF, communes, CPV check digits, duplicates) and its answers are
 * shown next to the fields the same way.
 */

type Validate = (value: unknown) => true | string;

const asText = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function useRules() {
  const { t } = useTranslation();

  const required = { value: true, message: t('validation.required') };
  const optional = (check: (text: string) => true | string): { validate: Validate } => ({
    validate: (v) => (asText(v) === '' ? true : check(asText(v))),
  });
  const number = (opts: { min?: number; max?: number; integer?: boolean }) =>
    optional((s) => {
      const n = parseNumber(s);
      if (typeof n !== 'number') return t('validation.number');
      if (opts.integer && !Number.isInteger(n)) return t('validation.integer');
      if (opts.min !== undefined && n < opts.min) return t('validation.min', { min: opts.min });
      if (opts.max !== undefined && n > opts.max) return t('validation.max', { max: opts.max });
      return true;
    });
  const maxLength = (max: number) => ({ value: max, message: t('validation.maxLength', { max }) });

  return {
    required: { required },
    siret: {
      required,
      validate: ((v) => {
        const problem = siretProblem(asText(v));
        return problem ? t(`validation.siret.${problem}`) : true;
      }) as Validate,
    },
    name: { required, maxLength: maxLength(200) },
    nafCode: optional((s) => (/^\d{2}\.\d{2}[A-Za-z]$/.test(s) ? true : t('validation.naf'))),
    count: number({ min: 0, integer: true }),
    share: number({ min: 0, max: 1 }),
    website: optional((s) => (/^https?:\/\/[^\s]+\.[^\s]+$/i.test(s) ? true : t('validation.url'))),
    postalCode: { required, pattern: { value: /^\s*\d{5}\s*$/, message: t('validation.postalCode') } },
    inseeCode: optional((s) => (/^(\d{5}|2[AB]\d{3})$/i.test(s) ? true : t('validation.inseeCode'))),
    department: optional((s) => (/^(\d{2}|2[AB]|97)$/i.test(s) ? true : t('validation.department'))),
    lat: number({ min: -90, max: 90 }),
    lon: number({ min: -180, max: 180 }),
    description: { maxLength: maxLength(5000) },
    cpvCode: {
      required,
      pattern: { value: /^\s*\d{8}(-\d)?\s*$/, message: t('validation.cpv') },
    },
    year: number({ min: 1950, max: 2100, integer: true }),
    email: {
      required,
      pattern: { value: /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/, message: t('validation.email') },
    },
  };
}
