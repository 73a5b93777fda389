import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1796290057647 implements MigrationInterface {
  name = 'Accounts1796290057647';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "opportunities" DROP CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d"');
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "password_hash" character varying(200), "email_verified_at" TIMESTAMP WITH TIME ZONE, "platform_role" character varying(12), "oidc_issuer" character varying(300), "oidc_subject" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_users_oidc" ON "users"  ("oidc_issuer", "oidc_subject") WHERE "oidc_subject" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") WHERE "deleted_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "method" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "email_tokens" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_email_tokens_user" ON "email_tokens"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "memberships" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(12) NOT NULL DEFAULT \'member\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c1e2fdfed4f6838e0c05ae5051" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_memberships_organisation" ON "memberships"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(12) NOT NULL DEFAULT \'member\', "token_hash" character(64) NOT NULL, "invited_by" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_invitations_organisation" ON "invitations"  ("organisation_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_invitations_token" ON "invitations"  ("token_hash") ');
    await queryRunner.query(
      'CREATE TABLE "claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "user_id" uuid, "status" character varying(12) NOT NULL DEFAULT \'pending\', "reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96c91970c0dcb2f69fdccd0a698" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_claims_status" ON "claims"  ("status", "created_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_claims_pending_organisation" ON "claims"  ("organisation_id") WHERE "status" = \'pending\'',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_label" character varying(300) NOT NULL, "organisation_id" uuid, "on_behalf_of" uuid, "action" character varying(60) NOT NULL, "entity" character varying(40) NOT NULL, "entity_id" character varying(64), "changes" jsonb NOT NULL DEFAULT \'{}\', "request_id" character varying(64), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_audit_at" ON "audit_log"  ("at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_actor" ON "audit_log"  ("actor_id", "at") ');
    await queryRunner.query('CREATE INDEX "ix_audit_entity" ON "audit_log"  ("entity", "entity_id", "at") ');
    await queryRunner.query('ALTER TABLE "organisations" ADD "name_key" character varying(200)');
    await queryRunner.query('ALTER TABLE "organisations" ADD "buyer_category" character varying(16)');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "siret" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "city" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "postal_code" DROP NOT NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisations_buyer_name_key" ON "organisations"  ("name_key") WHERE "kind" = \'buyer\'',
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD CONSTRAINT "ck_organisations_supplier_fields" CHECK ("kind" <> \'supplier\' OR ("siret" IS NOT NULL AND "city" IS NOT NULL AND "postal_code" IS NOT NULL))',
    );
    // Buyers become organisations of kind 'buyer', keeping their ids so opportunities still point at them.
    await queryRunner.query(
      `INSERT INTO "organisations" ("id", "kind", "name", "name_key", "buyer_category", "created_at", "updated_at", "created_by", "updated_by")
       SELECT "id", 'buyer', "name", "name_key", "category", "created_at", "created_at", 'migration', 'migration' FROM "buyers"`,
    );
    await queryRunner.query('DROP INDEX "public"."uq_buyers_name_key"');
    await queryRunner.query('DROP TABLE "buyers"');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "email_tokens" ADD CONSTRAINT "FK_018295f41628791c301bfe8b625" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitations" ADD CONSTRAINT "FK_db8eb6da8f383cb3443217d8536" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_77ef983b90f8608060f4b42c100" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "claims" ADD CONSTRAINT "FK_6b6d7ad7d8c3982b44194fd542c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunities" ADD CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d" FOREIGN KEY ("issuer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "opportunities" DROP CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d"');
    await queryRunner.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_6b6d7ad7d8c3982b44194fd542c"');
    await queryRunner.query('ALTER TABLE "claims" DROP CONSTRAINT "FK_77ef983b90f8608060f4b42c100"');
    await queryRunner.query('ALTER TABLE "invitations" DROP CONSTRAINT "FK_db8eb6da8f383cb3443217d8536"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "email_tokens" DROP CONSTRAINT "FK_018295f41628791c301bfe8b625"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query(
      'CREATE TABLE "buyers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "category" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aff372821d05bac04a18ff8eb87" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_buyers_name_key" ON "buyers"  ("name_key") ');
    await queryRunner.query(
      `INSERT INTO "buyers" ("id", "name", "name_key", "category", "created_at")
       SELECT "id", "name", "name_key", coalesce("buyer_category", 'other'), "created_at" FROM "organisations" WHERE "kind" = 'buyer'`,
    );
    await queryRunner.query(`DELETE FROM "organisations" WHERE "kind" <> 'supplier'`);
    await queryRunner.query('ALTER TABLE "organisations" DROP CONSTRAINT "ck_organisations_supplier_fields"');
    await queryRunner.query('DROP INDEX "public"."uq_organisations_buyer_name_key"');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "postal_code" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "city" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "organisations" ALTER COLUMN "siret" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "buyer_category"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "name_key"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_entity"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_actor"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_at"');
    await queryRunner.query('DROP TABLE "audit_log"');
    await queryRunner.query('DROP INDEX "public"."uq_claims_pending_organisation"');
    await queryRunner.query('DROP INDEX "public"."ix_claims_status"');
    await queryRunner.query('DROP TABLE "claims"');
    await queryRunner.query('DROP INDEX "public"."uq_invitations_token"');
    await queryRunner.query('DROP INDEX "public"."ix_invitations_organisation"');
    await queryRunner.query('DROP TABLE "invitations"');
    await queryRunner.query('DROP INDEX "public"."ix_memberships_organisation"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP INDEX "public"."ix_email_tokens_user"');
    await queryRunner.query('DROP TABLE "email_tokens"');
    await queryRunner.query('DROP INDEX "public"."ix_sessions_user"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP INDEX "public"."uq_users_email"');
    await queryRunner.query('DROP INDEX "public"."uq_users_oidc"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query(
      'ALTER TABLE "opportunities" ADD CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d" FOREIGN KEY ("issuer_id") REFERENCES "buyers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}
