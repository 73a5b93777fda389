import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import type { IssuedLink } from '../mail/mail-queue.service';
import { EmailTokenEntity, type EmailTokenPurpose } from './email-token.entity';
import { newToken, tokenHash } from './tokens';

/** How long a mailed link works. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 3_600_000,
  reset_password: 3_600_000,
};

/** A new single-use link for the user, in the caller's transaction; the row keeps its hash only. */
export async function issueEmailToken(
  m: EntityManager,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<IssuedLink> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + EMAIL_TOKEN_TTL_MS[purpose]);
  await m.insert(EmailTokenEntity, { id: tokenHash(token), userId, purpose, expiresAt, usedAt: null });
  return { token, expiresAt };
}

/**
 * Uses a link's token, locking its row so two clicks cannot both pass. Unknown (forged, cut),
 * of another purpose, expired or already used: INVALID_TOKEN, and nothing is changed.
 */
export async function useEmailToken(
  m: EntityManager,
  token: string,
  purpose: EmailTokenPurpose,
): Promise<EmailTokenEntity> {
  const row = await m.findOne(EmailTokenEntity, {
    where: { id: tokenHash(token), purpose },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw invalidLink(purpose, 'unknown');
  if (row.usedAt) throw invalidLink(purpose, 'used');
  if (row.expiresAt.getTime() <= Date.now()) throw invalidLink(purpose, 'expired');
  await m.update(EmailTokenEntity, { id: row.id }, { usedAt: new Date() });
  return row;
}

/** Every other unused link of that purpose stops working too (a reset or a verification is done). */
export async function retireEmailTokens(
  m: EntityManager,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<void> {
  await m.query(
    'UPDATE email_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL',
    [userId, purpose],
  );
}

type Reason = 'unknown' | 'used' | 'expired';

const WHY: Record<Reason, { fr: string; en: string }> = {
  unknown: { fr: "n'est pas valable (incomplet ou inconnu)", en: 'is not valid (incomplete or unknown)' },
  used: { fr: 'a déjà servi', en: 'was already used' },
  expired: { fr: 'a expiré', en: 'has expired' },
};

export function invalidLink(purpose: EmailTokenPurpose, reason: Reason): DomainError {
  const why = WHY[reason];
  return new DomainError(
    'INVALID_TOKEN',
    purpose === 'verify_email'
      ? {
          fr: `Ce lien de vérification ${why.fr}. Connectez-vous pour en recevoir un nouveau.`,
          en: `This verification link ${why.en}. Sign in to get a new one.`,
        }
      : {
          fr: `Ce lien de réinitialisation ${why.fr}. Demandez-en un nouveau : il est valable 1 heure.`,
          en: `This password reset link ${why.en}. Ask for a new one: it works for 1 hour.`,
        },
    undefined,
    { reason },
  );
}
