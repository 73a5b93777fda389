import type {
  ApiErrorBody,
  OpportunityView,
  PortfolioView,
  SavedSearchView,
  ShortlistTargetView,
  ShortlistView,
  SupplierView,
  WatchedOpportunitiesView,
} from '@bitd/domain';
import { MeiliService, SearchIndexerService } from '@bitd/server';
import { parse } from 'csv-parse/sync';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import { type TestApi, type TestClient, startTestApi } from '../../apps/api/src/testing/test-api';

/**
 * Buyers' shortlists, agents' portfolios, watched opportunities and saved searches, through the
 * api: who sees what (private fields in the CSV export by role), what is recorded, and how bad
 * input is refused without writing anything.
 */
const S = '/api/v1';
const SONAR = '38113000';
const PRIVATE_CONTACT = { name: 'Maïwenn Caradec', email: 'direction@iroise.example.fr' };
const BUYER_CONTACT = { name: 'Ronan Bihan', email: 'commercial@iroise.example.fr', visibleToBuyers: true };
const need = {
  kind: 'subcontracting',
  title: 'Antennes sonar de coque',
  description: 'Antennes acoustiques pour sonar de coque.',
  issuer: 'DGA Techniques navales',
  requiredCapabilities: [{ code: SONAR }],
  deadline: '2098-06-30',
};

describe('shortlists, portfolios, watched opportunities and saved searches', () => {
  let api: TestApi;
  let iroise: SupplierView;
  let aber: SupplierView;
  let published: OpportunityView;
  let draft: OpportunityView;
  const as: Record<'owner' | 'buyer' | 'otherBuyer' | 'agent' | 'agent2', TestClient> = {} as never;

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    const meili = api.app.get(MeiliService);
    await meili.ensureIndex('suppliers');
    await meili.waitTask(meili.client.index(meili.indexUid('suppliers')).deleteAllDocuments());
    const create = async (extra: Record<string, unknown>) =>
      (await api.json<SupplierView>('POST', `${S}/suppliers`, validSupplier(extra))).body;
    iroise = await create({
      siret: siret(21),
      // A formula in a company's own text must reach a spreadsheet as text.
      name: '=HYPERLINK("http://evil.example","Iroise")',
      clearance: 'SECRET',
      revenueEur: 5_000_000,
      contacts: [BUYER_CONTACT, PRIVATE_CONTACT],
    });
    aber = await create({
      siret: siret(22),
      name: 'Aber Sonar',
      address: { city: 'Vannes', postalCode: '56000' },
    });
    // No worker here: index the two profiles as it would.
    await api.app.get(SearchIndexerService).syncSuppliers([iroise.id, aber.id]);
    const dga = await api.createOrganisation('buyer', 'DGA Techniques navales');
    const prime = await api.createOrganisation('buyer', 'Naval Group');
    as.owner = await api.as({ email: 'pme@iroise.example.fr', organisationId: iroise.id });
    as.buyer = await api.as({ email: 'acheteur@dga.example.fr', organisationId: dga.id });
    as.otherBuyer = await api.as({ email: 'acheteur@prime.example.fr', organisationId: prime.id });
    as.agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
    as.agent2 = await api.as({ email: 'agent2@region.example.fr', platformRole: 'agent' });
    published = (
      await as.buyer.json<OpportunityView>('POST', `${S}/opportunities`, { ...need, status: 'published' })
    ).body;
    draft = (
      await as.buyer.json<OpportunityView>('POST', `${S}/opportunities`, { ...need, title: 'Brouillon' })
    ).body;
    // The worker's stored matches, as it writes them.
    await api.dataSource.query(
      `INSERT INTO opportunity_matches (opportunity_id, supplier_id, score, coverage, eligible, need_scores, criteria, computed_at)
       VALUES ($1, $2, 81.4, 1, true, '[1]', '[]', now()), ($1, $3, 55, 0.5, true, '[0.5]', '[]', now())`,
      [published.id, iroise.id, aber.id],
    );
  }, 60000);

  afterAll(() => api?.close());

  const shortlistPath = (opp = published.id, supplier = iroise.id) =>
    `${S}/opportunities/${opp}/shortlist/${supplier}`;
  const auditOf = (entityId: string) =>
    api.dataSource.query<
      Array<{ action: string; changes: Record<string, { before: unknown; after: unknown }> }>
    >(`SELECT action, changes FROM audit_log WHERE entity = 'shortlist' AND entity_id = $1 ORDER BY id`, [
      entityId,
    ]);

  describe('shortlists', () => {
    it('a buyer adds suppliers with a note, best match first; doing it twice changes nothing; each change is audited', async () => {
      const first = await as.buyer.json<ShortlistView>('PUT', shortlistPath(published.id, aber.id), {});
      expect(first.status).toBe(200);
      const put = await as.buyer.json<ShortlistView>('PUT', shortlistPath(), { note: '  À rencontrer  ' });
      expect(put.body.entries.map((e) => [e.supplier.id, e.note, e.match?.score])).toEqual([
        [iroise.id, 'À rencontrer', expect.closeTo(81.4, 1)],
        [aber.id, null, 55],
      ]);
      expect(put.body.entries[0].addedBy).toBe('acheteur');
      await as.buyer.json('PUT', shortlistPath(), { note: 'À rencontrer' });
      expect((await auditOf(published.id)).map((a) => a.action)).toEqual([
        'shortlist.added',
        'shortlist.added',
      ]);
      await as.buyer.json('PUT', shortlistPath(), { note: 'Rencontrée le 3/12' });
      expect((await as.buyer.json('DELETE', shortlistPath(published.id, aber.id))).status).toBe(204);
      expect((await as.buyer.json('DELETE', shortlistPath(published.id, aber.id))).status).toBe(204);
      const audit = await auditOf(published.id);
      expect(audit.map((a) => a.action)).toEqual([
        'shortlist.added',
        'shortlist.added',
        'shortlist.note_changed',
        'shortlist.removed',
      ]);
      expect(audit[3].changes.supplierId).toEqual({ before: aber.id, after: null });
      const list = await as.agent.json<ShortlistView>('GET', `${S}/opportunities/${published.id}/shortlist`);
      expect(list.body.entries.map((e) => e.supplier.id)).toEqual([iroise.id]);
    });

    it('another buyer and suppliers are told the opportunity does not exist, and change nothing', async () => {
      for (const client of [as.otherBuyer, as.owner]) {
        expect((await client.json('GET', `${S}/opportunities/${published.id}/shortlist`)).status).toBe(404);
        expect((await client.json('PUT', shortlistPath(published.id, aber.id), {})).status).toBe(404);
        expect((await client.json('DELETE', shortlistPath())).status).toBe(404);
      }
      const list = await as.buyer.json<ShortlistView>('GET', `${S}/opportunities/${published.id}/shortlist`);
      expect(list.body.entries.map((e) => e.supplier.id)).toEqual([iroise.id]);
    });

    it('refuses a bad note or an unknown supplier with the field named, writing nothing', async () => {
      const long = await as.buyer.json<ApiErrorBody>(
        'PUT',
        shortlistPath(draft.id),
        { note: 'x'.repeat(501) },
        {
          'Accept-Language': 'fr',
        },
      );
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual([{ field: 'note', message: 'must be at most 500 characters' }]);
      expect(long.body.message).toBe('Champ à corriger : « note ».');
      const extra = await as.buyer.json<ApiErrorBody>('PUT', shortlistPath(draft.id), {
        supplierId: aber.id,
      });
      expect(extra.body.errors).toEqual([{ field: 'supplierId', message: 'is not a known field' }]);
      expect((await as.buyer.json('PUT', shortlistPath(draft.id, crypto.randomUUID()), {})).status).toBe(404);
      expect((await as.buyer.json('PUT', shortlistPath(draft.id, 'not-an-id'), {})).status).toBe(404);
      // A buyer organisation is not a supplier.
      const buyerOrg = (await as.buyer.refresh()).user!.membership!.organisationId;
      expect((await as.buyer.json('PUT', shortlistPath(draft.id, buyerOrg), {})).status).toBe(404);
      const list = await as.buyer.json<ShortlistView>('GET', `${S}/opportunities/${draft.id}/shortlist`);
      expect(list.body.entries).toEqual([]);
    });

    it('lists where the reader can add a supplier: its organisation’s open opportunities', async () => {
      const mine = await as.buyer.json<ShortlistTargetView[]>('GET', `${S}/shortlists`);
      expect(mine.body.map((t) => [t.opportunityId, t.supplierIds])).toEqual(
        expect.arrayContaining([
          [published.id, [iroise.id]],
          [draft.id, []],
        ]),
      );
      expect((await as.otherBuyer.json<ShortlistTargetView[]>('GET', `${S}/shortlists`)).body).toEqual([]);
      const staff = await as.agent.json<ShortlistTargetView[]>('GET', `${S}/shortlists`);
      expect(staff.body.map((t) => t.opportunityId)).toEqual([published.id]);
    });

    it('exports CSV with private fields only as the reader may see them, and formulas neutralised', async () => {
      await as.buyer.json('PUT', shortlistPath(published.id, aber.id), { note: '@SUM(A1:A9)' });
      const read = async (client: TestClient, lang: string) => {
        const res = await client.fetch(`${S}/opportunities/${published.id}/shortlist.csv`, {
          headers: { 'Accept-Language': lang },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="[\w-]+\.csv"/);
        return parse(await res.text(), { bom: true, columns: true }) as Array<Record<string, string>>;
      };
      const buyerRows = await read(as.buyer, 'fr');
      expect(buyerRows.map((r) => r['Raison sociale'])).toEqual([`'${iroise.name}`, 'Aber Sonar']);
      expect(buyerRows[0]['Habilitation']).toBe('SECRET');
      expect(buyerRows[0]['Contacts']).toContain(BUYER_CONTACT.email);
      expect(buyerRows[0]['Contacts']).not.toContain(PRIVATE_CONTACT.email);
      expect(Object.keys(buyerRows[0])).not.toContain('Chiffre d’affaires (€)');
      expect(buyerRows[0]['Score de correspondance']).toBe('81');
      expect(buyerRows[1]['Note']).toBe("'@SUM(A1:A9)");

      const agentRows = await read(as.agent, 'en');
      expect(agentRows[0]['Revenue (€)']).toBe('5000000');
      expect(agentRows[0]['Contacts']).toContain(PRIVATE_CONTACT.email);
      expect((await as.otherBuyer.fetch(`${S}/opportunities/${published.id}/shortlist.csv`)).status).toBe(
        404,
      );
    });
  });

  describe('agent portfolio', () => {
    it('an agent follows companies and sees each with its best current matches; following twice is once', async () => {
      for (const id of [iroise.id, iroise.id, aber.id])
        expect((await as.agent.json('PUT', `${S}/follows/suppliers/${id}`)).status).toBe(204);
      const portfolio = await as.agent.json<PortfolioView>('GET', `${S}/follows/suppliers`);
      expect(portfolio.body.suppliers.map((s) => s.supplier.id).sort()).toEqual([iroise.id, aber.id].sort());
      const entry = portfolio.body.suppliers.find((s) => s.supplier.id === iroise.id)!;
      expect(entry.bestMatches).toEqual([
        {
          score: expect.closeTo(81.4, 1),
          coverage: 1,
          opportunity: {
            id: published.id,
            title: need.title,
            kind: 'subcontracting',
            issuer: 'DGA Techniques navales',
            deadline: '2098-06-30',
          },
        },
      ]);
      // Another agent's portfolio is theirs.
      expect((await as.agent2.json<PortfolioView>('GET', `${S}/follows/suppliers`)).body.suppliers).toEqual(
        [],
      );
      expect((await as.agent.json('DELETE', `${S}/follows/suppliers/${aber.id}`)).status).toBe(204);
      expect((await as.agent.json('DELETE', `${S}/follows/suppliers/${aber.id}`)).status).toBe(204);
      expect((await as.agent.json('PUT', `${S}/follows/suppliers/${crypto.randomUUID()}`)).status).toBe(404);
      expect((await as.agent.json('DELETE', `${S}/follows/suppliers/${crypto.randomUUID()}`)).status).toBe(
        404,
      );
      const after = await as.agent.json<PortfolioView>('GET', `${S}/follows/suppliers`);
      expect(after.body.suppliers.map((s) => s.supplier.id)).toEqual([iroise.id]);
      expect((await as.buyer.json('PUT', `${S}/follows/suppliers/${aber.id}`)).status).toBe(403);
    });
  });

  describe('watched opportunities', () => {
    it('anyone who can see an opportunity watches it; a draft is not there for the others', async () => {
      expect((await as.owner.json('PUT', `${S}/opportunities/${published.id}/watch`)).status).toBe(204);
      expect((await as.owner.json('PUT', `${S}/opportunities/${published.id}/watch`)).status).toBe(204);
      expect((await as.owner.json('PUT', `${S}/opportunities/${draft.id}/watch`)).status).toBe(404);
      const mine = await as.owner.json<WatchedOpportunitiesView>('GET', `${S}/watches/opportunities`);
      expect(mine.body.opportunities.map((o) => [o.opportunity.id, o.opportunity.status])).toEqual([
        [published.id, 'published'],
      ]);
      // Closed, it is its issuer's again: it leaves the supplier's list.
      expect((await as.buyer.json('POST', `${S}/opportunities/${published.id}/close`)).status).toBe(200);
      expect(
        (await as.owner.json<WatchedOpportunitiesView>('GET', `${S}/watches/opportunities`)).body
          .opportunities,
      ).toEqual([]);
      // The row it still has is its own to remove.
      expect((await as.owner.json('DELETE', `${S}/opportunities/${published.id}/watch`)).status).toBe(204);
      expect((await as.owner.json('DELETE', `${S}/opportunities/${published.id}/watch`)).status).toBe(404);
      expect((await as.buyer.json('POST', `${S}/opportunities/${published.id}/publish`)).status).toBe(200);
    });
  });

  describe('saved searches', () => {
    it('round trip: saved with the suppliers it finds as seen, renamed, alerts off, deleted; owner only', async () => {
      const created = await as.buyer.json<SavedSearchView>('POST', `${S}/saved-searches`, {
        name: 'Sonar Finistère',
        query: '?q=sonar&department=29&page=3&sort=name',
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'Sonar Finistère',
        query: 'q=sonar&department=29',
        alerts: true,
      });
      const [row] = await api.dataSource.query(
        'SELECT seen_supplier_ids AS seen, checked_at FROM saved_searches WHERE id = $1',
        [created.body.id],
      );
      // Iroise is in Brest (29); Aber in Vannes (56).
      expect(row.seen).toEqual([iroise.id]);
      expect(row.checked_at).not.toBeNull();
      expect(created.body.seenCount).toBe(1);

      const id = created.body.id;
      const renamed = await as.buyer.json<SavedSearchView>('PATCH', `${S}/saved-searches/${id}`, {
        name: 'Sonar Bretagne',
        alerts: false,
      });
      expect(renamed.body).toMatchObject({ name: 'Sonar Bretagne', alerts: false, seenCount: 1 });
      const requeried = await as.buyer.json<SavedSearchView>('PATCH', `${S}/saved-searches/${id}`, {
        query: 'q=sonar',
      });
      expect(requeried.body.seenCount).toBe(2);

      for (const other of [as.otherBuyer, as.agent]) {
        expect((await other.json<SavedSearchView[]>('GET', `${S}/saved-searches`)).body).toEqual([]);
        expect((await other.json('PATCH', `${S}/saved-searches/${id}`, { alerts: true })).status).toBe(404);
        expect((await other.json('DELETE', `${S}/saved-searches/${id}`)).status).toBe(404);
      }
      const mine = await as.buyer.json<SavedSearchView[]>('GET', `${S}/saved-searches`);
      expect(mine.body.map((s) => [s.id, s.name, s.alerts])).toEqual([[id, 'Sonar Bretagne', false]]);
      expect((await as.buyer.json('DELETE', `${S}/saved-searches/${id}`)).status).toBe(204);
      expect((await as.buyer.json<SavedSearchView[]>('GET', `${S}/saved-searches`)).body).toEqual([]);
    });

    it('refuses bad input naming the field in the reader’s language, and saves nothing', async () => {
      const bad = async (body: unknown, client = as.owner) => {
        const res = await client.json<ApiErrorBody>('POST', `${S}/saved-searches`, body, {
          'Accept-Language': 'fr',
        });
        expect(res.status).toBe(400);
        return res.body;
      };
      expect(await bad({ name: '', query: 'q=sonar' })).toMatchObject({
        message: 'Champ à corriger : « nom de la recherche ».',
        errors: [{ field: 'name', message: 'is required and cannot be empty' }],
      });
      expect((await bad({ name: 'x'.repeat(121), query: 'q=a' })).errors).toEqual([
        { field: 'name', message: 'must be at most 120 characters' },
      ]);
      const query = await bad({ name: 'TRL', query: 'trlMin=12&colour=blue' });
      expect(query.message).toBe('Champ à corriger : « critères de recherche ».');
      expect(query.errors!.map((e) => e.field).sort()).toEqual(['query.colour', 'query.trlMin']);
      expect((await bad({ name: 'Long', query: `q=${'a'.repeat(2000)}` })).errors).toEqual([
        { field: 'query', message: 'must be at most 2,000 characters' },
      ]);
      expect((await bad({ name: 'x', query: 'q=a', alerts: 'oui' })).errors).toEqual([
        { field: 'alerts', message: 'must be true or false' },
      ]);
      expect(await bad([{ name: 'x', query: 'q=a' }])).toMatchObject({
        message: 'Champ à corriger : « contenu de la demande ».',
        errors: [{ field: '(body)', message: 'must be a JSON object' }],
      });
      // A supplier may not filter on clearance: nor may its saved search.
      expect((await bad({ name: 'Secret', query: 'clearance=SECRET' })).errors).toEqual([
        { field: 'query.clearance', message: 'is visible to buyers and region agents only' },
      ]);
      expect((await as.owner.json<SavedSearchView[]>('GET', `${S}/saved-searches`)).body).toEqual([]);
      const patch = await as.owner.json<ApiErrorBody>(
        'PATCH',
        `${S}/saved-searches/${crypto.randomUUID()}`,
        {},
      );
      expect(patch.status).toBe(400);
    });

    it('caps saved searches per person with a clear error', async () => {
      const [{ id: userId }] = await api.dataSource.query(
        `SELECT id FROM users WHERE email = 'agent2@region.example.fr'`,
      );
      await api.dataSource.query(
        `INSERT INTO saved_searches (user_id, name, query) SELECT $1, 'n' || i, 'q=sonar' FROM generate_series(1, 50) i`,
        [userId],
      );
      const res = await as.agent2.json<ApiErrorBody>(
        'POST',
        `${S}/saved-searches`,
        { name: 'Une de trop', query: 'q=sonar' },
        { 'Accept-Language': 'fr' },
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('LIST_FULL');
      expect(res.body.message).toMatch(/maximum de 50 recherches enregistrées/);
    });
  });
});
