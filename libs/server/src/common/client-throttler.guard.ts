import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limits per client, not per route and client: the stock key holds the controller and
 * handler, which gives a client the whole budget again on every route. The client is the
 * tracker, `req.ip`, which is the address the trusted proxies report (TRUST_PROXY).
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }
}
