import type { LocalizedText, NotificationKind } from '@bitd/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/** How a notification is mailed: at once, or in the daily summary (`off` makes none). */
export type MailedDelivery = 'immediate' | 'daily';

/**
 * One thing a person is told. `dedupe_key` names the fact (this opportunity for this company, this
 * event, this certification threshold…): unique per person, and rows are inserted with ON CONFLICT
 * DO NOTHING, so an event handled twice tells nobody twice. `mail_queued_at` records that its mail
 * (or the summary holding it) was handed to the mail queue under a job id of its own.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_user_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
@Index('ix_notifications_unmailed', ['delivery', 'createdAt'], { where: '"mail_queued_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ type: 'jsonb' })
  body: LocalizedText;

  @Column({ type: 'varchar', length: 500 })
  link: string;

  /** The person's choice for this kind when it was created. */
  @Column({ type: 'varchar', length: 12 })
  delivery: MailedDelivery;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'mail_queued_at', type: 'timestamptz', nullable: true })
  mailQueuedAt: Date | null;
}
