import type { EntityManager } from 'typeorm';
import { SupplierFollowEntity } from '../follows/supplier-follow.entity';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SavedSearchEntity } from '../saved-searches/saved-search.entity';
import { ShortlistEntryEntity } from '../shortlists/shortlist-entry.entity';
import type { UserEntity } from '../accounts/user.entity';

/** Companies the demo agent follows (demo externalIds). */
export const DEMO_FOLLOWED = ['DEMO-00001', 'DEMO-00003', 'DEMO-00005', 'DEMO-00008'];

/**
 * The demo's lists, made with the demo accounts: the agent's portfolio, a shortlist on one of the
 * DGA buyer's opportunities (suppliers sharing a capability family with it) and the buyer's saved
 * search. Accounts or records missing (other data loaded) leave their part out.
 */
export async function seedDemoLists(m: EntityManager, users: ReadonlyMap<string, UserEntity>): Promise<void> {
  const agent = users.get('agent@demo.example.fr');
  const buyer = users.get('acheteur.dga@demo.example.fr');
  const suppliers = await m.find(OrganisationEntity, {
    where: { kind: 'supplier' },
    order: { externalId: 'ASC' },
  });
  if (agent) {
    const followed = suppliers.filter((s) => s.externalId && DEMO_FOLLOWED.includes(s.externalId));
    if (followed.length)
      await m.insert(
        SupplierFollowEntity,
        followed.map((s) => ({ userId: agent.id, supplierId: s.id })),
      );
  }
  const dga = await m.findOneBy(OrganisationEntity, { kind: 'buyer', name: 'DGA Techniques navales' });
  if (!buyer || !dga) return;
  const opportunity = await m.findOne(OpportunityEntity, {
    where: { issuerId: dga.id, status: 'published' },
    order: { deadline: 'ASC', id: 'ASC' },
  });
  if (opportunity) {
    // A capability family is the CPV code's first three digits (355: warships, 381: sonars…).
    const families = new Set(opportunity.requiredCapabilities.map((c) => c.code.slice(0, 3)));
    const shortlisted = suppliers
      .filter((s) => s.capabilities.some((c) => families.has(c.code.slice(0, 3))))
      .slice(0, 3);
    if (shortlisted.length) {
      await m.insert(
        ShortlistEntryEntity,
        shortlisted.map((s, i) => ({
          opportunityId: opportunity.id,
          supplierId: s.id,
          addedBy: buyer.id,
          note: i === 0 ? 'À rencontrer au salon Euronaval (démo).' : null,
        })),
      );
    }
  }
  await m.insert(SavedSearchEntity, {
    userId: buyer.id,
    name: 'Sonar dans le Finistère',
    query: 'q=sonar&department=29',
    alerts: true,
    // Every company of the demo counts as seen: alerts name only those added later.
    seenSupplierIds: suppliers.map((s) => s.id),
    checkedAt: new Date(),
  });
}
