import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { writeAudit } from '../audit/audit.writer';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

/** What the label of a deleted person's audit entries becomes. */
export const DELETED_USER_LABEL = 'compte supprimé';

/** A person's own data: a download of everything kept about them, and erasure of the account. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  async export(userId: string): Promise<Record<string, unknown>> {
    const q = <T>(sql: string) => this.dataSource.query(sql, [userId]) as Promise<T[]>;
    const [[user], memberships, sessions, claims, activity] = await Promise.all([
      q<Record<string, unknown>>(
        `SELECT id, email, display_name AS "displayName", platform_role AS "platformRole",
                email_verified_at AS "emailVerifiedAt", oidc_issuer AS "oidcIssuer", created_at AS "createdAt"
           FROM users WHERE id = $1 AND deleted_at IS NULL`,
      ),
      q(
        `SELECT o.id AS "organisationId", o.name AS "organisation", o.kind, m.role, m.created_at AS "since"
           FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1`,
      ),
      q(
        `SELECT method, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                revoked_at AS "revokedAt", user_agent AS "userAgent"
           FROM sessions WHERE user_id = $1 ORDER BY created_at DESC`,
      ),
      q(
        `SELECT c.id, o.name AS "organisation", o.siret, c.status, c.reason, c.created_at AS "createdAt",
                c.decided_at AS "decidedAt"
           FROM claims c JOIN organisations o ON o.id = c.organisation_id WHERE c.user_id = $1`,
      ),
      q(
        `SELECT at, action, entity, entity_id AS "entityId", changes, request_id AS "requestId"
           FROM audit_log WHERE actor_id = $1 ORDER BY at DESC LIMIT 10000`,
      ),
    ]);
    if (!user) throw DomainError.notFound('User', userId);
    return { exportedAt: new Date().toISOString(), user, memberships, sessions, claims, activity };
  }

  /**
   * Erases the person: their row keeps its id (audit entries point at it) but no name, address or
   * password; memberships, sessions and mail tokens go; their audit entries keep the fact (action,
   * entity, time) and lose the label and any change made to their own user record.
   */
  async deleteAccount(actor: Actor, confirmEmail: string): Promise<void> {
    const userId = actor.userId;
    if (!userId) throw DomainError.notFound('User', actor.id);
    await this.dataSource.transaction(async (m) => {
      const user = await m.findOne(UserEntity, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || user.deletedAt) throw DomainError.notFound('User', userId);
      if (user.email !== confirmEmail) {
        throw DomainError.validation(
          [{ field: 'confirmEmail', message: 'is not the address of this account' }],
          {
            fr: "L'adresse saisie n'est pas celle du compte : rien n'a été supprimé.",
            en: 'The address typed is not the account’s: nothing was deleted.',
          },
        );
      }
      await m.query('DELETE FROM memberships WHERE user_id = $1', [userId]);
      await m.query('DELETE FROM email_tokens WHERE user_id = $1', [userId]);
      await m.query(
        `UPDATE claims SET status = 'rejected', reason = 'account deleted', decided_at = now()
          WHERE user_id = $1 AND status = 'pending'`,
        [userId],
      );
      await m.query('UPDATE claims SET user_id = NULL WHERE user_id = $1', [userId]);
      await m.query(
        `UPDATE users SET email = 'deleted-' || id || '@invalid', display_name = $2, password_hash = NULL,
                oidc_issuer = NULL, oidc_subject = NULL, platform_role = NULL, deleted_at = now()
          WHERE id = $1`,
        [userId, DELETED_USER_LABEL],
      );
      await m.query('UPDATE audit_log SET actor_label = $2 WHERE actor_id = $1', [
        userId,
        DELETED_USER_LABEL,
      ]);
      await m.query(`UPDATE audit_log SET changes = '{}' WHERE entity = 'user' AND entity_id = $1`, [userId]);
      await writeAudit(m, { ...actor, label: DELETED_USER_LABEL }, [
        { action: 'user.deleted', entity: 'user', entityId: userId },
      ]);
    });
    await this.sessions.revokeAll(userId);
  }
}
