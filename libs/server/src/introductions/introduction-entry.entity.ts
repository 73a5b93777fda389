import type { IntroductionEntryKind, IntroductionOutcome, IntroductionSide } from '@bitd/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { IntroductionEntity } from './introduction.entity';

/**
 * One line of an introduction's timeline: a change of its life (answers, meeting, outcome) or a
 * note. Private notes are read by region agents and administrators only.
 */
@Entity({ name: 'introduction_entries' })
@Index('ix_introduction_entries_introduction', ['introductionId', 'seq'])
export class IntroductionEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of writing: entries of one transaction share their time (an acceptance and its reveal). */
  @Column({ type: 'integer' })
  @Generated('increment')
  seq: number;

  @Column({ name: 'introduction_id', type: 'uuid' })
  introductionId: string;

  @ManyToOne(() => IntroductionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'introduction_id' })
  introduction?: IntroductionEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: IntroductionEntryKind;

  @Column({ type: 'varchar', length: 8, nullable: true })
  side: IntroductionSide | null;

  /** Who acted (null for the platform, or once the account is gone). */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The role the author acted with. */
  @Column({ name: 'author_role', type: 'varchar', length: 8, nullable: true })
  authorRole: 'agent' | 'admin' | 'supplier' | 'buyer' | null;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'boolean', default: false })
  private: boolean;

  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome: IntroductionOutcome | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
