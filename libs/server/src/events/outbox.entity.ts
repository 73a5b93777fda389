import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EventPayloads, EventType } from './event-types';

/**
 * One event, written in the same transaction as the change it announces. The worker's relay
 * hands it to the queues of the features that subscribed to its type and marks it sent: a crash
 * means a resend (handlers are idempotent), never a loss.
 */
@Entity({ name: 'outbox' })
@Index('ix_outbox_unsent', ['id'], { where: '"sent_at" IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  type: EventType;

  @Column({ type: 'jsonb' })
  payload: EventPayloads[EventType];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
