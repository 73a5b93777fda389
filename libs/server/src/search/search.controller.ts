import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { opportunitySearchQuerySchema, supplierSearchQuerySchema } from '@bitd/domain';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('suppliers')
  @ApiOperation({
    summary:
      'Search suppliers: q, department, commune, domain, cpv (tree-aware), certification (valid today), clearance, clearanceMin, sizeBand, trlMin/trlMax, site or lat/lon + radiusKm, sort, page, pageSize. Repeat a parameter for OR within a facet.',
  })
  suppliers(@Query() raw: Record<string, unknown>) {
    return this.search.searchSuppliers(parseOrThrow(supplierSearchQuerySchema, raw));
  }

  @Get('opportunities')
  @ApiOperation({
    summary:
      'Search published public opportunities: q, kind, domain, programme, cpv (tree-aware), sort (relevance, deadline, -deadline, -updatedAt), page, pageSize.',
  })
  opportunities(@Query() raw: Record<string, unknown>) {
    return this.search.opportunities(parseOrThrow(opportunitySearchQuerySchema, raw));
  }
}
