import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MAX_PAGE_SIZE,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  OpportunityInput,
  OpportunityUpdate,
  needEditsSchema,
  opportunityCreateSchema,
  opportunityUpdateSchema,
} from '@bitd/domain';
import type { Response } from 'express';
import { z } from 'zod';
import { Actor } from '../common/actor';
import { CurrentActor, Public, Roles } from '../access/access.decorators';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { sendExport } from '../imports/interchange-export';
import { OpportunitiesService, today } from './opportunities.service';
import { OpportunityExportService } from './opportunity-export.service';
import { OpportunityImportService } from './opportunity-import.service';

const sortValues = ['deadline', '-deadline', 'updatedAt', '-updatedAt', 'title', '-title'] as const;
const listQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(20),
  status: z
    .enum(OPPORTUNITY_STATUSES, { error: `must be one of ${OPPORTUNITY_STATUSES.join(', ')}` })
    .optional(),
  kind: z.enum(OPPORTUNITY_KINDS, { error: `must be one of ${OPPORTUNITY_KINDS.join(', ')}` }).optional(),
  sort: z.enum(sortValues, { error: `must be one of ${sortValues.join(', ')}` }).default('deadline'),
});
const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object;

@ApiTags('opportunities')
@Controller()
export class OpportunitiesController {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly imports: OpportunityImportService,
    private readonly exports: OpportunityExportService,
  ) {}

  @Get('opportunities')
  @Public()
  @ApiOperation({
    summary:
      "List the opportunities the reader may see (?status=published&kind=dual_research&sort=-deadline): published public ones for everybody, registered ones for signed-in organisations, drafts and closed ones for their issuer's buyers and region agents",
  })
  list(@Query() raw: Record<string, string>, @CurrentActor() actor: Actor) {
    const q = parseOrThrow(listQuerySchema, raw);
    const desc = q.sort.startsWith('-');
    return this.opportunities.list(
      {
        page: q.page,
        pageSize: q.pageSize,
        status: q.status,
        kind: q.kind,
        sort: (desc ? q.sort.slice(1) : q.sort) as 'deadline' | 'updatedAt' | 'title',
        order: desc ? 'DESC' : 'ASC',
      },
      actor,
    );
  }

  @Get('buyers')
  @Public()
  @ApiOperation({
    summary: 'Buyer organisations (DGA, primes, AID, the region, platforms) and their opportunity counts',
  })
  buyers() {
    return this.opportunities.buyers();
  }

  @Get('programmes')
  @Public()
  @ApiOperation({ summary: 'Programmes named by opportunities, with their opportunity counts' })
  programmes() {
    return this.opportunities.programmes();
  }

  @Get('opportunities/:id')
  @Public()
  @ApiOperation({ summary: 'One opportunity (404 when the reader may not see it)' })
  get(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.opportunities.get(id, actor);
  }

  @Post('opportunities')
  @Roles('buyer', 'agent')
  @ApiOperation({
    summary:
      "Create an opportunity (status draft by default, or published); a buyer's is always issued by its own organisation",
  })
  @ApiBody({ schema: jsonSchema(opportunityCreateSchema('2000-01-01')) })
  create(@Body() body: unknown, @CurrentActor() actor: Actor) {
    const input: OpportunityInput = parseOrThrow(opportunityCreateSchema(today()), body);
    return this.opportunities.create(input, actor);
  }

  @Patch('opportunities/:id')
  @Roles('buyer', 'agent')
  @ApiOperation({ summary: 'Change some fields (null clears an optional one); If-Match: <version>' })
  @ApiBody({ schema: jsonSchema(opportunityUpdateSchema('2000-01-01')) })
  update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const patch: OpportunityUpdate = parseOrThrow(opportunityUpdateSchema(today()), body);
    const version = ifMatch && /^"?\d+"?$/.test(ifMatch) ? Number(ifMatch.replace(/"/g, '')) : undefined;
    return this.opportunities.update(id, patch, actor, version);
  }

  @Put('opportunities/:id/needs')
  @Roles('buyer', 'agent')
  @ApiOperation({
    summary:
      'Correct the needs the matcher read: strike some out by key, add CPV codes or thesaurus concepts; the matches are then recomputed',
  })
  @ApiBody({ schema: jsonSchema(needEditsSchema) })
  setNeeds(@Param('id') id: string, @Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.opportunities.setNeedEdits(id, parseOrThrow(needEditsSchema, body), actor);
  }

  @Post('opportunities/:id/publish')
  @Roles('buyer', 'agent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft (its deadline must not have passed)' })
  publish(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.opportunities.publish(id, actor);
  }

  @Post('opportunities/:id/close')
  @Roles('buyer', 'agent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an opportunity' })
  close(@Param('id') id: string, @CurrentActor() actor: Actor) {
    return this.opportunities.close(id, actor);
  }

  @Delete('opportunities/:id')
  @Roles('buyer', 'agent')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an opportunity (soft)' })
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.opportunities.remove(id, actor);
  }

  @Post('imports/opportunities')
  @Roles('agent')
  @ApiOperation({
    summary: 'Import opportunities (JSON Lines or CSV, multipart field "file"); answers a report',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @UseInterceptors(FileInterceptor('file'))
  importFile(@UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor) {
    if (!file) throw new BadRequestException('Send the file as multipart/form-data in a field named "file"');
    return this.imports.importFile(file.buffer, file.originalname, { ...actor, id: `import:${actor.id}` });
  }

  @Get('exports/opportunities')
  @Roles('agent')
  @ApiOperation({ summary: 'Export every opportunity (?format=jsonl|csv)' })
  exportFile(@Query('format') format = 'jsonl', @Res() res: Response) {
    sendExport(res, 'opportunities', format, (f) => this.exports.stream(f));
  }
}
