import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows become typed events: `type` and a small `payload` replace aggregate/id/kind.
 * Unsent rows are rewritten so that nothing in flight is lost.
 */
export class TypedEvents1796315000000 implements MigrationInterface {
  name = 'TypedEvents1796315000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox" ADD "type" character varying(64)');
    await queryRunner.query('ALTER TABLE "outbox" ADD "payload" jsonb');
    await queryRunner.query(
      `UPDATE "outbox" SET
         "type" = CASE WHEN "aggregate" = 'organisation'
                       THEN CASE WHEN "kind" = 'deleted' THEN 'supplier.deleted' ELSE 'supplier.upserted' END
                       ELSE CASE WHEN "kind" = 'deleted' THEN 'opportunity.deleted' ELSE 'opportunity.updated' END END,
         "payload" = CASE WHEN "aggregate" = 'organisation'
                          THEN jsonb_build_object('supplierId', "aggregate_id")
                          ELSE jsonb_build_object('opportunityId', "aggregate_id") END`,
    );
    await queryRunner.query('ALTER TABLE "outbox" ALTER COLUMN "type" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox" ALTER COLUMN "payload" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "aggregate"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "aggregate_id"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "kind"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox" ADD "aggregate" character varying(32)');
    await queryRunner.query('ALTER TABLE "outbox" ADD "aggregate_id" uuid');
    await queryRunner.query('ALTER TABLE "outbox" ADD "kind" character varying(32)');
    await queryRunner.query(
      `UPDATE "outbox" SET
         "aggregate" = CASE WHEN "type" LIKE 'supplier.%' THEN 'organisation' ELSE 'opportunity' END,
         "aggregate_id" = COALESCE("payload"->>'supplierId', "payload"->>'opportunityId')::uuid,
         "kind" = CASE WHEN "type" LIKE '%.deleted' THEN 'deleted' ELSE 'upserted' END`,
    );
    await queryRunner.query(`DELETE FROM "outbox" WHERE "aggregate_id" IS NULL`);
    await queryRunner.query('ALTER TABLE "outbox" ALTER COLUMN "aggregate" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox" ALTER COLUMN "aggregate_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox" ALTER COLUMN "kind" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "payload"');
    await queryRunner.query('ALTER TABLE "outbox" DROP COLUMN "type"');
  }
}
