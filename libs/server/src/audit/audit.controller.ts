import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../access/access.decorators';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { AuditService } from './audit.service';

const uuid = z.uuid('must be an id');
const day = z.iso.date('must be a date (YYYY-MM-DD)');
const querySchema = z.strictObject({
  entity: z.string().max(40).optional(),
  entityId: z.string().max(64).optional(),
  actorId: uuid.optional(),
  organisationId: uuid.optional(),
  action: z.string().max(60).optional(),
  from: day.optional(),
  to: day.optional(),
  page: z.coerce.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, 'must be at most 100').default(50),
});

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('agent')
  @ApiOperation({
    summary:
      'Every write: who, for which organisation, on whose behalf, what changed (before/after), when, in which request; newest first',
  })
  find(@Query() raw: Record<string, string>) {
    return this.audit.find(parseOrThrow(querySchema, raw));
  }
}
