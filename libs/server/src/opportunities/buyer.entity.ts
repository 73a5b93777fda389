import type { BuyerCategory } from '@bitd/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation of buyer kind: DGA, a prime contractor, AID, the region, a platform operator. */
@Entity({ name: 'buyers' })
@Index('uq_buyers_name_key', ['nameKey'], { unique: true })
export class BuyerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lowercase, accents and punctuation folded: "DGA Techniques navales" and "dga techniques-navales" are one buyer. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 16 })
  category: BuyerCategory;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
