import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * A supplier on the shortlist its buyer keeps for one of its opportunities (from the matches or
 * from search). The shortlist belongs to the opportunity's issuing organisation.
 */
@Entity({ name: 'shortlist_entries' })
@Index('ix_shortlist_entries_supplier', ['supplierId'])
export class ShortlistEntryEntity {
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @PrimaryColumn({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: OrganisationEntity;

  /** Who added it (null once that account is deleted). */
  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
