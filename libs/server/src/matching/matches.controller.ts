import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { STORED_MATCHES } from './matching.service';
import { MatchesService } from './matches.service';

const limitSchema = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1, 'must be 1 or more')
    .max(STORED_MATCHES, `must be at most ${STORED_MATCHES}`)
    .default(50),
});

@ApiTags('matching')
@SignedIn()
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get('opportunities/:id/matches')
  @ApiOperation({
    summary:
      "Ranked suppliers for an opportunity, each with its explanation (stored by the worker); its issuer's buyers and region agents",
  })
  forOpportunity(
    @Param('id') id: string,
    @Query() raw: Record<string, string>,
    @CurrentActor() actor: Actor,
  ) {
    return this.matches.forOpportunity(id, parseOrThrow(limitSchema, raw).limit, actor);
  }

  @Get('opportunities/:id/consortia')
  @ApiOperation({ summary: 'Teams of up to 3 suppliers that together cover the needs (dual research calls)' })
  consortia(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.matches.consortia(id, actor);
  }

  @Get('suppliers/:id/matches')
  @ApiOperation({
    summary:
      'Open opportunities for a supplier, each with its explanation; its own members and region agents',
  })
  forSupplier(@Param('id') id: string, @Query() raw: Record<string, string>, @CurrentActor() actor: Actor) {
    return this.matches.forSupplier(id, parseOrThrow(limitSchema, raw).limit, actor);
  }
}
