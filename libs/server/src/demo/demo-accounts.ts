import type { MemberRole, PlatformRole } from '@bitd/domain';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordService } from '../accounts/password.service';
import { UserEntity } from '../accounts/user.entity';
import { ClaimEntity } from '../organisations/claim.entity';
import { seedDemoLists } from './demo-lists';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** Documented in README.md: demo accounts only exist on a demonstration instance. */
export const DEMO_PASSWORD = 'Bretagne-Demo-2024';

export interface DemoAccount {
  email: string;
  displayName: string;
  /** What README.md and the local identity provider call it. */
  label: string;
  platformRole?: PlatformRole;
  /** A buyer or region organisation by name, or a demo supplier by externalId. */
  organisation?: { kind: 'buyer' | 'region'; name: string } | { kind: 'supplier'; externalId: string };
  memberRole?: MemberRole;
  /** A claim on this demo supplier, left pending for an agent to decide. */
  pendingClaimOn?: string;
}

/** The region agency the agents belong to (fictional). */
export const DEMO_REGION_AGENCY = 'Agence régionale de développement (démo)';

/** One account per role; every name is fictional, every address on the reserved example.fr domain. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'pme@demo.example.fr',
    displayName: 'Gwenaëlle Le Bihan',
    label: 'PME (membre, administratrice de son organisation)',
    organisation: { kind: 'supplier', externalId: 'DEMO-00001' },
    memberRole: 'admin',
  },
  {
    email: 'pme-en-attente@demo.example.fr',
    displayName: 'Yannick Morvan',
    label: 'PME dont le rattachement attend la région',
    pendingClaimOn: 'DEMO-00002',
  },
  {
    email: 'acheteur.dga@demo.example.fr',
    displayName: 'Claire Fichou',
    label: 'Acheteuse DGA (DGA Techniques navales)',
    organisation: { kind: 'buyer', name: 'DGA Techniques navales' },
    memberRole: 'admin',
  },
  {
    email: 'acheteur.maitre-oeuvre@demo.example.fr',
    displayName: 'Erwan Quéré',
    label: "Acheteur d'un maître d'œuvre (Naval Group)",
    organisation: { kind: 'buyer', name: 'Naval Group' },
    memberRole: 'admin',
  },
  {
    email: 'agent@demo.example.fr',
    displayName: 'Soizic Tanguy',
    label: "Chargée d'affaires de la région",
    platformRole: 'agent',
    organisation: { kind: 'region', name: DEMO_REGION_AGENCY },
    memberRole: 'member',
  },
  {
    email: 'admin@demo.example.fr',
    displayName: 'Ronan Kerhervé',
    label: 'Administrateur de la plateforme',
    platformRole: 'admin',
  },
];

/**
 * Creates the demo accounts (verified, with the demo password) into a database that has no user
 * yet, after the demo data: the same tables sign-up and claims use. An account whose demo
 * organisation is missing (a database loaded with other data) is left out.
 */
export async function seedDemoAccountsIfNone(
  dataSource: DataSource,
  passwords: PasswordService,
): Promise<number> {
  if ((await dataSource.getRepository(UserEntity).count({ withDeleted: true })) > 0) return 0;
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  return dataSource.transaction(async (m) => {
    const users = new Map<string, UserEntity>();
    for (const a of DEMO_ACCOUNTS) {
      const org = a.organisation ? await organisationFor(m, a.organisation) : null;
      const claimed = a.pendingClaimOn
        ? await m.findOneBy(OrganisationEntity, { externalId: a.pendingClaimOn })
        : null;
      if ((a.organisation && !org) || (a.pendingClaimOn && !claimed)) continue;
      const user = await m.save(
        m.create(UserEntity, {
          email: a.email,
          displayName: a.displayName,
          passwordHash,
          emailVerifiedAt: new Date(),
          platformRole: a.platformRole ?? null,
        }),
      );
      if (org) {
        await m.insert(MembershipEntity, {
          userId: user.id,
          organisationId: org.id,
          role: a.memberRole ?? 'member',
        });
      }
      if (claimed) await m.insert(ClaimEntity, { organisationId: claimed.id, userId: user.id });
      users.set(a.email, user);
    }
    await seedDemoLists(m, users);
    return users.size;
  });
}

async function organisationFor(
  m: EntityManager,
  o: NonNullable<DemoAccount['organisation']>,
): Promise<OrganisationEntity | null> {
  if (o.kind === 'supplier') return m.findOneBy(OrganisationEntity, { externalId: o.externalId });
  const existing = await m.findOneBy(OrganisationEntity, { kind: o.kind, name: o.name });
  if (existing) return existing;
  return m.save(
    m.create(OrganisationEntity, {
      kind: o.kind,
      name: o.name,
      buyerCategory: o.kind === 'region' ? 'region' : null,
      createdBy: 'seed-demo',
      updatedBy: 'seed-demo',
    }),
  );
}
