import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  SUPPLIER_SORT_FIELDS,
  SupplierInput,
  SupplierUpdate,
  supplierCreateSchema,
  supplierUpdateSchema,
  MAX_PAGE_SIZE,
  nulFree,
} from '@bitd/domain';
import { z } from 'zod';
import { CurrentActor, Public, Roles, SignedIn } from '../access/access.decorators';
import { Actor } from '../common/actor';
import { ZodValidationPipe, parseOrThrow } from '../common/zod-validation.pipe';
import { officialReferenceChecks } from '../reference/reference-checks';
import { SuppliersService } from './suppliers.service';

const createSchema = supplierCreateSchema(officialReferenceChecks);
const updateSchema = supplierUpdateSchema(officialReferenceChecks);
const sortValues = SUPPLIER_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

const listQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(20),
  sort: z.enum(sortValues, { error: `must be one of ${sortValues.join(', ')}` }).default('name'),
  q: nulFree(z.string().trim().max(200)).optional(),
  department: z
    .string()
    .regex(/^(\d{2}|2[AB])$/, 'must be a department code such as 29')
    .optional(),
  includeDeleted: z.enum(['true', 'false']).optional(),
});

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object;

@ApiTags('suppliers')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List supplier profiles (paginated, sorted; ?sort=-updatedAt for descending)' })
  list(@Query() raw: Record<string, string>, @CurrentActor() actor: Actor) {
    const q = parseOrThrow(listQuerySchema, raw);
    const desc = q.sort.startsWith('-');
    return this.suppliers.list(
      {
        page: q.page,
        pageSize: q.pageSize,
        sort: (desc ? q.sort.slice(1) : q.sort) as (typeof SUPPLIER_SORT_FIELDS)[number],
        order: desc ? 'DESC' : 'ASC',
        q: q.q || undefined,
        department: q.department,
        includeDeleted: q.includeDeleted === 'true' && actor.role === 'admin',
      },
      actor,
    );
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One supplier profile with completeness and certification status' })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.suppliers.get(id, actor);
  }

  @Post()
  @Roles('agent')
  @ApiOperation({
    summary:
      'Create a supplier profile (region agents; companies sign up instead); 409 with details.existingId when the SIRET is registered',
  })
  @ApiBody({ schema: jsonSchema(createSchema) })
  create(@Body(new ZodValidationPipe(createSchema)) body: SupplierInput, @CurrentActor() actor: Actor) {
    return this.suppliers.create(body, actor);
  }

  @Patch(':id')
  @SignedIn()
  @ApiOperation({
    summary:
      "Change some fields (the company's members, or an agent on its behalf; null clears an optional field); If-Match: <version> guards lost updates",
  })
  @ApiBody({ schema: jsonSchema(updateSchema) })
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateSchema)) body: SupplierUpdate,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const version = ifMatch && /^"?\d+"?$/.test(ifMatch) ? Number(ifMatch.replace(/"/g, '')) : undefined;
    return this.suppliers.update(id, body, actor, version);
  }

  @Delete(':id')
  @Roles('agent')
  @HttpCode(204)
  @ApiOperation({ summary: 'Soft-delete a profile (an administrator can restore it)' })
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.suppliers.remove(id, actor);
  }

  @Post(':id/restore')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore a deleted profile (administrators)' })
  restore(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.suppliers.restore(id, actor);
  }
}
