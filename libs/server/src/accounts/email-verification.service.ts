import { Injectable } from '@nestjs/common';
import type { EmailVerifiedView, VerificationResendView } from '@bitd/domain';
import { DataSource } from 'typeorm';
import { writeAudit } from '../audit/audit.writer';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { MailQueue } from '../mail/mail-queue.service';
import { MailThrottle } from '../mail/mail-throttle';
import { approveClaimOnWebsiteDomain } from '../organisations/claims.service';
import { invalidLink, issueEmailToken, retireEmailTokens, useEmailToken } from './email-tokens';
import { userActor } from './accounts.service';
import { UserEntity } from './user.entity';

/** E-mail verification: a link mailed at sign-up (AccountsService) and on demand, valid 48 h, used once. */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailQueue,
    private readonly throttle: MailThrottle,
  ) {}

  async resend(actor: Actor): Promise<VerificationResendView> {
    const user = actor.userId
      ? await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId })
      : null;
    if (!user) throw new DomainError('FORBIDDEN', 'Only a signed-in person has an address to verify');
    if (user.emailVerifiedAt) return { sent: false, emailVerified: true };
    const wait = await this.throttle.take('verify-email', user.email);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        {
          fr: `Un lien vous a été envoyé il y a peu : regardez aussi dans les courriers indésirables, ou réessayez dans ${minutes} min.`,
          en: `A link was sent a moment ago: check your spam folder too, or try again in ${minutes} min.`,
        },
        undefined,
        { retryAfterSeconds: wait },
      );
    }
    const link = await this.dataSource.transaction((m) => issueEmailToken(m, user.id, 'verify_email'));
    await this.mail.verifyEmail(user, link);
    return { sent: true, emailVerified: false };
  }

  /** Marks the address verified, and approves a pending claim when it is on the profile's website domain. */
  async verify(token: string): Promise<EmailVerifiedView> {
    return this.dataSource.transaction(async (m) => {
      const row = await useEmailToken(m, token, 'verify_email');
      const user = await m.findOne(UserEntity, {
        where: { id: row.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw invalidLink('verify_email', 'unknown'); // the account was deleted since
      const actor = userActor(user);
      if (!user.emailVerifiedAt) {
        await m.update(UserEntity, { id: user.id }, { emailVerifiedAt: new Date() });
        await writeAudit(m, actor, [
          {
            action: 'user.email_verified',
            entity: 'user',
            entityId: user.id,
            before: { emailVerified: false },
            after: { emailVerified: true },
          },
        ]);
      }
      await retireEmailTokens(m, user.id, 'verify_email');
      const joined = await approveClaimOnWebsiteDomain(m, user, actor);
      return {
        email: user.email,
        claimApprovedFor: joined ? { organisationId: joined.id, organisationName: joined.name } : null,
      };
    });
  }
}
