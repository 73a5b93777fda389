import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';

/** An opportunity a person keeps in their list (« mes opportunités ») to hear when it changes or closes. */
@Entity({ name: 'opportunity_watches' })
@Index('ix_opportunity_watches_opportunity', ['opportunityId'])
export class OpportunityWatchEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
