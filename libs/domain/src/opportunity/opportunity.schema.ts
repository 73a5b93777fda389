import { z } from 'zod';
import { nullableFields, requiredText, text } from '../contracts/zod-helpers';
import { parseCpv } from '../cpv/cpv-code';
import { CERTIFICATION_SCHEMES } from '../reference/certifications';
import { CLEARANCE_LEVELS } from '../reference/clearance';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, OPPORTUNITY_VISIBILITIES } from '../reference/opportunity';
import { TRL_MAX, TRL_MIN } from '../reference/trl';
import { readConcepts } from '../thesaurus/concept-reader';
import { getThesaurusConcept } from '../thesaurus/thesaurus-lookup';
import { leftoverWords } from '../matching/need-words';

const trl = z
  .number()
  .int('must be a whole number')
  .min(TRL_MIN, `must be between ${TRL_MIN} and ${TRL_MAX}`)
  .max(TRL_MAX, `must be between ${TRL_MIN} and ${TRL_MAX}`);

export const requiredCapabilitySchema = z.strictObject({
  code: z
    .string()
    .refine((v) => parseCpv(v) !== null, 'must be a CPV code: 8 digits, optionally with "-N" check digit')
    .transform((v) => (parseCpv(v) as { code: string }).code),
  weight: z.number().gt(0, 'must be greater than 0').max(100, 'must be at most 100').default(1),
});

export const opportunityLocationSchema = z.strictObject({
  label: text(200).optional(),
  lat: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
  lon: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
  maxDistanceKm: z.number().gt(0, 'must be greater than 0').max(2000, 'must be at most 2000').optional(),
});

/** Every field of an opportunity, as in INTERCHANGE.md (plus `status` for the API). */
const opportunityShape = {
  externalId: requiredText(64).optional(),
  kind: z.enum(OPPORTUNITY_KINDS, { error: `must be one of ${OPPORTUNITY_KINDS.join(', ')}` }),
  title: requiredText(300),
  description: text(10_000).optional(),
  issuer: requiredText(200),
  programme: text(200).optional(),
  requiredCapabilities: z.array(requiredCapabilitySchema).max(30).optional(),
  requiredCertifications: z
    .array(z.enum(CERTIFICATION_SCHEMES, { error: `must be one of ${CERTIFICATION_SCHEMES.join(', ')}` }))
    .max(11)
    .optional(),
  minClearance: z
    .enum(CLEARANCE_LEVELS, { error: `must be one of ${CLEARANCE_LEVELS.join(', ')}` })
    .optional(),
  trlMin: trl.optional(),
  trlMax: trl.optional(),
  location: opportunityLocationSchema.optional(),
  // A maximum distance given beside the location is refused below with its own message.
  maxDistanceKm: z.unknown().optional(),
  deadline: z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' }).optional(),
  visibility: z
    .enum(OPPORTUNITY_VISIBILITIES, { error: `must be one of ${OPPORTUNITY_VISIBILITIES.join(', ')}` })
    .optional(),
  status: z
    .enum(OPPORTUNITY_STATUSES, { error: `must be one of ${OPPORTUNITY_STATUSES.join(', ')}` })
    .optional(),
};

type OpportunityShapeInput = Partial<z.output<z.ZodObject<typeof opportunityShape>>>;

/**
 * Rules across fields. `today` decides whether a deadline is in the past (only refused on publish:
 * drafts and closed records may keep an old date).
 */
function refineOpportunity(today: string) {
  return (o: OpportunityShapeInput, ctx: z.RefinementCtx) => {
    if (o.trlMin !== undefined && o.trlMax !== undefined && o.trlMin > o.trlMax) {
      ctx.addIssue({ code: 'custom', path: ['trlMin'], message: `must be at most trlMax (${o.trlMax})` });
    }
    if (o.maxDistanceKm !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxDistanceKm'],
        message:
          'a maximum distance needs a place: give it as location.maxDistanceKm with location.lat and location.lon',
      });
    }
    if (o.status === 'published' && o.deadline !== undefined && o.deadline < today) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: `is in the past (${o.deadline}): a published opportunity needs a deadline from today (${today})`,
      });
    }
  };
}

/** True when the opportunity gives the matcher something to work on: a code, a capability or content words. */
export function hasSomethingToMatch(o: {
  title?: string | null;
  description?: string | null;
  requiredCapabilities?: ReadonlyArray<unknown> | null;
}): boolean {
  if ((o.requiredCapabilities?.length ?? 0) > 0) return true;
  return [o.title, o.description].some(
    (text) => readConcepts(text).length > 0 || leftoverWords(text).length > 0,
  );
}

const nothingToMatch = (o: OpportunityShapeInput, ctx: z.RefinementCtx) => {
  if (o.title !== undefined && !hasSomethingToMatch(o)) {
    ctx.addIssue({
      code: 'custom',
      path: ['requiredCapabilities'],
      message:
        'nothing to match on: give at least one capability code, or describe the need in the title or description (e.g. "acoustique sous-marine", "EN 9100 machining")',
    });
  }
};

/** An opportunity created through the API or the editor. */
export function opportunityCreateSchema(today: string) {
  return z.strictObject(opportunityShape).superRefine(refineOpportunity(today)).superRefine(nothingToMatch);
}

/** A row of an import file: externalId required, no status (imports arrive published). */
export function opportunityImportSchema(today: string) {
  const { status: _status, ...shape } = opportunityShape;
  return z
    .strictObject({ ...shape, externalId: requiredText(64) })
    .superRefine(refineOpportunity(today))
    .superRefine(nothingToMatch);
}

/** A partial update: only the fields given change; null clears an optional field. */
export function opportunityUpdateSchema(today: string) {
  const { kind, title, issuer, status: _status, maxDistanceKm, ...optional } = opportunityShape;
  const nullable = nullableFields(optional);
  return z
    .strictObject({
      kind: kind.optional(),
      title: title.optional(),
      issuer: issuer.optional(),
      maxDistanceKm,
      ...nullable,
    })
    .superRefine((o, ctx) =>
      refineOpportunity(today)(
        Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as OpportunityShapeInput,
        ctx,
      ),
    );
}

export type OpportunityInput = z.output<ReturnType<typeof opportunityCreateSchema>>;
export type OpportunityImportRow = z.output<ReturnType<typeof opportunityImportSchema>>;
export type OpportunityUpdate = z.output<ReturnType<typeof opportunityUpdateSchema>>;

/** The buyer's corrections to the needs read from its opportunity (see NeedEdits). */
export const needEditsSchema = z.strictObject({
  removed: z
    .array(z.string().regex(/^(concept:[a-z0-9-]{1,80}|code:\d{8}|words)$/, 'must be the key of a need'))
    .max(50, 'at most 50 needs')
    .transform((keys) => [...new Set(keys)]),
  added: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('code'),
          id: requiredCapabilitySchema.shape.code,
        }),
        z.strictObject({
          kind: z.literal('concept'),
          id: z
            .string()
            .refine((id) => getThesaurusConcept(id) !== undefined, 'must be a concept of the thesaurus'),
        }),
      ]),
    )
    .max(20, 'at most 20 needs'),
});
