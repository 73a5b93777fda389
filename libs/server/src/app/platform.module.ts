import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { RedisModule } from '../redis/redis.module';

/** What every app (api, worker, cli) stands on: validated config, PostgreSQL, Redis. */
@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule],
  exports: [ConfigModule, DatabaseModule, RedisModule],
})
export class PlatformModule {}
