import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { ImportFormat } from '../imports/import-file.parser';
import { interchangeStream } from '../imports/interchange-export';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { OpportunityEntity } from './opportunity.entity';
import { opportunityCsv } from './opportunity-csv.layout';
import { toOpportunityInterchange } from './opportunity.mapper';

/** Every live opportunity in the interchange format; a re-import of the file changes nothing. */
@Injectable()
export class OpportunityExportService {
  constructor(private readonly dataSource: DataSource) {}

  /** Buyer lists are small (thousands at most): read in one query. */
  private async *rows(): AsyncGenerator<Record<string, unknown>> {
    const rows = await this.dataSource.getRepository(OpportunityEntity).find({
      relations: { issuer: true, programme: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const r of rows)
      yield toOpportunityInterchange(r as OpportunityEntity & { issuer: OrganisationEntity });
  }

  stream(format: ImportFormat): Readable {
    return interchangeStream(this.rows(), format, opportunityCsv);
  }
}
