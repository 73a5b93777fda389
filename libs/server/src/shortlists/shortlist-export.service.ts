import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { shortlistCsv } from './shortlist-csv';
import { ShortlistsService } from './shortlists.service';

/** The shortlist as a CSV download, with the reader's field rules. */
@Injectable()
export class ShortlistExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shortlists: ShortlistsService,
  ) {}

  async csv(
    opportunityId: string,
    actor: Actor,
    lang: 'fr' | 'en',
  ): Promise<{ filename: string; csv: string }> {
    const rows = await this.shortlists.rows(opportunityId, actor);
    const suppliers = rows.length
      ? await this.dataSource
          .getRepository(OrganisationEntity)
          .findBy({ id: In(rows.map((r) => r.supplierId)) })
      : [];
    const date = new Date().toISOString().slice(0, 10);
    return {
      filename: `${lang === 'fr' ? 'preselection' : 'shortlist'}-${opportunityId.slice(0, 8)}-${date}.csv`,
      csv: shortlistCsv(rows, new Map(suppliers.map((s) => [s.id, s])), actor, lang),
    };
  }
}
