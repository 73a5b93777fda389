import type {
  ApiErrorBody,
  ClaimView,
  IntroductionSummaryView,
  IntroductionView,
  OpportunityView,
  SupplierView,
} from '@bitd/domain';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { siret as fixtureSiret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { type TestApi, type TestClient, startTestApi } from '../../apps/api/src/testing/test-api';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitUntil } from '../support/processes';

const siret = (n: number) => fixtureSiret(n, 72000000);
const I = '/api/v1/introductions';
const SUPPLIER_CONTACT = 'direction@acoustique-iroise.example.fr';
/** A contact the company shows no buyer: an introduction does not change that. */
const PRIVATE_CONTACT = 'dg@acoustique-iroise.example.fr';
const SUPPLIER_MEMBER = 'gwen@acoustique-iroise.example.fr';
const BUYER_MEMBER = 'claire@dga-tn.example.fr';

type Answer = IntroductionView & ApiErrorBody;

describe('introductions brokered by region agents (real PostgreSQL, HTTP)', () => {
  let api: TestApi;
  let supplierId: string;
  let unclaimedId: string;
  let buyerId: string;
  let opportunityId: string;
  let agent: TestClient;
  let supplier: TestClient;
  let buyer: TestClient;
  let otherSupplier: TestClient;
  let otherBuyer: TestClient;
  let worker: INestApplicationContext;
  let n = 0;

  beforeAll(async () => {
    process.env.SIGN_IN_MAX_PER_CLIENT = '10000';
    api = await startTestApi();
    await api.reset();
    // The worker turns the introduction's events into each party's notifications.
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const created = async (overrides: Record<string, unknown>) =>
      (await api.json<SupplierView>('POST', '/api/v1/suppliers', validSupplier(overrides))).body.id;
    supplierId = await created({
      siret: siret(1),
      name: 'Acoustique Iroise',
      contacts: [
        { name: 'Direction commerciale', email: SUPPLIER_CONTACT, visibleToBuyers: true },
        { name: 'Direction générale', email: PRIVATE_CONTACT, visibleToBuyers: false },
      ],
    });
    unclaimedId = await created({ siret: siret(2), name: 'PME importée non rattachée' });
    const otherSupplierId = await created({ siret: siret(3), name: 'Autre PME' });
    const b = await api.createOrganisation('buyer', 'DGA Techniques navales');
    const b2 = await api.createOrganisation('buyer', 'Naval Group');
    buyerId = b.id;
    agent = await api.as({
      email: 'agent@region.example.fr',
      platformRole: 'agent',
      displayName: 'Soizic Agent',
    });
    supplier = await api.as({ email: SUPPLIER_MEMBER, organisationId: supplierId, displayName: 'Gwen PME' });
    buyer = await api.as({ email: BUYER_MEMBER, organisationId: buyerId, displayName: 'Claire DGA' });
    otherSupplier = await api.as({ email: 'pme2@example.fr', organisationId: otherSupplierId });
    otherBuyer = await api.as({ email: 'prime@example.fr', organisationId: b2.id });
    const o = await buyer.json<OpportunityView>('POST', '/api/v1/opportunities', {
      kind: 'subcontracting',
      title: 'Antennes sonar',
      description: 'Antennes sonar pour bâtiments de surface.',
      issuer: 'DGA Techniques navales',
      requiredCapabilities: [{ code: '38113000' }],
      deadline: '2098-06-30',
    });
    expect(o.status).toBe(201);
    opportunityId = o.body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  /** A fresh agent-proposed introduction (each with its own opportunity-less subject, new buyer). */
  const propose = async (body: Record<string, unknown> = {}) => {
    const res = await agent.json<Answer>('POST', I, {
      supplierId,
      buyerId,
      opportunityId,
      message: 'Votre savoir-faire en antennes sonar répond à ce lot.',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const close = (id: string) =>
    api.dataSource.query(`UPDATE introductions SET status = 'no_go' WHERE id = $1`, [id]);
  const post = (client: TestClient, id: string, action: string, body?: unknown, lang = 'en') =>
    client.json<Answer>('POST', `${I}/${id}/${action}`, body, { 'Accept-Language': lang });
  const get = (client: TestClient, id: string) => client.json<Answer>('GET', `${I}/${id}`);

  it('lives proposed → supplier accepts → buyer accepts (revealed) → meeting → contract, with audit rows and events', async () => {
    const intro = await propose();
    expect(intro).toMatchObject({ status: 'proposed', awaitingClaim: false, inQueue: false, contacts: null });
    expect(intro.agent?.name).toBe('Soizic Agent');

    // Before both accept: no contact, no person of the other side, anywhere in the answers.
    const hidden = [SUPPLIER_CONTACT, SUPPLIER_MEMBER, 'Gwen PME'];
    const supplierAccepted = await post(supplier, intro.id, 'accept');
    expect(supplierAccepted.status).toBe(200);
    expect(supplierAccepted.body).toMatchObject({ status: 'proposed', revealedAt: null, contacts: null });
    expect(supplierAccepted.body.supplierAnswer).toMatchObject({ answer: 'accepted', by: 'Gwen PME' });
    const buyerView = await get(buyer, intro.id);
    expect(buyerView.body.supplierAnswer).toMatchObject({ answer: 'accepted', by: null });
    expect(buyerView.body.can).toEqual(expect.arrayContaining(['accept', 'decline']));
    for (const secret of hidden) expect(JSON.stringify(buyerView.body)).not.toContain(secret);
    const buyerList = await buyer.json<IntroductionSummaryView[]>('GET', I);
    for (const secret of hidden) expect(JSON.stringify(buyerList.body)).not.toContain(secret);
    expect(JSON.stringify((await get(supplier, intro.id)).body)).not.toContain(BUYER_MEMBER);

    const revealed = await post(buyer, intro.id, 'accept');
    expect(revealed.status).toBe(200);
    expect(revealed.body.status).toBe('accepted');
    expect(revealed.body.revealedAt).not.toBeNull();
    expect(revealed.body.contacts?.supplier.contacts.map((c) => c.email)).toEqual([SUPPLIER_CONTACT]);
    expect(JSON.stringify(revealed.body)).not.toContain(PRIVATE_CONTACT);
    expect(revealed.body.contacts?.supplier.members).toEqual([{ name: 'Gwen PME', email: SUPPLIER_MEMBER }]);
    const supplierSees = await get(supplier, intro.id);
    expect(supplierSees.body.contacts?.buyer.members).toEqual([{ name: 'Claire DGA', email: BUYER_MEMBER }]);

    const meeting = await post(agent, intro.id, 'meeting', { date: '2098-03-14' });
    expect(meeting.body).toMatchObject({ status: 'meeting_planned', meetingDate: '2098-03-14' });
    const contract = await post(agent, intro.id, 'status', { status: 'contract', date: '2098-05-02' });
    expect(contract.status).toBe(200);
    expect(contract.body).toMatchObject({
      status: 'contract',
      outcome: 'contract',
      outcomeDate: '2098-05-02',
    });
    expect(contract.body.timeline.map((e) => e.kind)).toEqual([
      'proposed',
      'accepted',
      'accepted',
      'revealed',
      'meeting_planned',
      'outcome_recorded',
    ]);

    const audit = await api.dataSource.query(
      `SELECT action, changes FROM audit_log WHERE entity = 'introduction' AND entity_id = $1 ORDER BY id`,
      [intro.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'introduction.proposed',
      'introduction.accepted',
      'introduction.accepted',
      'introduction.meeting_planned',
      'introduction.outcome_recorded',
    ]);
    expect(audit[4].changes.status).toEqual({ before: 'meeting_planned', after: 'contract' });

    const events: Array<{ type: string; payload: Record<string, unknown>; created_at: Date }> =
      await api.dataSource.query(
        `SELECT type, payload, created_at FROM outbox WHERE payload->>'introductionId' = $1 ORDER BY id`,
        [intro.id],
      );
    expect(events.map((e) => e.type)).toEqual([
      'introduction.proposed',
      'introduction.accepted',
      'introduction.accepted',
      'introduction.revealed',
      'introduction.meeting_planned',
      'introduction.outcome_recorded',
    ]);
    expect(events[1].payload).toMatchObject({ side: 'supplier', supplierId, buyerId, opportunityId });
    expect(events[2].payload).toMatchObject({ side: 'buyer', status: 'accepted' });
    // now() is the transaction's time: the reveal was written with the second acceptance.
    expect(events[3].created_at).toEqual(events[2].created_at);
    expect(events[5].payload).toMatchObject({ outcome: 'contract', status: 'contract' });

    // Each party is told of what the others did, never of its own moves: once per event.
    const told = async (email: string) =>
      (
        await api.dataSource.query(
          `SELECT n.title->>'fr' AS title FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE u.email = $1 AND n.link = $2 ORDER BY n.created_at, n.title->>'fr'`,
          [email, `/mises-en-relation/${intro.id}`],
        )
      ).map((r: { title: string }) => r.title.replace(/ :.*$/, '')) as string[];
    const expected: Record<string, string[]> = {
      // Gwen: the proposal, Claire's acceptance, the reveal, the meeting, the outcome.
      [SUPPLIER_MEMBER]: [
        'Issue enregistrée (un contrat)',
        'Mise en relation acceptée par DGA Techniques navales',
        'Mise en relation confirmée',
        'Mise en relation proposée',
        'Rendez-vous prévu le 14 mars 2098',
      ],
      // Claire accepted second: the reveal was her own move.
      [BUYER_MEMBER]: [
        'Issue enregistrée (un contrat)',
        'Mise en relation acceptée par Acoustique Iroise',
        'Mise en relation proposée',
        'Rendez-vous prévu le 14 mars 2098',
      ],
      // The agent proposed, planned and closed it: it hears both answers and the reveal.
      'agent@region.example.fr': [
        'Mise en relation acceptée par Acoustique Iroise',
        'Mise en relation acceptée par DGA Techniques navales',
        'Mise en relation confirmée',
      ],
    };
    await waitUntil(async () => {
      for (const [email, titles] of Object.entries(expected)) {
        if ((await told(email)).length < titles.length) return false;
      }
      return true;
    }, 'notifications of the introduction');
    for (const [email, titles] of Object.entries(expected))
      expect((await told(email)).sort()).toEqual(titles);
  });

  it('refuses a second acceptance with 409 listing what is allowed, in French and English', async () => {
    const intro = await propose({ opportunityId: null, message: 'Deuxième sujet' });
    expect((await post(supplier, intro.id, 'accept')).status).toBe(200);
    const again = await post(supplier, intro.id, 'accept', undefined, 'fr');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTRODUCTION_TRANSITION');
    expect(again.body.message).toMatch(/proposée/);
    expect(again.body.details).toMatchObject({ status: 'proposed', allowed: [] });
    const agentMoves = await post(agent, intro.id, 'status', { status: 'accepted' });
    expect(agentMoves.status).toBe(409);
    expect(agentMoves.body.message).toMatch(/status: not possible from the status "proposed"/);
    // Once accepted, the 409 lists the actions left, in the caller's language.
    await post(buyer, intro.id, 'accept');
    const back = await post(agent, intro.id, 'status', { status: 'declined' }, 'fr');
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(/planifier le rendez-vous/);
    expect((back.body.details?.allowed as Array<{ status: string }>).map((a) => a.status)).toEqual([
      'meeting_planned',
      'contract',
      'nda',
      'consortium',
      'no_go',
    ]);
    await close(intro.id);
  });

  it('answers 404 to anyone outside the introduction (reading or answering), and for unknown ids', async () => {
    const intro = await propose({ opportunityId: null, message: 'Sujet confidentiel' });
    for (const outsider of [otherSupplier, otherBuyer]) {
      expect((await get(outsider, intro.id)).status).toBe(404);
      expect((await post(outsider, intro.id, 'accept')).status).toBe(404);
      expect((await post(outsider, intro.id, 'notes', { body: 'Bonjour' })).status).toBe(404);
      expect((await outsider.json<IntroductionSummaryView[]>('GET', I)).body).toEqual([]);
    }
    const unknown = crypto.randomUUID();
    expect((await get(agent, unknown)).status).toBe(404);
    expect((await get(agent, 'not-an-id')).status).toBe(404);
    expect((await post(supplier, unknown, 'accept')).status).toBe(404);
    const noSupplier = await agent.json<Answer>(
      'POST',
      I,
      { supplierId: unknown, buyerId, message: 'x' },
      {
        'Accept-Language': 'fr',
      },
    );
    expect(noSupplier.status).toBe(404);
    expect(noSupplier.body.errors).toEqual([{ field: 'supplierId', message: 'does not exist' }]);
    expect(noSupplier.body.message).toMatch(/supplierId : le fournisseur .* introuvable/);
    const noBuyer = await agent.json<Answer>('POST', I, { supplierId, buyerId: unknown, message: 'x' });
    expect(noBuyer.body.errors?.[0].field).toBe('buyerId');
    await close(intro.id);
  });

  it('refuses an outcome before both accepted (409), and keeps a declined introduction closed', async () => {
    const intro = await propose({ opportunityId: null, message: 'Sujet à refuser' });
    const early = await post(agent, intro.id, 'outcome', { outcome: 'contract', date: '2098-01-01' });
    expect(early.status).toBe(409);
    expect(early.body.errors?.[0].field).toBe('outcome');
    const declined = await post(buyer, intro.id, 'decline', { reason: 'Besoin déjà couvert' });
    expect(declined.body).toMatchObject({
      status: 'declined',
      buyerAnswer: { answer: 'declined', reason: 'Besoin déjà couvert' },
    });
    expect(declined.body.nextStatuses).toEqual([]);
    expect((await post(supplier, intro.id, 'accept')).status).toBe(409);
    expect((await post(agent, intro.id, 'meeting', { date: '2098-01-01' })).status).toBe(409);
    const outbox = await api.dataSource.query(
      `SELECT type, payload->>'side' AS side FROM outbox WHERE payload->>'introductionId' = $1 ORDER BY id`,
      [intro.id],
    );
    expect(outbox).toEqual([
      { type: 'introduction.proposed', side: null },
      { type: 'introduction.declined', side: 'buyer' },
    ]);
  });

  it('validates bodies with 400 naming the field in French and English (long notes, bad dates, unknown fields)', async () => {
    const intro = await propose({ opportunityId: null, message: 'Sujet des notes' });
    const tooLong = await post(supplier, intro.id, 'notes', { body: 'x'.repeat(2001) }, 'fr');
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'body', message: 'too long (at most 2,000 characters)' }]);
    expect(tooLong.body.message).toBe(
      'Champ invalide — body (la note) : trop long (2 000 caractères au plus).',
    );
    const english = await post(supplier, intro.id, 'notes', { body: 'x'.repeat(2001) });
    expect(english.body.message).toBe(
      'Invalid field — body (the note): too long (at most 2,000 characters).',
    );
    expect((await post(supplier, intro.id, 'notes', { body: 'x'.repeat(2000) })).status).toBe(201);
    const badDate = await post(agent, intro.id, 'meeting', { date: 'demain' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors?.[0].field).toBe('date');
    // A valid ISO day the database cannot store is a 400, not a 500.
    const yearZero = await post(agent, intro.id, 'outcome', { outcome: 'contract', date: '0000-01-01' });
    expect(yearZero.status).toBe(400);
    expect(yearZero.body.errors?.[0].field).toBe('date');
    const noMessage = await agent.json<Answer>('POST', I, {
      supplierId,
      buyerId,
      message: '  ',
      role: 'admin',
    });
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.errors?.map((e) => e.field).sort()).toEqual(['message', 'role']);
    const meetingWithoutDate = await post(agent, intro.id, 'status', { status: 'meeting_planned' });
    expect(meetingWithoutDate.status).toBe(400);
    expect(meetingWithoutDate.body.errors?.[0].field).toBe('date');
    // A second open introduction on the same subject is refused.
    const twice = await agent.json<Answer>('POST', I, { supplierId, buyerId, message: 'encore' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INTRODUCTION_CONFLICT');
    await close(intro.id);
  });

  it('keeps private agent notes from the parties; parties cannot write them', async () => {
    const intro = await propose({ opportunityId: null, message: 'Sujet des notes privées' });
    expect(
      (await post(agent, intro.id, 'notes', { body: 'Relancer la PME jeudi', private: true })).status,
    ).toBe(201);
    expect((await post(buyer, intro.id, 'notes', { body: 'Disponibles en mars' })).status).toBe(201);
    const refused = await post(buyer, intro.id, 'notes', { body: 'secret', private: true });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0].field).toBe('private');
    const agentView = await get(agent, intro.id);
    expect(agentView.body.timeline.filter((e) => e.kind === 'note').map((e) => [e.body, e.private])).toEqual([
      ['Relancer la PME jeudi', true],
      ['Disponibles en mars', false],
    ]);
    for (const party of [buyer, supplier]) {
      const view = await get(party, intro.id);
      expect(view.body.timeline.filter((e) => e.kind === 'note').map((e) => e.body)).toEqual([
        'Disponibles en mars',
      ]);
      expect(JSON.stringify(view.body)).not.toContain('Relancer');
    }
    // Before both accept, the supplier sees that the buyer side wrote, not who.
    const supplierView = await get(supplier, intro.id);
    expect(supplierView.body.timeline.find((e) => e.kind === 'note')).toMatchObject({
      side: 'buyer',
      author: null,
    });
    const events = await api.dataSource.query(
      `SELECT type FROM outbox WHERE payload->>'introductionId' = $1 AND type = 'introduction.note_added'`,
      [intro.id],
    );
    expect(events).toHaveLength(1);
    await close(intro.id);
  });

  it("puts a buyer's request in the agents' queue until an agent takes it; then the supplier answers", async () => {
    const asked = await buyer.json<Answer>('POST', I, {
      supplierId,
      opportunityId,
      message: 'Pouvez-vous nous présenter cette PME ?',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      requestedBy: 'buyer',
      agent: null,
      inQueue: true,
      buyerAnswer: { answer: 'accepted', by: 'Claire DGA' },
    });
    // A buyer asks in its own name only.
    const forOther = await buyer.json<Answer>('POST', I, {
      supplierId,
      buyerId: crypto.randomUUID(),
      message: 'x',
    });
    expect(forOther.status).toBe(400);
    expect(forOther.body.errors?.[0].field).toBe('buyerId');
    // Not yet with the supplier: it does not see it.
    expect((await get(supplier, asked.body.id)).status).toBe(404);
    expect((await supplier.json<IntroductionSummaryView[]>('GET', I)).body.map((i) => i.id)).not.toContain(
      asked.body.id,
    );
    expect((await buyer.json('GET', `${I}?queue=true`)).status).toBe(403);
    const queue = await agent.json<IntroductionSummaryView[]>('GET', `${I}?queue=true`);
    expect(queue.body.map((i) => i.id)).toContain(asked.body.id);
    const taken = await post(agent, asked.body.id, 'take');
    expect(taken.body).toMatchObject({ inQueue: false, agent: { name: 'Soizic Agent' } });
    expect(
      (await agent.json<IntroductionSummaryView[]>('GET', `${I}?queue=true`)).body.map((i) => i.id),
    ).not.toContain(asked.body.id);
    const accepted = await post(supplier, asked.body.id, 'accept');
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.contacts?.buyer.members[0].email).toBe(BUYER_MEMBER);
    const types = await api.dataSource.query(
      `SELECT type FROM outbox WHERE payload->>'introductionId' = $1 ORDER BY id`,
      [asked.body.id],
    );
    expect(types.map((t: { type: string }) => t.type)).toEqual([
      'introduction.proposed',
      'introduction.proposed',
      'introduction.accepted',
      'introduction.revealed',
    ]);
    await close(asked.body.id);
  });

  it('sends an introduction to an unclaimed profile to the agents’ queue, and on to the supplier once claimed', async () => {
    const intro = await propose({
      supplierId: unclaimedId,
      opportunityId: null,
      message: 'Profil non rattaché',
    });
    expect(intro).toMatchObject({ awaitingClaim: true, inQueue: true });
    const queue = await agent.json<IntroductionSummaryView[]>('GET', `${I}?queue=true`);
    expect(queue.body.find((i) => i.id === intro.id)).toMatchObject({ awaitingClaim: true });

    n++;
    const claimantEmail = `claimant${n}@pme-importee.example.fr`;
    const claimant = await api.createUser({ email: claimantEmail, displayName: 'Nouvelle PME' });
    const [claim] = await api.dataSource.query(
      'INSERT INTO claims (organisation_id, user_id) VALUES ($1, $2) RETURNING id',
      [unclaimedId, claimant.id],
    );
    const decided = await agent.json<ClaimView>('POST', `/api/v1/claims/${claim.id}/decision`, {
      decision: 'approve',
    });
    expect(decided.status).toBe(200);

    const member = await (async () => {
      const c = await api.client();
      await c.json('POST', '/api/v1/auth/sign-in', {
        email: claimantEmail,
        password: 'correct-horse-battery-staple',
      });
      return c;
    })();
    const seen = await get(member, intro.id);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ awaitingClaim: false, inQueue: false, mySide: 'supplier' });
    expect(seen.body.timeline.map((e) => e.kind)).toEqual(['proposed', 'claimed']);
    expect((await post(member, intro.id, 'accept')).body.supplierAnswer?.answer).toBe('accepted');
    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE entity = 'introduction' AND entity_id = $1 ORDER BY id`,
      [intro.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'introduction.proposed',
      'introduction.claimed',
      'introduction.accepted',
    ]);
  });

  it('lists by the caller’s rights with filters', async () => {
    const all = await agent.json<IntroductionSummaryView[]>('GET', `${I}?supplierId=${supplierId}`);
    expect(all.status).toBe(200);
    expect(all.body.every((i) => i.supplier.id === supplierId)).toBe(true);
    const contracts = await agent.json<IntroductionSummaryView[]>('GET', `${I}?status=contract`);
    expect(contracts.body.length).toBe(1);
    const mine = await buyer.json<IntroductionSummaryView[]>('GET', `${I}?opportunityId=${opportunityId}`);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((i) => i.buyer.id === buyerId && i.opportunity?.id === opportunityId)).toBe(true);
    const bad = await agent.json<ApiErrorBody>('GET', `${I}?status=maybe`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].field).toBe('status');
  });
});
