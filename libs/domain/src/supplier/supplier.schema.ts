import { z } from 'zod';
import { nulFree, nullableFields, requiredText, text } from '../contracts/zod-helpers';
import { parseCpv } from '../cpv/cpv-code';
import { SIRET_MESSAGES, normalizeSiret, siretProblem } from '../identifiers/siret';
import { CERTIFICATION_SCHEMES } from '../reference/certifications';
import { CLEARANCE_LEVELS } from '../reference/clearance';
import { LEGAL_FORMS } from '../reference/organisation';
import { TRL_MAX, TRL_MIN } from '../reference/trl';

/**
 * Checks against official lists (NAF, communes, CPV reference). Injected so that this lib stays
 * pure: the server passes the real lists, tests may pass small ones.
 */
export interface ReferenceChecks {
  nafExists(code: string): boolean;
  /** Why this postal code / commune / INSEE code combination is inconsistent, or null. */
  communeProblem(address: { city: string; postalCode: string; inseeCode?: string | null }): {
    field: 'city' | 'postalCode' | 'inseeCode';
    message: string;
  } | null;
  /** Why a CPV check digit is wrong, or null when right or not verifiable. */
  cpvCheckDigitProblem(code: string, checkDigit: number): string | null;
}

const isoDate = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });
const cpvInput = z
  .string()
  .refine((v) => parseCpv(v) !== null, 'must be an 8-digit CPV code, optionally with "-N" check digit');

export const addressSchema = z
  .strictObject({
    street: text(300).optional(),
    city: requiredText(100),
    postalCode: z.string().regex(/^\d{5}$/, 'must be 5 digits'),
    inseeCode: z
      .string()
      .regex(/^(\d{5}|2[AB]\d{3})$/, 'must be a 5-character INSEE code')
      .optional(),
    department: z
      .string()
      .regex(/^(\d{2}|2[AB]|97)$/, 'must be a 2-character department code')
      .optional(),
    lat: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90').optional(),
    lon: z
      .number()
      .min(-180, 'must be between -180 and 180')
      .max(180, 'must be between -180 and 180')
      .optional(),
  })
  .superRefine((a, ctx) => {
    if ((a.lat === undefined) !== (a.lon === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [a.lat === undefined ? 'lat' : 'lon'],
        message: 'lat and lon go together: give both or neither',
      });
    }
  });

export const capabilitySchema = z.strictObject({
  code: cpvInput,
  label: text(300).optional(),
  trl: z
    .number()
    .int('must be a whole number')
    .min(TRL_MIN, `must be between ${TRL_MIN} and ${TRL_MAX}`)
    .max(TRL_MAX, `must be between ${TRL_MIN} and ${TRL_MAX}`)
    .optional(),
  description: text(2000).optional(),
});

export const certificationSchema = z.strictObject({
  scheme: z.enum(CERTIFICATION_SCHEMES, { error: `must be one of ${CERTIFICATION_SCHEMES.join(', ')}` }),
  validUntil: isoDate.optional(),
  reference: text(100).optional(),
});

export const referenceSchema = z.strictObject({
  programme: text(200).optional(),
  customer: text(200).optional(),
  year: z.number().int('must be a whole number').min(1950).max(2100).optional(),
  description: text(2000).optional(),
});

export const contactSchema = z.strictObject({
  name: requiredText(200),
  email: z.email('must be a valid e-mail address').max(254),
  phone: text(40).optional(),
  role: text(100).optional(),
  /** The company lets buyers read this contact; private when absent. */
  visibleToBuyers: z.boolean({ error: 'must be true or false' }).optional(),
});

/** Every field of a supplier profile, as in INTERCHANGE.md. */
const supplierShape = {
  externalId: requiredText(64).optional(),
  siret: z
    .string()
    .transform(normalizeSiret)
    .superRefine((v, ctx) => {
      const problem = siretProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: SIRET_MESSAGES[problem] });
    }),
  name: requiredText(200),
  legalForm: z.enum(LEGAL_FORMS, { error: `must be one of ${LEGAL_FORMS.join(', ')}` }).optional(),
  nafCode: z
    .string()
    .regex(/^\d{2}\.\d{2}[A-Z]$/, 'must look like 30.11Z (NAF rév. 2)')
    .optional(),
  headcount: z.number().int('must be a whole number').min(0, 'cannot be negative').max(10_000_000).optional(),
  revenueEur: z.number().int('must be a whole number').min(0, 'cannot be negative').optional(),
  defenceRevenueShare: z
    .number()
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .optional(),
  website: nulFree(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(500)).optional(),
  address: addressSchema,
  description: text(5000).optional(),
  capabilities: z.array(capabilitySchema).max(200).optional(),
  certifications: z.array(certificationSchema).max(50).optional(),
  clearance: z.enum(CLEARANCE_LEVELS, { error: `must be one of ${CLEARANCE_LEVELS.join(', ')}` }).optional(),
  references: z.array(referenceSchema).max(100).optional(),
  contacts: z.array(contactSchema).max(50).optional(),
};

type SupplierShapeInput = Partial<z.output<z.ZodObject<typeof supplierShape>>>;

/** Checks against official lists, for whichever fields are present. */
function refineWithReferences(refs: ReferenceChecks) {
  return (s: SupplierShapeInput, ctx: z.RefinementCtx) => {
    if (s.nafCode && !refs.nafExists(s.nafCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['nafCode'],
        message: `${s.nafCode} is not in the official NAF rév. 2 list`,
      });
    }
    if (s.address) {
      const problem = refs.communeProblem(s.address);
      if (problem)
        ctx.addIssue({ code: 'custom', path: ['address', problem.field], message: problem.message });
    }
    s.capabilities?.forEach((c, i) => {
      const parsed = parseCpv(c.code);
      const problem =
        parsed && parsed.checkDigit !== null
          ? refs.cpvCheckDigitProblem(parsed.code, parsed.checkDigit)
          : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['capabilities', i, 'code'], message: problem });
    });
  };
}

/** A supplier created through the API or the editor (externalId optional). */
export function supplierCreateSchema(refs: ReferenceChecks) {
  return z.strictObject(supplierShape).superRefine(refineWithReferences(refs));
}

/** A supplier row of an import file: externalId required. */
export function supplierImportSchema(refs: ReferenceChecks) {
  return z
    .strictObject({ ...supplierShape, externalId: requiredText(64) })
    .superRefine(refineWithReferences(refs));
}

/** A partial update: only the fields given change; null clears an optional field. */
export function supplierUpdateSchema(refs: ReferenceChecks) {
  const { siret, name, address, ...optional } = supplierShape;
  const nullable = nullableFields(optional);
  return z
    .strictObject({
      siret: siret.optional(),
      name: name.optional(),
      address: address.optional(),
      ...nullable,
    })
    .superRefine((s, ctx) => refineWithReferences(refs)(withoutNulls(s), ctx));
}

function withoutNulls<T extends object>(o: T): SupplierShapeInput {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as SupplierShapeInput;
}

export type SupplierInput = z.output<ReturnType<typeof supplierCreateSchema>>;
export type SupplierImportRow = z.output<ReturnType<typeof supplierImportSchema>>;
export type SupplierUpdate = z.output<ReturnType<typeof supplierUpdateSchema>>;
export type CapabilityInput = z.output<typeof capabilitySchema>;
export type CertificationInput = z.output<typeof certificationSchema>;
export type AddressInput = z.output<typeof addressSchema>;
