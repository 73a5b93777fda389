import type { MeView } from '@bitd/domain';
import type { TFunction } from 'i18next';

/** "Chargée d'affaires de la Région", "Acheteur · DGA Techniques navales"… */
export function roleLabel(t: TFunction, user: MeView): string {
  const role = t(`account.roles.${user.role}`);
  const org = user.membership?.organisationName;
  return org && user.role !== 'supplier' ? `${role} · ${org}` : role;
}
