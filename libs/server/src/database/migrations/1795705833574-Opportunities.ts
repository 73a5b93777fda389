import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Opportunities1795705833574 implements MigrationInterface {
  name = 'Opportunities1795705833574';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "buyers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "category" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aff372821d05bac04a18ff8eb87" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_buyers_name_key" ON "buyers"  ("name_key") ');
    await queryRunner.query(
      'CREATE TABLE "programmes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "name_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_programmes_name_key" ON "programmes"  ("name_key") ');
    await queryRunner.query(
      'CREATE TABLE "opportunities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" character varying(64), "kind" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'draft\', "title" character varying(300) NOT NULL, "description" text, "issuer_id" uuid NOT NULL, "programme_id" uuid, "required_capabilities" jsonb NOT NULL DEFAULT \'[]\', "required_certifications" jsonb NOT NULL DEFAULT \'[]\', "min_clearance" character varying(12) NOT NULL DEFAULT \'NONE\', "trl_min" smallint, "trl_max" smallint, "location_label" character varying(200), "location_lat" double precision, "location_lon" double precision, "max_distance_km" double precision, "deadline" date, "visibility" character varying(12) NOT NULL DEFAULT \'public\', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "content_hash" character(40), "matched_version" integer, "matched_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" character varying(100), "updated_by" character varying(100), "deleted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunities_status_deadline" ON "opportunities"  ("status", "deadline") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_opportunities_external_id" ON "opportunities"  ("external_id") WHERE "external_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunity_matches" ("opportunity_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "score" real NOT NULL, "coverage" real NOT NULL, "eligible" boolean NOT NULL, "need_scores" jsonb NOT NULL, "criteria" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_30a72097274f3fcb9fb9c654cf8" PRIMARY KEY ("opportunity_id", "supplier_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_matches_supplier" ON "opportunity_matches"  ("supplier_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunities" ADD CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d" FOREIGN KEY ("issuer_id") REFERENCES "buyers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunities" ADD CONSTRAINT "FK_bf0752deef658d180e23c474033" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "opportunities" DROP CONSTRAINT "FK_bf0752deef658d180e23c474033"');
    await queryRunner.query('ALTER TABLE "opportunities" DROP CONSTRAINT "FK_6c81912a5d662ec89a7f457c94d"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_matches_supplier"');
    await queryRunner.query('DROP TABLE "opportunity_matches"');
    await queryRunner.query('DROP INDEX "public"."uq_opportunities_external_id"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunities_status_deadline"');
    await queryRunner.query('DROP TABLE "opportunities"');
    await queryRunner.query('DROP INDEX "public"."uq_programmes_name_key"');
    await queryRunner.query('DROP TABLE "programmes"');
    await queryRunner.query('DROP INDEX "public"."uq_buyers_name_key"');
    await queryRunner.query('DROP TABLE "buyers"');
  }
}
