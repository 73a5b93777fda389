import { DomainError } from './domain-error';
import type { Actor } from './actor';

export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin)
    throw new DomainError('FORBIDDEN', 'Administrators only (Authorization: Bearer ADMIN_TOKEN)');
}
