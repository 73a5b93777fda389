import type { DataSourceOptions } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { OutboxEntity } from '../events/outbox.entity';
import { UserEntity } from '../accounts/user.entity';
import { SessionEntity } from '../accounts/session.entity';
import { EmailTokenEntity } from '../accounts/email-token.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { InvitationEntity } from '../organisations/invitation.entity';
import { ClaimEntity } from '../organisations/claim.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { ProgrammeEntity } from '../opportunities/programme.entity';
import { OpportunityMatchEntity } from '../matching/opportunity-match.entity';
import { ShortlistEntryEntity } from '../shortlists/shortlist-entry.entity';
import { SupplierFollowEntity } from '../follows/supplier-follow.entity';
import { OpportunityWatchEntity } from '../follows/opportunity-watch.entity';
import { SavedSearchEntity } from '../saved-searches/saved-search.entity';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { IntroductionEntryEntity } from '../introductions/introduction-entry.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { UnsubscribeTokenEntity } from '../notifications/unsubscribe-token.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  OrganisationEntity,
  OutboxEntity,
  ProgrammeEntity,
  OpportunityEntity,
  OpportunityMatchEntity,
  UserEntity,
  SessionEntity,
  EmailTokenEntity,
  MembershipEntity,
  InvitationEntity,
  ClaimEntity,
  AuditEntryEntity,
  ShortlistEntryEntity,
  SupplierFollowEntity,
  OpportunityWatchEntity,
  SavedSearchEntity,
  IntroductionEntity,
  IntroductionEntryEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  UnsubscribeTokenEntity,
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
