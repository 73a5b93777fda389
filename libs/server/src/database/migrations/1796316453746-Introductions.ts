import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Introductions1796316453746 implements MigrationInterface {
  name = 'Introductions1796316453746';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "introductions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "opportunity_id" uuid, "agent_user_id" uuid, "requested_by" uuid, "requested_by_role" character varying(8) NOT NULL, "message" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT \'proposed\', "awaiting_claim" boolean NOT NULL DEFAULT false, "supplier_answer" character varying(8), "supplier_answered_by" uuid, "supplier_answered_at" TIMESTAMP WITH TIME ZONE, "supplier_reason" character varying(1000), "buyer_answer" character varying(8), "buyer_answered_by" uuid, "buyer_answered_at" TIMESTAMP WITH TIME ZONE, "buyer_reason" character varying(1000), "revealed_at" TIMESTAMP WITH TIME ZONE, "meeting_date" date, "outcome" character varying(12), "outcome_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" character varying(100), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_811d59fa8b5c5255e94438b348e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_introductions_status" ON "introductions"  ("status") ');
    await queryRunner.query(
      'CREATE INDEX "ix_introductions_opportunity" ON "introductions"  ("opportunity_id") ',
    );
    await queryRunner.query('CREATE INDEX "ix_introductions_buyer" ON "introductions"  ("buyer_id") ');
    await queryRunner.query('CREATE INDEX "ix_introductions_supplier" ON "introductions"  ("supplier_id") ');
    await queryRunner.query(
      'CREATE TABLE "introduction_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" SERIAL NOT NULL, "introduction_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "side" character varying(8), "author_id" uuid, "author_role" character varying(8), "body" text, "private" boolean NOT NULL DEFAULT false, "date" date, "outcome" character varying(12), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1a826e6f5841a50cf2fb36fb67c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_introduction_entries_introduction" ON "introduction_entries"  ("introduction_id", "seq") ',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "FK_7be0022db540ddaedc133b2100a" FOREIGN KEY ("supplier_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "FK_752ba0bc282f2cb70999b42ed7a" FOREIGN KEY ("buyer_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "FK_f6680cd471d60152a22621f9f79" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introductions" ADD CONSTRAINT "FK_8a127e0d18d4391d52a39717155" FOREIGN KEY ("agent_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_entries" ADD CONSTRAINT "FK_8f855dcf9abef65039f6cb6f4c2" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_entries" ADD CONSTRAINT "FK_ce781bad3f6cde083dfeae5f097" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "introduction_entries" DROP CONSTRAINT "FK_ce781bad3f6cde083dfeae5f097"',
    );
    await queryRunner.query(
      'ALTER TABLE "introduction_entries" DROP CONSTRAINT "FK_8f855dcf9abef65039f6cb6f4c2"',
    );
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "FK_8a127e0d18d4391d52a39717155"');
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "FK_f6680cd471d60152a22621f9f79"');
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "FK_752ba0bc282f2cb70999b42ed7a"');
    await queryRunner.query('ALTER TABLE "introductions" DROP CONSTRAINT "FK_7be0022db540ddaedc133b2100a"');
    await queryRunner.query('DROP INDEX "public"."ix_introduction_entries_introduction"');
    await queryRunner.query('DROP TABLE "introduction_entries"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_supplier"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_buyer"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_opportunity"');
    await queryRunner.query('DROP INDEX "public"."ix_introductions_status"');
    await queryRunner.query('DROP TABLE "introductions"');
  }
}
