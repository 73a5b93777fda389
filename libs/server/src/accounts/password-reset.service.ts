import { Injectable } from '@nestjs/common';
import type { PasswordResetView } from '@bitd/domain';
import { DataSource, IsNull, Not } from 'typeorm';
import { writeAudit } from '../audit/audit.writer';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { MailQueue } from '../mail/mail-queue.service';
import { MailThrottle } from '../mail/mail-throttle';
import { invalidLink, issueEmailToken, retireEmailTokens, useEmailToken } from './email-tokens';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';
import { userActor } from './accounts.service';
import { UserEntity } from './user.entity';

/** Password reset by a mailed link (1 h, used once): sets the password and signs out everywhere. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly signInThrottle: SignInThrottle,
    private readonly mail: MailQueue,
    private readonly mailThrottle: MailThrottle,
  ) {}

  /**
   * Mails a link when the address has a password account. The caller answers the same whatever
   * happens here, so nobody learns which addresses have an account; the per-address limit is
   * taken for unknown addresses too, for the same reason.
   */
  async request(email: string, requestId: string | undefined): Promise<void> {
    if ((await this.mailThrottle.take('reset-password', email)) > 0) return;
    // Accounts that only sign in through the identity provider have no password to reset.
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email, passwordHash: Not(IsNull()) });
    if (!user) return;
    const link = await this.dataSource.transaction(async (m) => {
      const issued = await issueEmailToken(m, user.id, 'reset_password');
      const actor: Actor = { ...ANONYMOUS_ACTOR, requestId };
      await writeAudit(m, actor, [
        { action: 'user.password_reset_requested', entity: 'user', entityId: user.id },
      ]);
      return issued;
    });
    await this.mail.passwordReset(user, link);
  }

  /** Forged, expired or used links change nothing (INVALID_TOKEN). */
  async reset(token: string, password: string, requestId: string | undefined): Promise<PasswordResetView> {
    const passwordHash = await this.passwords.hash(password);
    const user = await this.dataSource.transaction(async (m) => {
      const row = await useEmailToken(m, token, 'reset_password');
      const found = await m.findOne(UserEntity, {
        where: { id: row.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw invalidLink('reset_password', 'unknown'); // the account was deleted since
      await m.update(UserEntity, { id: found.id }, { passwordHash });
      // Older links die with this one, and so does every session: whoever knew the old password is out.
      await retireEmailTokens(m, found.id, 'reset_password');
      await this.sessions.revokeAll(found.id, m);
      await writeAudit(m, { ...userActor(found), requestId }, [
        {
          action: 'user.password_reset',
          entity: 'user',
          entityId: found.id,
          after: { sessionsRevoked: true },
        },
      ]);
      return found;
    });
    await this.signInThrottle.unlock(user.email);
    return { email: user.email };
  }
}
