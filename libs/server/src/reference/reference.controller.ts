import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { cpvPickerQuerySchema, pickCpv, type CpvPickerItem } from '@bitd/domain';
import { parseOrThrow } from '../common/zod-validation.pipe';
import { Public } from '../access/access.decorators';

@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  @Get('cpv')
  @ApiOperation({
    summary:
      'CPV picker: codes for words (through the defence thesaurus), label words or a code prefix (FR/EN)',
    description:
      '`q` (1 to 1,000 characters, at least one letter or digit), `lang` (fr | en), `limit` (1 to 50). ' +
      'Each answer gives the code, its French and English labels, `matchedBy` (concept | label | code), ' +
      'the thesaurus `concept` behind it, the `words` of the query that named that concept and `via` (why, in both languages).',
  })
  cpv(@Query() raw: Record<string, string>): CpvPickerItem[] {
    const { q, lang, limit } = parseOrThrow(cpvPickerQuerySchema, raw);
    return pickCpv(q, lang, limit);
  }
}
