import type { MeView } from '@bitd/domain';
import type { TFunction } from 'i18next';

/** "Chargé(e) d'affaires de la Région", "Acheteur"… (the organisation has its own line). */
export function roleLabel(t: TFunction, user: MeView): string {
  return t(`account.roles.${user.role}`);
}
