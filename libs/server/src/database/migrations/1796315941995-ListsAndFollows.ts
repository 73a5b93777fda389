import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListsAndFollows1796315941995 implements MigrationInterface {
  name = 'ListsAndFollows1796315941995';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "shortlist_entries" ("opportunity_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "added_by" uuid, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_11c52e41c0aea3b747eaff23e5f" PRIMARY KEY ("opportunity_id", "supplier_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_shortlist_entries_supplier" ON "shortlist_entries"  ("supplier_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "supplier_follows" ("user_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d92ad85ef235d601d94b3241d01" PRIMARY KEY ("user_id", "supplier_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_supplier_follows_supplier" ON "supplier_follows"  ("supplier_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "opportunity_watches" ("user_id" uuid NOT NULL, "opportunity_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d7e96fc5bcd3284b1ce2b16e775" PRIMARY KEY ("user_id", "opportunity_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_opportunity_watches_opportunity" ON "opportunity_watches"  ("opportunity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "query" character varying(2000) NOT NULL, "alerts" boolean NOT NULL DEFAULT true, "seen_supplier_ids" uuid array NOT NULL DEFAULT \'{}\', "checked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a53c71ccc5cf66dcdc5b33dfe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_saved_searches_user" ON "saved_searches"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "shortlist_entries" ADD CONSTRAINT "FK_98e1cb9e5a3bfc864cf184f34c5" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "shortlist_entries" ADD CONSTRAINT "FK_1318644edcef8e4d530f3403941" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_follows" ADD CONSTRAINT "FK_719647198b7ee00d2032ceed512" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_follows" ADD CONSTRAINT "FK_c52ada7e83e208fdc701e757bc5" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_watches" ADD CONSTRAINT "FK_12439ce832f2d1187102a943fdc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_watches" ADD CONSTRAINT "FK_130dd564ff596dd6a6829fc8150" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_8f01d13ac8e7b451d244674274f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_8f01d13ac8e7b451d244674274f"');
    await queryRunner.query(
      'ALTER TABLE "opportunity_watches" DROP CONSTRAINT "FK_130dd564ff596dd6a6829fc8150"',
    );
    await queryRunner.query(
      'ALTER TABLE "opportunity_watches" DROP CONSTRAINT "FK_12439ce832f2d1187102a943fdc"',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_follows" DROP CONSTRAINT "FK_c52ada7e83e208fdc701e757bc5"',
    );
    await queryRunner.query(
      'ALTER TABLE "supplier_follows" DROP CONSTRAINT "FK_719647198b7ee00d2032ceed512"',
    );
    await queryRunner.query(
      'ALTER TABLE "shortlist_entries" DROP CONSTRAINT "FK_1318644edcef8e4d530f3403941"',
    );
    await queryRunner.query(
      'ALTER TABLE "shortlist_entries" DROP CONSTRAINT "FK_98e1cb9e5a3bfc864cf184f34c5"',
    );
    await queryRunner.query('DROP INDEX "public"."ix_saved_searches_user"');
    await queryRunner.query('DROP TABLE "saved_searches"');
    await queryRunner.query('DROP INDEX "public"."ix_opportunity_watches_opportunity"');
    await queryRunner.query('DROP TABLE "opportunity_watches"');
    await queryRunner.query('DROP INDEX "public"."ix_supplier_follows_supplier"');
    await queryRunner.query('DROP TABLE "supplier_follows"');
    await queryRunner.query('DROP INDEX "public"."ix_shortlist_entries_supplier"');
    await queryRunner.query('DROP TABLE "shortlist_entries"');
  }
}
