import type {
  BuyerCategory,
  CertificationScheme,
  ClearanceLevel,
  LegalForm,
  OrganisationKind,
} from '@bitd/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export interface CapabilityData {
  code: string;
  label: string | null;
  trl: number | null;
  description: string | null;
}
export interface CertificationData {
  scheme: CertificationScheme;
  validUntil: string | null;
  reference: string | null;
}
export interface ReferenceData {
  programme: string | null;
  customer: string | null;
  year: number | null;
  description: string | null;
}
export interface ContactData {
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  /** Chosen by the company: buyers may read this contact. Private (false) by default. */
  visibleToBuyers?: boolean;
}

export type { OrganisationKind };

/**
 * An organisation: a supplier (SME, with its profile), a buyer (DGA directorate, prime
 * contractor, agency: issuer of opportunities) or the region agency. Lists that are always read
 * and written with a profile (capabilities, certifications, references, contacts) are JSONB
 * columns: one row per profile keeps bulk imports fast; search and matching read them from the
 * Meilisearch projection.
 *
 * SIRET, city and postal code are typed as always present because every path that reads them
 * reads supplier rows, and the database guarantees them there (`ck_organisations_supplier_fields`);
 * buyer and region rows leave them null.
 */
@Entity({ name: 'organisations' })
@Check(
  'ck_organisations_supplier_fields',
  `"kind" <> 'supplier' OR ("siret" IS NOT NULL AND "city" IS NOT NULL AND "postal_code" IS NOT NULL)`,
)
@Index('uq_organisations_siret', ['siret'], { unique: true })
@Index('uq_organisations_buyer_name_key', ['nameKey'], { unique: true, where: `"kind" = 'buyer'` })
@Index('ix_organisations_updated_at', ['updatedAt'])
@Index('uq_organisations_external_id', ['externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16, default: 'supplier' })
  kind: OrganisationKind;

  @Column({ name: 'external_id', type: 'varchar', length: 64, nullable: true })
  externalId: string | null;

  @Column({ type: 'char', length: 14, nullable: true })
  siret: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Buyers: lowercase, accents and punctuation folded, so "DGA Techniques navales" and "dga techniques-navales" are one. */
  @Column({ name: 'name_key', type: 'varchar', length: 200, nullable: true })
  nameKey: string | null;

  /** Buyers: DGA, prime, agency… */
  @Column({ name: 'buyer_category', type: 'varchar', length: 16, nullable: true })
  buyerCategory: BuyerCategory | null;

  @Column({ name: 'legal_form', type: 'varchar', length: 20, nullable: true })
  legalForm: LegalForm | null;

  @Column({ name: 'naf_code', type: 'varchar', length: 6, nullable: true })
  nafCode: string | null;

  @Column({ type: 'integer', nullable: true })
  headcount: number | null;

  @Column({
    name: 'revenue_eur',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) },
  })
  revenueEur: number | null;

  @Column({ name: 'defence_revenue_share', type: 'double precision', nullable: true })
  defenceRevenueShare: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  street: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string;

  @Column({ name: 'postal_code', type: 'char', length: 5, nullable: true })
  postalCode: string;

  @Column({ name: 'insee_code', type: 'char', length: 5, nullable: true })
  inseeCode: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  department: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  capabilities: CapabilityData[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  certifications: CertificationData[];

  @Column({ type: 'varchar', length: 12, default: 'NONE' })
  clearance: ClearanceLevel;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  references: ReferenceData[];

  /** Personal data: shown to signed-in buyers and agents only, never indexed. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: ContactData[];

  @Column({ type: 'smallint', default: 0 })
  completeness: number;

  /** Hash of the imported content: a re-import of the same row changes nothing. */
  @Column({ name: 'content_hash', type: 'char', length: 40, nullable: true })
  contentHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 100, nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 100, nullable: true })
  updatedBy: string | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by', type: 'varchar', length: 100, nullable: true })
  deletedBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
