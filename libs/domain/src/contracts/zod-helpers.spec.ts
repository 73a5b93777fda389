import fc from 'fast-check';
import { opportunityCreateSchema } from '../opportunity/opportunity.schema';
import { type ReferenceChecks, supplierCreateSchema } from '../supplier/supplier.schema';
import { supplierSearchQuerySchema } from './search.contract';
import { toFieldErrors } from './errors';
import { NUL_MESSAGE, text } from './zod-helpers';

const anyReference: ReferenceChecks = {
  nafExists: () => true,
  communeProblem: () => null,
  cpvCheckDigitProblem: () => null,
};

describe('text fields refuse NUL (PostgreSQL cannot store it)', () => {
  it('refuses any text holding a NUL, wherever it is, and keeps the rest', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const r = text(100).safeParse(`${before}\u0000${after}`);
        expect(r.success).toBe(false);
        expect(r.error?.issues.map((i) => i.message)).toContain(NUL_MESSAGE);
        expect(text(100).safeParse(`${before}${after}`.replaceAll('\u0000', '')).success).toBe(true);
      }),
    );
  });

  it('names the field at fault, however deep, in suppliers, opportunities and search queries', () => {
    const supplier = supplierCreateSchema(anyReference).safeParse({
      siret: '83016613818604',
      name: 'Iroise',
      address: { city: 'Brest', postalCode: '29200' },
      website: 'https://iroise.example.fr/\u0000',
      contacts: [{ name: 'A\u0000B', email: 'a@iroise.example.fr' }],
    });
    expect(toFieldErrors(supplier.error?.issues ?? [])).toEqual([
      { field: 'website', message: NUL_MESSAGE },
      { field: 'contacts[0].name', message: NUL_MESSAGE },
    ]);
    const opportunity = opportunityCreateSchema('2025-01-01').safeParse({
      kind: 'subcontracting',
      title: 'Antennes sonar\u0000',
      issuer: 'Naval Group',
    });
    expect(toFieldErrors(opportunity.error?.issues ?? [])).toContainEqual({
      field: 'title',
      message: NUL_MESSAGE,
    });
    const query = supplierSearchQuerySchema.safeParse({ q: 'sonar\u0000' });
    expect(toFieldErrors(query.error?.issues ?? [])).toEqual([{ field: 'q', message: NUL_MESSAGE }]);
  });
});
