import { Inject, Injectable } from '@nestjs/common';
import type { AccessRole, MemberRole, OrganisationKind, PlatformRole } from '@bitd/domain';
import type { CookieOptions, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from '../common/actor';
import { SessionEntity } from './session.entity';
import { newToken, tokenHash } from './tokens';

export const SESSION_COOKIE = 'bitd_session';
/** Before sign-in, the CSRF token is bound to this cookie instead of a session (double submit). */
export const CSRF_COOKIE = 'bitd_csrf';

/** A resolved session: its user, organisation and role, read in one query. */
export interface ActiveSession {
  id: string;
  csrfToken: string;
  method: 'password' | 'oidc';
  userId: string;
  email: string;
  displayName: string;
  emailVerified: boolean;
  platformRole: PlatformRole | null;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  memberRole: MemberRole | null;
}

/** Sessions are touched at most once a minute: one read per request, rarely a write. */
const TOUCH_AFTER_MS = 60_000;

/** Server-side sessions in PostgreSQL: revocable, with idle and absolute time-outs. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session (a new token each sign-in: no fixation), sets its cookie and returns the token. */
  async open(
    res: Response,
    userId: string,
    method: 'password' | 'oidc',
    userAgent: string | undefined,
  ): Promise<string> {
    const token = newToken();
    const now = new Date();
    await this.dataSource.getRepository(SessionEntity).insert({
      id: tokenHash(token),
      userId,
      csrfToken: newToken(),
      method,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    res.cookie(SESSION_COOKIE, token, this.cookieOptions(this.config.SESSION_ABSOLUTE_HOURS * 3_600_000));
    return token;
  }

  /** The live session of a cookie's token, or null (unknown, revoked, idle or past its limit). */
  async resolve(token: string | undefined): Promise<ActiveSession | null> {
    if (!token || token.length > 100) return null;
    const rows: Array<ActiveSession & { lastSeenAt: Date }> = await this.dataSource.query(
      `SELECT s.id, s.csrf_token AS "csrfToken", s.method, s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.display_name AS "displayName",
              u.email_verified_at IS NOT NULL AS "emailVerified", u.platform_role AS "platformRole",
              o.id AS "organisationId", o.kind AS "organisationKind", m.role AS "memberRole"
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
         LEFT JOIN memberships m ON m.user_id = u.id
         LEFT JOIN organisations o ON o.id = m.organisation_id AND o.deleted_at IS NULL
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [tokenHash(token), this.config.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.id]);
    }
    return {
      ...row,
      organisationId: row.organisationKind ? row.organisationId : null,
      memberRole: row.organisationKind ? row.memberRole : null,
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    );
  }

  /** Sign-out everywhere, a password reset, an account deletion; in the caller's transaction when given. */
  async revokeAll(userId: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
    ]);
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  /** httpOnly (no script reads it), SameSite=Lax (sent when arriving from a mail link or the OpenID provider). */
  cookieOptions(maxAge?: number): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      path: '/',
      ...(maxAge ? { maxAge } : {}),
    };
  }
}

/** The one role a session acts with: platform role first, then the organisation's kind. */
export function accessRoleOf(
  s: Pick<ActiveSession, 'platformRole' | 'organisationKind'>,
): Exclude<AccessRole, 'anonymous'> {
  if (s.platformRole) return s.platformRole;
  if (s.organisationKind === 'buyer') return 'buyer';
  if (s.organisationKind === 'region') return 'agent';
  return 'supplier';
}

export function actorOf(s: ActiveSession, requestId?: string): Actor {
  return {
    id: s.userId,
    kind: 'user',
    role: accessRoleOf(s),
    userId: s.userId,
    label: s.email,
    organisationId: s.organisationId,
    organisationKind: s.organisationKind,
    memberRole: s.memberRole,
    requestId,
  };
}
