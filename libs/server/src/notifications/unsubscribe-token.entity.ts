import type { NotificationKind } from '@bitd/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/**
 * The unsubscribe link of one mail: it turns one kind off for one person, once. The row keeps the
 * token's SHA-256 only (as email_tokens), so a leaked table unsubscribes nobody.
 */
@Entity({ name: 'unsubscribe_tokens' })
@Index('ix_unsubscribe_tokens_user', ['userId'])
export class UnsubscribeTokenEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
