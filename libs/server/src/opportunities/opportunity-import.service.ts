import { Injectable, Logger } from '@nestjs/common';
import { ImportReport, ImportRowError, opportunityImportSchema } from '@bitd/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { parseImportFile } from '../imports/import-file.parser';
import { UNIQUE_EXTERNAL_ID, importReport, validImportRows } from '../imports/import-rows';
import { opportunityCsv } from './opportunity-csv.layout';
import { toOpportunityRecord } from './opportunity.mapper';
import { OpportunitiesService, today } from './opportunities.service';

/**
 * Imports an opportunity file (JSON Lines or CSV, INTERCHANGE.md): idempotent by externalId, each
 * row in its own transaction (all or nothing), a report with every rejected row's line, field and
 * reason. Buyer files are small (tens to thousands of rows), so row-by-row keeps one code path with
 * the API.
 */
@Injectable()
export class OpportunityImportService {
  private readonly logger = new Logger(OpportunityImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async importFile(buffer: Buffer, fileName: string | undefined, actor: Actor): Promise<ImportReport> {
    const started = performance.now();
    const { format, lines } = parseImportFile(buffer, fileName, opportunityCsv);
    const schema = opportunityImportSchema(today());
    const errors: ImportRowError[] = [];
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const { line, externalId, row } of validImportRows(lines, schema, [UNIQUE_EXTERNAL_ID], errors)) {
      try {
        const { outcome } = await this.dataSource.transaction((m) =>
          this.opportunities.upsertImported(
            m,
            { ...toOpportunityRecord(row), externalId: row.externalId },
            row.issuer,
            row.programme ?? null,
            actor,
          ),
        );
        counts[outcome]++;
      } catch (e) {
        if (e instanceof DomainError && e.errors) {
          for (const fe of e.errors) errors.push({ line, externalId, ...fe });
        } else {
          this.logger.warn(`opportunity import line ${line} failed: ${(e as Error).message}`);
          errors.push({
            line,
            externalId,
            field: '(row)',
            message: 'could not be saved; nothing was written for this row',
          });
        }
      }
    }
    const report = importReport(format, lines, counts, errors, started);
    this.logger.log({ msg: 'opportunity import', actor: actor.id, ...report, errors: undefined });
    return report;
  }
}
