import type {
  CertificationScheme,
  ClearanceLevel,
  NeedEdits,
  OpportunityKind,
  OpportunityStatus,
  OpportunityVisibility,
} from '@bitd/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProgrammeEntity } from './programme.entity';

export interface RequiredCapabilityData {
  code: string;
  weight: number;
}

/** A need published by a buyer: subcontracting lot, dual research call or platform access. */
@Entity({ name: 'opportunities' })
@Index('uq_opportunities_external_id', ['externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('ix_opportunities_status_deadline', ['status', 'deadline'])
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_id', type: 'varchar', length: 64, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: OpportunityKind;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: OpportunityStatus;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'issuer_id', type: 'uuid' })
  issuerId: string;

  /** The buyer organisation that owns it: its members edit it and read its drafts and matches. */
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: OrganisationEntity;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'programme_id' })
  programme?: ProgrammeEntity | null;

  @Column({ name: 'required_capabilities', type: 'jsonb', default: () => "'[]'" })
  requiredCapabilities: RequiredCapabilityData[];

  @Column({ name: 'required_certifications', type: 'jsonb', default: () => "'[]'" })
  requiredCertifications: CertificationScheme[];

  @Column({ name: 'min_clearance', type: 'varchar', length: 12, default: 'NONE' })
  minClearance: ClearanceLevel;

  @Column({ name: 'trl_min', type: 'smallint', nullable: true })
  trlMin: number | null;

  @Column({ name: 'trl_max', type: 'smallint', nullable: true })
  trlMax: number | null;

  @Column({ name: 'location_label', type: 'varchar', length: 200, nullable: true })
  locationLabel: string | null;

  @Column({ name: 'location_lat', type: 'double precision', nullable: true })
  locationLat: number | null;

  @Column({ name: 'location_lon', type: 'double precision', nullable: true })
  locationLon: number | null;

  @Column({ name: 'max_distance_km', type: 'double precision', nullable: true })
  maxDistanceKm: number | null;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'varchar', length: 12, default: 'public' })
  visibility: OpportunityVisibility;

  /** The buyer's corrections to the needs the matcher read (struck out, added); the matcher honours them. */
  @Column({ name: 'need_edits', type: 'jsonb', default: () => `'{"added": [], "removed": []}'` })
  needEdits: NeedEdits;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Hash of the imported content: a re-import of the same row changes nothing. */
  @Column({ name: 'content_hash', type: 'char', length: 40, nullable: true })
  contentHash: string | null;

  /** Version whose matches are stored (null: never matched); behind `version` = being recomputed. */
  @Column({ name: 'matched_version', type: 'integer', nullable: true })
  matchedVersion: number | null;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

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

  @VersionColumn({ default: 1 })
  version: number;
}
