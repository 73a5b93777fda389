import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One write: who (user, or `import`, `system`…), for which organisation, on whose behalf, what
 * changed. Written in the transaction of the change. After an account is deleted the row keeps
 * the fact (user id) but not the person's data (the label is replaced).
 */
@Entity({ name: 'audit_log' })
@Index('ix_audit_entity', ['entity', 'entityId', 'at'])
@Index('ix_audit_actor', ['actorId', 'at'])
@Index('ix_audit_at', ['at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** The user's id, or null for a process (`import`, `system`, `cli:…`). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 300 })
  actorLabel: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The organisation an agent acted for (edits on a company's behalf). */
  @Column({ name: 'on_behalf_of', type: 'uuid', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
