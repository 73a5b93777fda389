import type { PlatformRole } from '@bitd/domain';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person who signs in: by password (SME staff) or through the OpenID provider (ProConnect). */
@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true, where: '"deleted_at" IS NULL' })
@Index('uq_users_oidc', ['oidcIssuer', 'oidcSubject'], { unique: true, where: '"oidc_subject" IS NOT NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Lowercase. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  /** argon2id; null for a user who only signs in through OpenID Connect. */
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'platform_role', type: 'varchar', length: 12, nullable: true })
  platformRole: PlatformRole | null;

  @Column({ name: 'oidc_issuer', type: 'varchar', length: 300, nullable: true })
  oidcIssuer: string | null;

  @Column({ name: 'oidc_subject', type: 'varchar', length: 255, nullable: true })
  oidcSubject: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** A deleted account keeps its row (the audit log points at it) with its personal data erased. */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
