import type { IntroductionAnswer, IntroductionOutcome, IntroductionStatus } from '@bitd/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * An introduction between a supplier and a buyer organisation, brokered by a region agent. Each
 * side's answer is kept with who gave it and when (double opt-in); contacts are revealed once both
 * accepted (`revealedAt`). Its timeline and notes are `introduction_entries`.
 */
@Entity({ name: 'introductions' })
@Index('ix_introductions_supplier', ['supplierId'])
@Index('ix_introductions_buyer', ['buyerId'])
@Index('ix_introductions_opportunity', ['opportunityId'])
@Index('ix_introductions_status', ['status'])
export class IntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: OrganisationEntity;

  @Column({ name: 'buyer_id', type: 'uuid' })
  buyerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_id' })
  buyer?: OrganisationEntity;

  @Column({ name: 'opportunity_id', type: 'uuid', nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity | null;

  /** The region agent brokering it; null while a buyer's request waits in the agents' queue. */
  @Column({ name: 'agent_user_id', type: 'uuid', nullable: true })
  agentUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_user_id' })
  agent?: UserEntity | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'requested_by_role', type: 'varchar', length: 8 })
  requestedByRole: 'agent' | 'buyer';

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'varchar', length: 20, default: 'proposed' })
  status: IntroductionStatus;

  /** Proposed to a profile without members: it waits in the agents' queue until claimed. */
  @Column({ name: 'awaiting_claim', type: 'boolean', default: false })
  awaitingClaim: boolean;

  @Column({ name: 'supplier_answer', type: 'varchar', length: 8, nullable: true })
  supplierAnswer: IntroductionAnswer | null;

  @Column({ name: 'supplier_answered_by', type: 'uuid', nullable: true })
  supplierAnsweredBy: string | null;

  @Column({ name: 'supplier_answered_at', type: 'timestamptz', nullable: true })
  supplierAnsweredAt: Date | null;

  @Column({ name: 'supplier_reason', type: 'varchar', length: 1000, nullable: true })
  supplierReason: string | null;

  @Column({ name: 'buyer_answer', type: 'varchar', length: 8, nullable: true })
  buyerAnswer: IntroductionAnswer | null;

  @Column({ name: 'buyer_answered_by', type: 'uuid', nullable: true })
  buyerAnsweredBy: string | null;

  @Column({ name: 'buyer_answered_at', type: 'timestamptz', nullable: true })
  buyerAnsweredAt: Date | null;

  @Column({ name: 'buyer_reason', type: 'varchar', length: 1000, nullable: true })
  buyerReason: string | null;

  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt: Date | null;

  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  outcome: IntroductionOutcome | null;

  @Column({ name: 'outcome_date', type: 'date', nullable: true })
  outcomeDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 100, nullable: true })
  updatedBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
