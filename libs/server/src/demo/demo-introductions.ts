import type { IntroductionOutcome } from '@bitd/domain';
import { DataSource, In } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import type { Actor } from '../common/actor';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { IntroductionsService } from '../introductions/introductions.service';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A fictional introduction of the demo, and how far its life went. */
interface DemoIntroduction {
  supplier: string;
  buyer: 'DGA Techniques navales' | 'Naval Group';
  /** Asked for by the buyer (it waits in the agents' queue) rather than proposed by the agent. */
  byBuyer?: boolean;
  message: string;
  reach: 'proposed' | 'supplier_accepted' | 'accepted' | 'meeting_planned' | 'declined' | IntroductionOutcome;
  note?: { body: string; private: boolean };
}

/**
 * At every status of the board, between fictional demo companies (by externalId) and the demo
 * buyers. DEMO-00001 is pme@'s company; DEMO-00002 waits for pme-en-attente@'s claim, so its
 * introduction waits in the agents' queue until an agent approves that claim.
 */
const DEMO_INTRODUCTIONS: readonly DemoIntroduction[] = [
  {
    supplier: 'DEMO-00001',
    buyer: 'DGA Techniques navales',
    message: 'Votre expérience répond à ce besoin de la DGA : seriez-vous d’accord pour un premier échange ?',
    reach: 'proposed',
    note: { body: 'PME réactive, à relancer si pas de réponse sous huit jours.', private: true },
  },
  {
    supplier: 'DEMO-00002',
    buyer: 'Naval Group',
    message: 'Naval Group cherche un sous-traitant de votre secteur pour un lot à Lorient.',
    reach: 'proposed',
  },
  {
    supplier: 'DEMO-00007',
    buyer: 'Naval Group',
    byBuyer: true,
    message: 'Pourriez-vous nous présenter cette entreprise pour un lot de maintenance à Brest ?',
    reach: 'proposed',
  },
  {
    supplier: 'DEMO-00003',
    buyer: 'Naval Group',
    message: 'Un lot de ce programme correspond à vos références : je vous propose de vous présenter.',
    reach: 'supplier_accepted',
  },
  {
    supplier: 'DEMO-00004',
    buyer: 'DGA Techniques navales',
    message: 'Vos essais en bassin intéressent la DGA : je vous mets en relation.',
    reach: 'accepted',
    note: { body: 'Les deux parties préfèrent une visioconférence.', private: false },
  },
  {
    supplier: 'DEMO-00005',
    buyer: 'Naval Group',
    message: 'Rencontre proposée autour du soutien des frégates.',
    reach: 'meeting_planned',
  },
  {
    supplier: 'DEMO-00006',
    buyer: 'DGA Techniques navales',
    message: 'Présentation proposée pour un besoin de mesure de signatures.',
    reach: 'contract',
  },
  {
    supplier: 'DEMO-00008',
    buyer: 'Naval Group',
    message: 'Mise en relation autour d’un projet de recherche duale.',
    reach: 'nda',
  },
  {
    supplier: 'DEMO-00009',
    buyer: 'DGA Techniques navales',
    message: 'Proposition de rencontre sur les drones de surface.',
    reach: 'declined',
  },
];

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function actorFor(user: UserEntity, membership: MembershipEntity | undefined, role: Actor['role']): Actor {
  return {
    id: user.id,
    kind: 'user',
    role,
    userId: user.id,
    label: user.email,
    organisationId: membership?.organisationId ?? null,
    organisationKind: membership?.organisation?.kind ?? null,
    memberRole: membership?.role ?? null,
  };
}

/**
 * The first member of a demo company, or a fictional person made its administrator: an account
 * without a password (it cannot sign in), so that the company can answer in the demo.
 */
async function supplierMember(dataSource: DataSource, supplier: OrganisationEntity): Promise<Actor> {
  const existing = await dataSource.getRepository(MembershipEntity).findOne({
    where: { organisationId: supplier.id },
    relations: { user: true, organisation: true },
    order: { createdAt: 'ASC' },
  });
  if (existing?.user) return actorFor(existing.user, existing, 'supplier');
  return dataSource.transaction(async (m) => {
    const user = await m.save(
      m.create(UserEntity, {
        email: `equipe.${(supplier.externalId ?? supplier.id).toLowerCase()}@demo.example.fr`,
        displayName: `Équipe ${supplier.name}`,
        passwordHash: null,
        emailVerifiedAt: new Date(),
      }),
    );
    const membership = m.create(MembershipEntity, {
      userId: user.id,
      organisationId: supplier.id,
      role: 'admin',
    });
    await m.insert(MembershipEntity, membership);
    return actorFor(user, { ...membership, organisation: supplier } as MembershipEntity, 'supplier');
  });
}

/**
 * Loads the fictional introductions through the introductions service (rows, timeline, audit and
 * events as in real use) when there is none yet and the demo accounts exist. Returns how many.
 */
export async function seedDemoIntroductionsIfNone(
  dataSource: DataSource,
  referenceDate: string,
): Promise<number> {
  if ((await dataSource.getRepository(IntroductionEntity).count()) > 0) return 0;
  const users = await dataSource.getRepository(UserEntity).findBy({
    email: In([
      'agent@demo.example.fr',
      'acheteur.dga@demo.example.fr',
      'acheteur.maitre-oeuvre@demo.example.fr',
    ]),
  });
  const memberships = await dataSource.getRepository(MembershipEntity).find({
    where: { userId: In(users.map((u) => u.id)) },
    relations: { organisation: true },
  });
  const userOf = (email: string) => users.find((u) => u.email === email);
  const agentUser = userOf('agent@demo.example.fr');
  const buyerUsers = {
    'DGA Techniques navales': userOf('acheteur.dga@demo.example.fr'),
    'Naval Group': userOf('acheteur.maitre-oeuvre@demo.example.fr'),
  };
  if (!agentUser || !buyerUsers['DGA Techniques navales'] || !buyerUsers['Naval Group']) return 0;
  const membershipOf = (u: UserEntity) => memberships.find((ms) => ms.userId === u.id);
  const agent = actorFor(agentUser, membershipOf(agentUser), 'agent');
  const service = new IntroductionsService(dataSource);
  let created = 0;

  for (const d of DEMO_INTRODUCTIONS) {
    const supplier = await dataSource.getRepository(OrganisationEntity).findOneBy({ externalId: d.supplier });
    const buyerUser = buyerUsers[d.buyer]!;
    const buyer = actorFor(buyerUser, membershipOf(buyerUser), 'buyer');
    if (!supplier || !buyer.organisationId) continue;
    const opportunity = await dataSource.getRepository(OpportunityEntity).findOne({
      where: { issuerId: buyer.organisationId, status: 'published' },
      order: { title: 'ASC' },
    });
    // Companies that answer in the demo have a person (made here when nobody claimed them yet).
    if (d.reach !== 'proposed') await supplierMember(dataSource, supplier);
    const proposer = d.byBuyer ? buyer : agent;
    const intro = await service.propose(
      {
        supplierId: supplier.id,
        buyerId: d.byBuyer ? undefined : buyer.organisationId,
        opportunityId: opportunity?.id ?? null,
        message: d.message,
      },
      proposer,
    );
    created++;
    if (d.note) await service.addNote(intro.id, d.note, agent);
    if (d.reach === 'proposed') continue;

    const supplierActor = await supplierMember(dataSource, supplier);
    if (d.reach === 'declined') {
      await service.decline(
        intro.id,
        'Notre plan de charge ne nous permet pas de répondre cette année.',
        supplierActor,
      );
      continue;
    }
    await service.accept(intro.id, supplierActor);
    if (d.reach === 'supplier_accepted') continue;
    await service.accept(intro.id, buyer);
    if (d.reach === 'accepted') continue;
    await service.planMeeting(
      intro.id,
      addDays(referenceDate, d.reach === 'meeting_planned' ? 12 : -20),
      agent,
    );
    if (d.reach === 'meeting_planned') continue;
    await service.recordOutcome(
      intro.id,
      { type: 'record_outcome', outcome: d.reach },
      addDays(referenceDate, -3),
      agent,
    );
  }
  return created;
}
