import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { opportunitySearchQuerySchema, supplierSearchQuerySchema } from '@bitd/domain';
import { CurrentActor, Public } from '../access/access.decorators';
import { canReadClearance, readsRegistered } from '../access/policies';
import type { Actor } from '../common/actor';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { SearchService } from './search.service';

@ApiTags('search')
@Public()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('suppliers')
  @ApiOperation({
    summary:
      'Search suppliers: q, department, commune, domain, cpv (tree-aware), certification (valid today), clearance, clearanceMin, sizeBand, trlMin/trlMax, site or lat/lon + radiusKm, sort, page, pageSize. Repeat a parameter for OR within a facet.',
  })
  suppliers(@Query() raw: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.search.searchSuppliers(parseOrThrow(supplierSearchQuerySchema, raw), {
      clearance: canReadClearance(actor),
    });
  }

  @Get('opportunities')
  @ApiOperation({
    summary:
      'Search published opportunities (public ones; registered ones too for signed-in organisations): q, kind, domain, programme, cpv (tree-aware), sort (relevance, deadline, -deadline, -updatedAt), page, pageSize.',
  })
  opportunities(@Query() raw: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.search.opportunities(parseOrThrow(opportunitySearchQuerySchema, raw), {
      registered: readsRegistered(actor),
    });
  }
}
