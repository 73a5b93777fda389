import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxAggregate = 'organisation' | 'opportunity';
export type OutboxKind = 'upserted' | 'deleted';

/**
 * Written in the same transaction as the change it announces; the worker relays it to BullMQ
 * (job id = outbox id) so a crash means a resend, never a loss.
 */
@Entity({ name: 'outbox' })
@Index('ix_outbox_unsent', ['id'], { where: '"sent_at" IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  aggregate: OutboxAggregate;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OutboxKind;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
