import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { writeAudit } from '../../audit/audit.writer';
import { userActor } from '../accounts.service';
import { UserEntity } from '../user.entity';
import type { OidcIdentity } from './oidc-identity';

/**
 * The platform user behind a provider's identity: the one already linked to it (issuer +
 * subject), else the account with the same e-mail (the provider has verified the address, and
 * ProConnect advises the e-mail for matching, its subject differing per identity provider), else
 * a new account without password.
 */
@Injectable()
export class OidcUsersService {
  constructor(private readonly dataSource: DataSource) {}

  async resolve(identity: OidcIdentity): Promise<string> {
    try {
      return await this.dataSource.transaction((m) => this.resolveIn(m, identity));
    } catch (e) {
      // Two first sign-ins of one person at the same moment: the second finds the first's row.
      if (!isUniqueViolation(e)) throw e;
      return this.dataSource.transaction((m) => this.resolveIn(m, identity));
    }
  }

  private async resolveIn(m: EntityManager, identity: OidcIdentity): Promise<string> {
    const link = { oidcIssuer: identity.issuer, oidcSubject: identity.subject };
    // Soft-deleted accounts are left out (and a deletion erases the link).
    const linked = await m.findOne(UserEntity, { where: link });
    if (linked) return linked.id;

    const same = await m.findOne(UserEntity, {
      where: { email: identity.email, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (same) {
      await m.update(
        UserEntity,
        { id: same.id },
        { ...link, emailVerifiedAt: same.emailVerifiedAt ?? new Date() },
      );
      await writeAudit(m, userActor(same), [
        {
          action: 'user.oidc_linked',
          entity: 'user',
          entityId: same.id,
          before: { oidcIssuer: same.oidcIssuer, oidcSubject: same.oidcSubject },
          after: link,
        },
      ]);
      return same.id;
    }

    const user = await m.save(
      m.create(UserEntity, {
        email: identity.email,
        displayName: identity.displayName,
        passwordHash: null,
        emailVerifiedAt: new Date(),
        ...link,
      }),
    );
    await writeAudit(m, userActor(user), [
      {
        action: 'user.signed_up',
        entity: 'user',
        entityId: user.id,
        after: { email: user.email, method: 'oidc', oidcIssuer: identity.issuer },
      },
    ]);
    return user.id;
  }
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';
}
