import type { EntityManager } from 'typeorm';
import { isPerson } from '../access/policies';
import type { Actor } from './actor';
import { DomainError } from './domain-error';

/** The person whose lists these are; a machine token has none. */
export function personOf(actor: Actor): string {
  if (!isPerson(actor)) {
    throw new DomainError('FORBIDDEN', {
      fr: 'Ces listes appartiennent à une personne : connectez-vous avec votre compte.',
      en: 'These lists belong to a person: sign in with your account.',
    });
  }
  return actor.userId;
}

/**
 * Locks the person's row for the rest of the transaction, so that two additions at once cannot
 * both pass a list's cap.
 */
export async function lockPerson(m: EntityManager, userId: string): Promise<void> {
  await m.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
}

/** A list at its cap, said in both languages with what to do. */
export function listFull(max: number, what: { fr: string; en: string }): DomainError {
  return new DomainError('LIST_FULL', {
    fr: `Vous avez atteint le maximum de ${max} ${what.fr} : retirez-en avant d’en ajouter.`,
    en: `You have reached the maximum of ${max} ${what.en}: remove some before adding more.`,
  });
}
