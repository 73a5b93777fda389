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
import { CurrentActor } from '../common/current-actor';
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
  @ApiOperation({ summary: 'Export every supplier profile (?format=jsonl|csv)' })
  exportSuppliers(@Query('format') format = 'jsonl', @Res() res: Response) {
    if (format !== 'jsonl' && format !== 'csv') throw new BadRequestException('format must be jsonl or csv');
    const date = new Date().toISOString().slice(0, 10);
    res.setHeader(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    res.setHeader('Content-Disposition', `attachment; filename="suppliers-${date}.${format}"`);
    const stream = this.exports.stream(format);
    stream.on('error', (e) => res.destroy(e));
    stream.pipe(res);
  }
}
