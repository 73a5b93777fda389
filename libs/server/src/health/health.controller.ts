import { Controller, Get, Inject, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { Public } from '../access/access.decorators';

@ApiTags('health')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      () => this.redisCheck(),
      () => this.meiliCheck(),
    ]);
  }

  private async redisCheck() {
    const check = this.indicator.check('redis');
    try {
      const pong = await Promise.race([this.redis.ping(), timeout(2000)]);
      return pong === 'PONG' ? check.up() : check.down({ message: String(pong) });
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }

  private async meiliCheck() {
    const check = this.indicator.check('meilisearch');
    try {
      const res = await fetch(new URL('/health', this.config.MEILI_URL), {
        signal: AbortSignal.timeout(2000),
      });
      return res.ok ? check.up() : check.down({ message: `HTTP ${res.status}` });
    } catch (e) {
      return check.down({ message: (e as Error).message });
    }
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref());
}
