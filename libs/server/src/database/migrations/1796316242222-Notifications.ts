import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796316242222 implements MigrationInterface {
  name = 'Notifications1796316242222';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "title" jsonb NOT NULL, "body" jsonb NOT NULL, "link" character varying(500) NOT NULL, "delivery" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "mail_queued_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_unmailed" ON "notifications"  ("delivery", "created_at") WHERE "mail_queued_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_notifications_user_dedupe" ON "notifications"  ("user_id", "dedupe_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "delivery" character varying(12) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "unsubscribe_tokens" ("id" character(64) NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9622754f6a1b81e3f361abb6287" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_unsubscribe_tokens_user" ON "unsubscribe_tokens"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "FK_dec19e9643bfd7118b811011d6b" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "unsubscribe_tokens" DROP CONSTRAINT "FK_dec19e9643bfd7118b811011d6b"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"',
    );
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"');
    await queryRunner.query('DROP INDEX "public"."ix_unsubscribe_tokens_user"');
    await queryRunner.query('DROP TABLE "unsubscribe_tokens"');
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."uq_notifications_user_dedupe"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_user_created"');
    await queryRunner.query('DROP INDEX "public"."ix_notifications_unmailed"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
