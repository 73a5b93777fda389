import type { DataSourceOptions } from 'typeorm';
import { OrganisationEntity } from '../suppliers/organisation.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { BuyerEntity } from '../opportunities/buyer.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { ProgrammeEntity } from '../opportunities/programme.entity';
import { OpportunityMatchEntity } from '../matching/opportunity-match.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  OrganisationEntity,
  OutboxEntity,
  BuyerEntity,
  ProgrammeEntity,
  OpportunityEntity,
  OpportunityMatchEntity,
];

/** Migrations only: the schema is never synchronised from entities (a test checks they agree). */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    extra: { max: 10, application_name: 'bitd' },
  };
}
