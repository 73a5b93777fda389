import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { loadConfig } from '../config/app-config';
import { ANONYMOUS_ACTOR, Actor } from './actor';

const ADMIN_ACTOR: Actor = { id: 'admin-token', kind: 'user', isAdmin: true };

/** Until ProConnect sign-in: anonymous, or administrator with the ADMIN_TOKEN bearer token. */
export function actorFromRequest(req: Request, adminToken: string | undefined): Actor {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (
    adminToken &&
    token.length === adminToken.length &&
    timingSafeEqual(Buffer.from(token), Buffer.from(adminToken))
  ) {
    return ADMIN_ACTOR;
  }
  return ANONYMOUS_ACTOR;
}

let adminToken: string | undefined | null = null;

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  if (adminToken === null) adminToken = loadConfig().ADMIN_TOKEN;
  return actorFromRequest(ctx.switchToHttp().getRequest<Request>(), adminToken);
});
