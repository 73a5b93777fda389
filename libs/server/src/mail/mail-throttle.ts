import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { tokenHash } from '../accounts/tokens';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

/** One link mail of a kind per address in this window. */
export const MAIL_INTERVAL_SECONDS = 5 * 60;

/**
 * Keeps the public forms (password reset, verification) from being used to flood a mailbox: one
 * mail per address and kind per MAIL_INTERVAL_SECONDS, shared by every api replica (Redis).
 */
@Injectable()
export class MailThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 0 when a mail may go now (the slot is then taken), else the seconds until one may. */
  async take(kind: 'verify-email' | 'reset-password', address: string): Promise<number> {
    const key = `${this.config.NAMESPACE}:mail:${kind}:${tokenHash(address.toLowerCase())}`;
    if ((await this.redis.set(key, '1', 'EX', MAIL_INTERVAL_SECONDS, 'NX')) === 'OK') return 0;
    return Math.max(1, await this.redis.ttl(key));
  }
}
