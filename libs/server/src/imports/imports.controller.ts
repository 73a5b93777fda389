import {
  BadRequestException,
  Controller,
  Get,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../common/actor';
import { CurrentActor, Roles } from '../access/access.decorators';
import { sendExport } from './interchange-export';
import { SupplierExportService } from './supplier-export.service';
import { SupplierImportService } from './supplier-import.service';

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(
    private readonly imports: SupplierImportService,
    private readonly exports: SupplierExportService,
  ) {}

  @Post('imports/suppliers')
  @Roles('agent')
  @ApiOperation({ summary: 'Import suppliers (JSON Lines or CSV, multipart field "file"); answers a report' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @UseInterceptors(FileInterceptor('file'))
  async importSuppliers(@UploadedFile() file: Express.Multer.File | undefined, @CurrentActor() actor: Actor) {
    if (!file) throw new BadRequestException('Send the file as multipart/form-data in a field named "file"');
    return this.imports.importFile(file.buffer, file.originalname, { ...actor, id: `import:${actor.id}` });
  }

  @Get('exports/suppliers')
  @Roles('agent')
  @ApiOperation({ summary: 'Export every supplier profile (?format=jsonl|csv)' })
  exportSuppliers(@Query('format') format = 'jsonl', @Res() res: Response) {
    sendExport(res, 'suppliers', format, (f) => this.exports.stream(f));
  }
}
