import type { NotificationKind } from '@bitd/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { newToken, tokenHash } from '../accounts/tokens';
import { DomainError } from '../common/domain-error';
import { UnsubscribeTokenEntity } from './unsubscribe-token.entity';

/**
 * New single-use unsubscribe links (256 random bits each, unguessable), one per entry, written at
 * once (not in a caller's transaction): a mail queued with one must find it, whatever happens next.
 * Rows keep the SHA-256 only.
 */
export async function issueUnsubscribeTokens(
  db: DataSource,
  wanted: ReadonlyArray<{ userId: string; kind: NotificationKind }>,
): Promise<string[]> {
  if (wanted.length === 0) return [];
  const tokens = wanted.map(() => newToken());
  await db
    .createQueryBuilder()
    .insert()
    .into(UnsubscribeTokenEntity)
    .values(
      wanted.map((w, i) => ({ id: tokenHash(tokens[i]), userId: w.userId, kind: w.kind, usedAt: null })),
    )
    .execute();
  return tokens;
}

/**
 * Uses a link, locking its row so two clicks cannot both pass: unknown (forged, cut) or already
 * used → INVALID_TOKEN, nothing changed.
 */
export async function useUnsubscribeToken(m: EntityManager, token: string): Promise<UnsubscribeTokenEntity> {
  const row = await m.findOne(UnsubscribeTokenEntity, {
    where: { id: tokenHash(token) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row)
    throw new DomainError(
      'INVALID_TOKEN',
      {
        fr: "Ce lien de désabonnement n'est pas valable (incomplet ou inconnu). Réglez vos notifications depuis votre compte.",
        en: 'This unsubscribe link is not valid (incomplete or unknown). Set your notifications from your account.',
      },
      [{ field: 'token', message: 'is not a valid link' }],
      { reason: 'unknown' },
    );
  if (row.usedAt)
    throw new DomainError(
      'INVALID_TOKEN',
      {
        fr: 'Ce lien de désabonnement a déjà servi. Réglez vos notifications depuis votre compte.',
        en: 'This unsubscribe link was already used. Set your notifications from your account.',
      },
      [{ field: 'token', message: 'was already used' }],
      { reason: 'used' },
    );
  await m.update(UnsubscribeTokenEntity, { id: row.id }, { usedAt: new Date() });
  return row;
}
