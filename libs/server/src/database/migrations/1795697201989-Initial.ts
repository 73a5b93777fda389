import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795697201989 implements MigrationInterface {
  name = 'Initial1795697201989';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL DEFAULT \'supplier\', "external_id" character varying(64), "siret" character(14) NOT NULL, "name" character varying(200) NOT NULL, "legal_form" character varying(20), "naf_code" character varying(6), "headcount" integer, "revenue_eur" bigint, "defence_revenue_share" double precision, "website" character varying(500), "street" character varying(300), "city" character varying(100) NOT NULL, "postal_code" character(5) NOT NULL, "insee_code" character(5), "department" character varying(3), "lat" double precision, "lon" double precision, "description" text, "capabilities" jsonb NOT NULL DEFAULT \'[]\', "certifications" jsonb NOT NULL DEFAULT \'[]\', "clearance" character varying(12) NOT NULL DEFAULT \'NONE\', "references" jsonb NOT NULL DEFAULT \'[]\', "contacts" jsonb NOT NULL DEFAULT \'[]\', "completeness" smallint NOT NULL DEFAULT \'0\', "content_hash" character(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" character varying(100), "updated_by" character varying(100), "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" character varying(100), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_organisations_external_id" ON "organisations"  ("external_id") WHERE "external_id" IS NOT NULL',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_organisations_siret" ON "organisations"  ("siret") ');
    await queryRunner.query(
      'CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "aggregate" character varying(32) NOT NULL, "aggregate_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_outbox_unsent" ON "outbox"  ("id") WHERE "sent_at" IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_outbox_unsent"');
    await queryRunner.query('DROP TABLE "outbox"');
    await queryRunner.query('DROP INDEX "public"."uq_organisations_siret"');
    await queryRunner.query('DROP INDEX "public"."uq_organisations_external_id"');
    await queryRunner.query('DROP TABLE "organisations"');
  }
}
