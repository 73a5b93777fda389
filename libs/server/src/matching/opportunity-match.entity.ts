import type { MatchCriterion } from '@bitd/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A stored match of one supplier for one opportunity, with its explanation. Written by the
 * worker; the API only reads. Near misses (`eligible` false) are kept beside the eligible ones, to
 * say what each lacks and which stated requirement rules out the most.
 */
@Entity({ name: 'opportunity_matches' })
@Index('ix_opportunity_matches_supplier', ['supplierId'])
export class OpportunityMatchEntity {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @PrimaryColumn({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'real' })
  coverage: number;

  @Column({ type: 'boolean' })
  eligible: boolean;

  /** Score per need, in the order of the opportunity's needs (consortium building reads it). */
  @Column({ name: 'need_scores', type: 'jsonb' })
  needScores: number[];

  @Column({ type: 'jsonb' })
  criteria: MatchCriterion[];

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
