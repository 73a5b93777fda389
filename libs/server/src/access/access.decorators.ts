import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AccessRole } from '@bitd/domain';
import type { Request } from 'express';
import type { Actor } from '../common/actor';

export const ACCESS_KEY = 'bitd:access';

/** Who may call a route: everybody, or the signed-in users holding one of the roles. */
export type AccessRule = { public: true } | { roles: readonly Exclude<AccessRole, 'anonymous'>[] };

/** Anyone, signed in or not; the service still applies the row and field rules. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Signed-in users with one of these roles (administrators always pass). */
export const Roles = (...roles: Exclude<AccessRole, 'anonymous'>[]) =>
  SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule);

/** Any signed-in user. */
export const SignedIn = () =>
  SetMetadata(ACCESS_KEY, { roles: ['supplier', 'buyer', 'agent', 'admin'] } satisfies AccessRule);

export interface RequestWithActor extends Request {
  actor?: Actor;
  sessionId?: string | null;
}

/** The actor the access guard resolved for this request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route the access guard did not see');
  return actor;
});
