import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { RedisModule } from '../redis/redis.module';
import { SharedServicesModule } from './shared-services.module';

/** What every app (api, worker, cli) stands on: validated config, PostgreSQL, Redis, shared clients. */
@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, SharedServicesModule],
  exports: [ConfigModule, DatabaseModule, RedisModule, SharedServicesModule],
})
export class PlatformModule {}
