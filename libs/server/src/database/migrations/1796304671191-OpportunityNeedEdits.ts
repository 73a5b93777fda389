import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpportunityNeedEdits1796304671191 implements MigrationInterface {
  name = 'OpportunityNeedEdits1796304671191';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "opportunities" ADD "need_edits" jsonb NOT NULL DEFAULT \'{"added": [], "removed": []}\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "opportunities" DROP COLUMN "need_edits"');
  }
}
