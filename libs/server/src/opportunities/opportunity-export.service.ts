import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BuyerEntity } from './buyer.entity';
import { OpportunityEntity } from './opportunity.entity';
import { toOpportunityInterchange } from './opportunity.mapper';

/** Every live opportunity in the interchange format; a re-import of the file changes nothing. */
@Injectable()
export class OpportunityExportService {
  constructor(private readonly dataSource: DataSource) {}

  async jsonl(): Promise<string> {
    const rows = await this.dataSource.getRepository(OpportunityEntity).find({
      relations: { issuer: true, programme: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows
      .map(
        (r) =>
          JSON.stringify(toOpportunityInterchange(r as OpportunityEntity & { issuer: BuyerEntity })) + '\n',
      )
      .join('');
  }
}
