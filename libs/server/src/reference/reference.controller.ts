import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { searchCpv } from '@bitd/domain';
import { z } from 'zod';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { Public } from '../access/access.decorators';

const cpvQuery = z.strictObject({
  q: z.string().trim().min(1, 'type a code or a word').max(100),
  lang: z.enum(['fr', 'en']).default('fr'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  @Get('cpv')
  @ApiOperation({ summary: 'Search the CPV reference by code prefix or words (FR/EN)' })
  cpv(@Query() raw: Record<string, string>) {
    const { q, lang, limit } = parseOrThrow(cpvQuery, raw);
    return searchCpv(q, lang, limit).map(({ code, fr, en }) => ({ code, fr, en }));
  }
}
