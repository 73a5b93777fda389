import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

/**
 * A supplier search a person saved: the search page's URL state (`q=…&region=…`), replayed as
 * them. With alerts on, they are told when suppliers they have not seen enter its results.
 */
@Entity({ name: 'saved_searches' })
@Index('ix_saved_searches_user', ['userId', 'createdAt'])
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The search page's query string, without the leading `?` (page and sort left out). */
  @Column({ type: 'varchar', length: 2000 })
  query: string;

  @Column({ type: 'boolean', default: true })
  alerts: boolean;

  /** Suppliers already in its results (or already announced): only others are news. */
  @Column({ name: 'seen_supplier_ids', type: 'uuid', array: true, default: () => "'{}'" })
  seenSupplierIds: string[];

  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
