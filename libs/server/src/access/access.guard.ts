import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER } from '@bitd/domain';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CSRF_COOKIE, SESSION_COOKIE, SessionsService, actorOf } from '../accounts/sessions.service';
import { sameSecret } from '../accounts/tokens';
import { ACCESS_KEY, type AccessRule, type RequestWithActor } from './access.decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A machine holding ADMIN_TOKEN (scripts, monitoring): an administrator without a cookie. */
const TOKEN_ADMIN: Actor = {
  ...ANONYMOUS_ACTOR,
  id: 'admin-token',
  kind: 'system',
  role: 'admin',
  label: 'admin-token',
};

/**
 * Every route passes here. It resolves who is calling (session cookie, or the ADMIN_TOKEN
 * bearer), checks the CSRF token of every state-changing request made with cookies, then the
 * route's rule (`@Public()`, `@Roles(...)`, `@SignedIn()`). A route without a rule is refused:
 * rights are declared, never assumed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<RequestWithActor>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    const requestId = req.id === undefined ? undefined : String(req.id);
    const bearer = this.bearerAdmin(req.headers.authorization);
    const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
    const session = bearer ? null : await this.sessions.resolve(cookies[SESSION_COOKIE]);
    req.sessionId = session?.id ?? null;
    req.actor = bearer
      ? { ...TOKEN_ADMIN, requestId }
      : session
        ? actorOf(session, requestId)
        : { ...ANONYMOUS_ACTOR, requestId };

    if (!rule) {
      this.logger.error(`${req.method} ${req.route?.path ?? req.path} declares no access rule: refused`);
      throw new DomainError('FORBIDDEN', 'This route declares no access rule');
    }
    this.checkRule(rule, req.actor);
    if (!bearer && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      const expected = session ? session.csrfToken : cookies[CSRF_COOKIE];
      if (!sameSecret(typeof sent === 'string' ? sent : undefined, expected)) {
        throw new DomainError('CSRF_FAILED', {
          fr: 'Jeton anti-falsification (CSRF) absent ou périmé : rechargez la page puis recommencez.',
          en: 'Missing or stale CSRF token: reload the page and try again.',
        });
      }
    }
    return true;
  }

  private checkRule(rule: AccessRule, actor: Actor): void {
    if ('public' in rule) return;
    if (actor.role === 'anonymous') {
      throw new DomainError('UNAUTHENTICATED', {
        fr: 'Connectez-vous pour accéder à cette page.',
        en: 'Sign in to use this.',
      });
    }
    if (actor.role === 'admin' || rule.roles.includes(actor.role)) return;
    throw new DomainError('FORBIDDEN', {
      fr: 'Votre rôle ne permet pas cette action.',
      en: 'Your role does not allow this.',
    });
  }

  private bearerAdmin(header: string | undefined): boolean {
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    return sameSecret(token, this.config.ADMIN_TOKEN);
  }
}
