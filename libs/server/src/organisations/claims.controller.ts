import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { claimDecisionSchema } from '@bitd/domain';
import { z } from 'zod';
import { CurrentActor, Roles } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { ClaimsService } from './claims.service';

const listQuery = z.strictObject({
  status: z
    .enum(['pending', 'approved', 'rejected'], { error: 'must be pending, approved or rejected' })
    .default('pending'),
});

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @Roles('agent')
  @ApiOperation({ summary: "Claims on imported profiles (region agents' queue), oldest first" })
  list(@Query() raw: Record<string, string>) {
    return this.claims.list(parseOrThrow(listQuery, raw).status);
  }

  @Post(':id/decision')
  @Roles('agent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a claim, or reject it with a reason' })
  decide(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.claims.decide(id, parseOrThrow(claimDecisionSchema, body), actor);
  }
}
