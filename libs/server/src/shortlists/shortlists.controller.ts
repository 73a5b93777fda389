import { Body, Controller, Delete, Get, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { shortlistEntryInputSchema } from '@bitd/domain';
import type { Request, Response } from 'express';
import { CurrentActor, Roles, SignedIn } from '../access/access.decorators';
import type { Actor } from '../common/actor';
import { requestLanguage } from '../common/http-exception.filter';
import { parseNamed } from '../common/named-fields';
import { ShortlistsService } from './shortlists.service';
import { ShortlistExportService } from './shortlist-export.service';

@ApiTags('shortlists')
@SignedIn()
@Controller()
export class ShortlistsController {
  constructor(
    private readonly shortlists: ShortlistsService,
    private readonly exports: ShortlistExportService,
  ) {}

  @Get('shortlists')
  @Roles('buyer', 'agent')
  @ApiOperation({
    summary:
      "Opportunities whose shortlist the reader keeps, with the suppliers on each: a buyer's organisation's open ones; for staff, those that have a shortlist",
  })
  targets(@CurrentActor() actor: Actor) {
    return this.shortlists.targets(actor);
  }

  @Get('opportunities/:id/shortlist')
  @ApiOperation({ summary: "An opportunity's shortlist; its issuer's buyers and staff (others: 404)" })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.shortlists.get(id, actor);
  }

  @Get('opportunities/:id/shortlist.csv')
  @ApiOperation({
    summary: 'The shortlist as CSV: private fields only as far as the reader may read them',
  })
  async csv(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const { filename, csv } = await this.exports.csv(id, actor, requestLanguage(req));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(csv);
  }

  @Put('opportunities/:id/shortlist/:supplierId')
  @ApiOperation({ summary: 'Adds a supplier to the shortlist (or replaces its note, ≤ 500 characters)' })
  put(
    @Param('id') id: string,
    @Param('supplierId') supplierId: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ) {
    const input = parseNamed(shortlistEntryInputSchema, body, { note: { fr: 'note', en: 'note' } });
    return this.shortlists.put(id, supplierId, input, actor);
  }

  @Delete('opportunities/:id/shortlist/:supplierId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Takes a supplier off the shortlist' })
  async remove(
    @Param('id') id: string,
    @Param('supplierId') supplierId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.shortlists.remove(id, supplierId, actor);
  }
}
