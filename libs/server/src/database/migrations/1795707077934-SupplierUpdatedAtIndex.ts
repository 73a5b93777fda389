import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupplierUpdatedAtIndex1795707077934 implements MigrationInterface {
  name = 'SupplierUpdatedAtIndex1795707077934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_organisations_updated_at" ON "organisations"  ("updated_at") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_organisations_updated_at"');
  }
}
