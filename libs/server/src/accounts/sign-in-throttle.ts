import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { tokenHash } from './tokens';

const CLIENT_WINDOW_S = 15 * 60;

/**
 * Password sign-in limits, in Redis so that every api replica shares them: per client (IP) over a
 * 15-minute window, and per e-mail address — known or not, so a lockout tells nothing about which
 * addresses have an account.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts an attempt from this client; refuses past the limit, saying when to try again. */
  async hitClient(ip: string): Promise<void> {
    const key = this.key('client', ip);
    const [[, count], [, ttl]] = (await this.redis.multi().incr(key).ttl(key).exec()) as [
      [null, number],
      [null, number],
    ];
    if (ttl < 0) await this.redis.expire(key, CLIENT_WINDOW_S);
    if (count > this.config.SIGN_IN_MAX_PER_CLIENT) {
      const minutes = Math.max(1, Math.ceil((ttl < 0 ? CLIENT_WINDOW_S : ttl) / 60));
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        {
          fr: `Trop de tentatives de connexion depuis ce poste. Réessayez dans ${minutes} min.`,
          en: `Too many sign-in attempts from this device. Try again in ${minutes} min.`,
        },
        undefined,
        { retryAfterSeconds: minutes * 60 },
      );
    }
  }

  async assertNotLocked(email: string): Promise<void> {
    const ttl = await this.redis.ttl(this.key('lock', email));
    if (ttl > 0) {
      const until = new Date(Date.now() + ttl * 1000);
      const hhmm = until.toLocaleTimeString('fr-FR', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Paris',
      });
      throw new DomainError(
        'ACCOUNT_LOCKED',
        {
          fr: `Compte verrouillé après ${this.config.SIGN_IN_MAX_FAILURES} essais manqués, jusqu'à ${hhmm} (heure de Paris). Vous pouvez aussi réinitialiser votre mot de passe.`,
          en: `Account locked after ${this.config.SIGN_IN_MAX_FAILURES} failed attempts, until ${until.toISOString().slice(11, 16)} UTC. You can also reset your password.`,
        },
        undefined,
        { lockedUntil: until.toISOString() },
      );
    }
  }

  /** A wrong password: at the limit the account locks for SIGN_IN_LOCK_MINUTES. */
  async recordFailure(email: string): Promise<void> {
    const key = this.key('fail', email);
    const lockSeconds = this.config.SIGN_IN_LOCK_MINUTES * 60;
    const failures = await this.redis.incr(key);
    await this.redis.expire(key, lockSeconds);
    if (failures >= this.config.SIGN_IN_MAX_FAILURES) {
      await this.redis.multi().set(this.key('lock', email), '1', 'EX', lockSeconds).del(key).exec();
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.key('fail', email));
  }

  /** A password reset ends a lockout. */
  async unlock(email: string): Promise<void> {
    await this.redis.del(this.key('fail', email), this.key('lock', email));
  }

  private key(kind: string, value: string): string {
    return `${this.config.NAMESPACE}:signin:${kind}:${tokenHash(value.toLowerCase())}`;
  }
}
