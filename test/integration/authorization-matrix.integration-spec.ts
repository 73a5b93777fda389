import type { OpportunityView, SupplierView } from '@bitd/domain';
import { RequestMethod, VERSION_NEUTRAL } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { MeiliService } from '@bitd/server';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import {
  ADMIN_HEADERS,
  TEST_PASSWORD,
  type TestApi,
  type TestClient,
  type TestUserSpec,
  browserClient,
  startTestApi,
} from '../../apps/api/src/testing/test-api';

/**
 * Every route of the api × every kind of caller → the status it must answer. The routes come from
 * the application itself: a route added without a row here fails the test, so nobody adds a route
 * without deciding who may call it.
 */
const COLUMNS = [
  'anonymous',
  'ownSupplier',
  'otherSupplier',
  'ownBuyer',
  'otherBuyer',
  'agent',
  'admin',
] as const;
type Column = (typeof COLUMNS)[number];
type Expect = Record<Column, number>;

/** Statuses in column order: anonymous, supplier of the object's organisation, of another, buyer of the object's organisation, of another, agent, admin. */
const row = (...s: number[]): Expect => Object.fromEntries(COLUMNS.map((c, i) => [c, s[i]])) as Expect;
const all = (status: number) => row(...COLUMNS.map(() => status));

interface World {
  supplierId: string; // S1: its members are "ownSupplier"
  otherSupplierId: string; // S2: its members are "otherSupplier"
  buyerId: string; // B1: its members are "ownBuyer"
  introductionId: string; // between S1 and B1, brokered by the agent
  draftId: string; // a draft of B1: its members are "ownBuyer"
  claimId: string;
  /** A saved search of the "ownBuyer" user */
  savedSearchId: string;
  userIds: Record<Column, string | null>;
}

interface Case {
  expect: Expect;
  path: (w: World) => string;
  body?: (w: World, column: Column) => unknown;
  /** multipart upload instead of JSON */
  file?: { name: string; content: string };
  /** puts the object back as it was before each call (a delete, a publish…) */
  before?: (api: TestApi, w: World) => Promise<unknown>;
  /** the call ends or changes the caller's session or account: a fresh sign-in (or a new user) for it */
  fresh?: 'session' | 'user';
}

const S = 'api/v1';
const OPPORTUNITY = {
  kind: 'subcontracting',
  title: 'Usinage de pièces de coque',
  description: 'Usinage de précision de pièces de coque en acier naval.',
  issuer: 'Naval Group',
  requiredCapabilities: [{ code: '34511000' }],
  deadline: '2098-06-30',
};

/** The introduction back to a given point of its life before each call (answers, agent, status). */
const introductionAt =
  (status: 'proposed' | 'accepted', agent: 'agent' | null = 'agent') =>
  (api: TestApi, w: World) => {
    const answer = status === 'accepted' ? 'accepted' : null;
    return api.dataSource.query(
      `UPDATE introductions SET status = $2, supplier_answer = $3, buyer_answer = $3,
         supplier_answered_at = CASE WHEN $3::varchar IS NULL THEN NULL ELSE now() END,
         buyer_answered_at = CASE WHEN $3::varchar IS NULL THEN NULL ELSE now() END,
         revealed_at = CASE WHEN $3::varchar IS NULL THEN NULL ELSE now() END,
         agent_user_id = $4, awaiting_claim = false, meeting_date = NULL, outcome = NULL WHERE id = $1`,
      [w.introductionId, status, answer, agent ? w.userIds.agent : null],
    );
  };
const INTRODUCTION = (w: World) => `/${S}/introductions/${w.introductionId}`;

const CASES: Record<string, Case> = {
  'GET /api/health': { expect: all(200), path: () => '/api/health' },
  [`GET /${S}/auth/session`]: { expect: all(200), path: () => `/${S}/auth/session` },
  [`POST /${S}/auth/sign-in`]: {
    expect: all(401),
    path: () => `/${S}/auth/sign-in`,
    // One address per caller: five failures on one address lock it (423), which is tested elsewhere.
    body: (_w, c) => ({ email: `nobody-${c}@example.fr`, password: 'not the password' }),
    fresh: 'session',
  },
  [`POST /${S}/auth/sign-up`]: {
    expect: all(201),
    path: () => `/${S}/auth/sign-up`,
    body: (_w, c) => ({
      email: `new-${c}-${Date.now()}@example.fr`,
      password: TEST_PASSWORD,
      displayName: 'Nouvelle personne',
      siret: siret(900 + COLUMNS.indexOf(c) + Math.floor(Math.random() * 1000) * 10),
      company: { name: 'Nouvelle PME', postalCode: '29200', city: 'Brest' },
    }),
    fresh: 'session',
  },
  [`POST /${S}/auth/verify-email`]: {
    expect: all(400),
    path: () => `/${S}/auth/verify-email`,
    body: () => ({ token: 'forged-token-forged-token-forged' }),
  },
  [`POST /${S}/auth/verify-email/resend`]: {
    expect: row(401, 202, 202, 202, 202, 202, 202),
    path: () => `/${S}/auth/verify-email/resend`,
  },
  [`POST /${S}/auth/password-reset/request`]: {
    expect: all(202),
    path: () => `/${S}/auth/password-reset/request`,
    body: (_w, c) => ({ email: `reset-${c}@example.fr` }),
  },
  [`POST /${S}/auth/password-reset`]: {
    expect: all(400),
    path: () => `/${S}/auth/password-reset`,
    body: () => ({ token: 'forged-token-forged-token-forged', password: TEST_PASSWORD }),
  },
  [`GET /${S}/organisations/mine`]: {
    expect: row(401, 200, 200, 200, 200, 404, 404),
    path: () => `/${S}/organisations/mine`,
  },
  [`POST /${S}/organisations/mine/invitations`]: {
    expect: row(401, 201, 403, 201, 403, 403, 403),
    path: () => `/${S}/organisations/mine/invitations`,
    body: (_w, c) => ({ email: `colleague-${c}@example.fr`, role: 'member' }),
  },
  [`DELETE /${S}/organisations/mine/invitations/:id`]: {
    expect: row(401, 404, 403, 404, 403, 403, 403),
    path: () => `/${S}/organisations/mine/invitations/${crypto.randomUUID()}`,
  },
  [`DELETE /${S}/organisations/mine/members/:userId`]: {
    expect: row(401, 404, 403, 404, 403, 403, 403),
    path: () => `/${S}/organisations/mine/members/${crypto.randomUUID()}`,
  },
  [`GET /${S}/invitations/lookup`]: {
    expect: all(400),
    path: () => `/${S}/invitations/lookup?token=forged-token-forged-token-forged`,
  },
  [`POST /${S}/invitations/accept`]: {
    expect: all(400),
    path: () => `/${S}/invitations/accept`,
    body: () => ({ token: 'forged-token-forged-token-forged', password: TEST_PASSWORD, displayName: 'X' }),
  },
  [`GET /${S}/auth/siret-lookup`]: {
    expect: all(200),
    path: () => `/${S}/auth/siret-lookup?siret=${siret(1)}`,
  },
  // Browser navigations: always a redirect, to the provider or to /connexion?erreur=… (here OpenID
  // sign-in is off, and the callback has no pending sign-in).
  [`GET /${S}/auth/oidc/start`]: { expect: all(302), path: () => `/${S}/auth/oidc/start?returnTo=/` },
  [`GET /${S}/auth/oidc/callback`]: { expect: all(302), path: () => `/${S}/auth/oidc/callback` },
  [`POST /${S}/auth/sign-out`]: { expect: all(200), path: () => `/${S}/auth/sign-out`, fresh: 'session' },
  [`POST /${S}/auth/sign-out-everywhere`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/auth/sign-out-everywhere`,
    fresh: 'session',
  },
  [`GET /${S}/account/export`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/account/export`,
  },
  [`DELETE /${S}/account`]: {
    expect: row(401, 204, 204, 204, 204, 204, 204),
    path: () => `/${S}/account`,
    body: () => ({ confirmEmail: '{email}' }),
    fresh: 'user',
  },
  [`GET /${S}/claims`]: { expect: row(401, 403, 403, 403, 403, 200, 200), path: () => `/${S}/claims` },
  [`POST /${S}/claims/:id/decision`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: (w) => `/${S}/claims/${w.claimId}/decision`,
    body: () => ({ decision: 'approve' }),
    before: (api, w) =>
      Promise.all([
        api.dataSource.query(`UPDATE claims SET status = 'pending', decided_at = NULL WHERE id = $1`, [
          w.claimId,
        ]),
        api.dataSource.query(
          `DELETE FROM memberships WHERE user_id = (SELECT user_id FROM claims WHERE id = $1)`,
          [w.claimId],
        ),
      ]),
  },
  [`GET /${S}/audit`]: { expect: row(401, 403, 403, 403, 403, 200, 200), path: () => `/${S}/audit` },
  [`GET /${S}/notifications`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/notifications`,
  },
  [`POST /${S}/notifications/:id/read`]: {
    expect: row(401, 404, 404, 404, 404, 404, 404),
    path: () => `/${S}/notifications/${crypto.randomUUID()}/read`,
  },
  [`POST /${S}/notifications/read-all`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/notifications/read-all`,
  },
  [`GET /${S}/notifications/preferences`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/notifications/preferences`,
  },
  [`PUT /${S}/notifications/preferences`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/notifications/preferences`,
    body: () => ({ preferences: { saved_search: 'daily' } }),
  },
  [`POST /${S}/notifications/unsubscribe`]: {
    expect: all(400),
    path: () => `/${S}/notifications/unsubscribe`,
    body: () => ({ token: 'forged-token-forged-token-forged' }),
  },
  [`GET /${S}/suppliers`]: { expect: all(200), path: () => `/${S}/suppliers` },
  [`GET /${S}/suppliers/:id`]: { expect: all(200), path: (w) => `/${S}/suppliers/${w.supplierId}` },
  [`POST /${S}/suppliers`]: {
    expect: row(401, 403, 403, 403, 403, 201, 201),
    path: () => `/${S}/suppliers`,
    body: () => validSupplier({ siret: siret(77), name: 'Profil créé par la région' }),
    before: (api) => api.dataSource.query('DELETE FROM organisations WHERE siret = $1', [siret(77)]),
  },
  [`PATCH /${S}/suppliers/:id`]: {
    expect: row(401, 200, 404, 404, 404, 200, 200),
    path: (w) => `/${S}/suppliers/${w.supplierId}`,
    body: () => ({ headcount: 31 }),
  },
  [`DELETE /${S}/suppliers/:id`]: {
    expect: row(401, 403, 403, 403, 403, 204, 204),
    path: (w) => `/${S}/suppliers/${w.supplierId}`,
    before: (api, w) =>
      api.dataSource.query('UPDATE organisations SET deleted_at = NULL WHERE id = $1', [w.supplierId]),
  },
  [`POST /${S}/suppliers/:id/restore`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: (w) => `/${S}/suppliers/${w.supplierId}/restore`,
  },
  [`GET /${S}/suppliers/:id/matches`]: {
    expect: row(401, 200, 404, 404, 404, 200, 200),
    path: (w) => `/${S}/suppliers/${w.supplierId}/matches`,
  },
  [`GET /${S}/opportunities`]: { expect: all(200), path: () => `/${S}/opportunities` },
  [`GET /${S}/opportunities/:id`]: {
    expect: row(404, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}`,
  },
  [`POST /${S}/opportunities`]: {
    expect: row(401, 403, 403, 201, 201, 201, 201),
    path: () => `/${S}/opportunities`,
    body: () => OPPORTUNITY,
  },
  [`PATCH /${S}/opportunities/:id`]: {
    expect: row(401, 403, 403, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}`,
    body: () => ({ trlMin: 5 }),
  },
  [`PUT /${S}/opportunities/:id/needs`]: {
    expect: row(401, 403, 403, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/needs`,
    body: () => ({ removed: ['words'], added: [{ kind: 'code', id: '38113000' }] }),
  },
  [`POST /${S}/opportunities/:id/publish`]: {
    expect: row(401, 403, 403, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/publish`,
    before: (api, w) =>
      api.dataSource.query(`UPDATE opportunities SET status = 'draft' WHERE id = $1`, [w.draftId]),
  },
  [`POST /${S}/opportunities/:id/close`]: {
    expect: row(401, 403, 403, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/close`,
    before: (api, w) =>
      api.dataSource.query(`UPDATE opportunities SET status = 'draft' WHERE id = $1`, [w.draftId]),
  },
  [`DELETE /${S}/opportunities/:id`]: {
    expect: row(401, 403, 403, 204, 404, 204, 204),
    path: (w) => `/${S}/opportunities/${w.draftId}`,
    before: (api, w) =>
      api.dataSource.query(`UPDATE opportunities SET deleted_at = NULL, status = 'draft' WHERE id = $1`, [
        w.draftId,
      ]),
  },
  [`GET /${S}/opportunities/:id/matches`]: {
    expect: row(401, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/matches`,
  },
  [`GET /${S}/opportunities/:id/consortia`]: {
    expect: row(401, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/consortia`,
  },
  [`GET /${S}/shortlists`]: {
    expect: row(401, 403, 403, 200, 200, 200, 200),
    path: () => `/${S}/shortlists`,
  },
  [`GET /${S}/opportunities/:id/shortlist`]: {
    expect: row(401, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/shortlist`,
  },
  [`GET /${S}/opportunities/:id/shortlist.csv`]: {
    expect: row(401, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/shortlist.csv`,
  },
  [`PUT /${S}/opportunities/:id/shortlist/:supplierId`]: {
    expect: row(401, 404, 404, 200, 404, 200, 200),
    path: (w) => `/${S}/opportunities/${w.draftId}/shortlist/${w.supplierId}`,
    body: (_w, c) => ({ note: `ajouté par ${c}` }),
  },
  [`DELETE /${S}/opportunities/:id/shortlist/:supplierId`]: {
    expect: row(401, 404, 404, 204, 404, 204, 204),
    path: (w) => `/${S}/opportunities/${w.draftId}/shortlist/${w.supplierId}`,
  },
  [`GET /${S}/follows/suppliers`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: () => `/${S}/follows/suppliers`,
  },
  [`PUT /${S}/follows/suppliers/:supplierId`]: {
    expect: row(401, 403, 403, 403, 403, 204, 204),
    path: (w) => `/${S}/follows/suppliers/${w.supplierId}`,
  },
  [`DELETE /${S}/follows/suppliers/:supplierId`]: {
    expect: row(401, 403, 403, 403, 403, 204, 204),
    path: (w) => `/${S}/follows/suppliers/${w.supplierId}`,
  },
  [`GET /${S}/watches/opportunities`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/watches/opportunities`,
  },
  // A draft: only its issuer's buyers and staff see it, so only they may watch it.
  [`PUT /${S}/opportunities/:id/watch`]: {
    expect: row(401, 404, 404, 204, 404, 204, 204),
    path: (w) => `/${S}/opportunities/${w.draftId}/watch`,
  },
  [`DELETE /${S}/opportunities/:id/watch`]: {
    expect: row(401, 404, 404, 204, 404, 204, 204),
    path: (w) => `/${S}/opportunities/${w.draftId}/watch`,
  },
  [`GET /${S}/saved-searches`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/saved-searches`,
  },
  [`POST /${S}/saved-searches`]: {
    expect: row(401, 201, 201, 201, 201, 201, 201),
    path: () => `/${S}/saved-searches`,
    body: (_w, c) => ({ name: `Sonar (${c})`, query: 'q=sonar&department=29' }),
  },
  // Owner only: anybody else, staff included, is told it does not exist.
  [`PATCH /${S}/saved-searches/:id`]: {
    expect: row(401, 404, 404, 200, 404, 404, 404),
    path: (w) => `/${S}/saved-searches/${w.savedSearchId}`,
    body: () => ({ alerts: false }),
  },
  [`DELETE /${S}/saved-searches/:id`]: {
    expect: row(401, 404, 404, 204, 404, 404, 404),
    path: (w) => `/${S}/saved-searches/${w.savedSearchId}`,
    before: (api, w) =>
      api.dataSource.query(
        `INSERT INTO saved_searches (id, user_id, name, query) VALUES ($1, $2, 'Sonar', 'q=sonar')
         ON CONFLICT (id) DO NOTHING`,
        [w.savedSearchId, w.userIds.ownBuyer],
      ),
  },
  [`GET /${S}/buyers`]: { expect: all(200), path: () => `/${S}/buyers` },
  [`GET /${S}/programmes`]: { expect: all(200), path: () => `/${S}/programmes` },
  [`POST /${S}/imports/suppliers`]: {
    expect: row(401, 403, 403, 403, 403, 201, 201),
    path: () => `/${S}/imports/suppliers`,
    file: {
      name: 'one.jsonl',
      content: JSON.stringify({ externalId: 'MATRIX-1', ...validSupplier({ siret: siret(78) }) }),
    },
  },
  [`GET /${S}/exports/suppliers`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: () => `/${S}/exports/suppliers`,
  },
  [`POST /${S}/imports/opportunities`]: {
    expect: row(401, 403, 403, 403, 403, 201, 201),
    path: () => `/${S}/imports/opportunities`,
    file: { name: 'one.jsonl', content: JSON.stringify({ externalId: 'MATRIX-O1', ...OPPORTUNITY }) },
  },
  [`GET /${S}/exports/opportunities`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: () => `/${S}/exports/opportunities`,
  },
  [`GET /${S}/search/suppliers`]: { expect: all(200), path: () => `/${S}/search/suppliers?q=sonar` },
  [`GET /${S}/search/opportunities`]: {
    expect: all(200),
    path: () => `/${S}/search/opportunities?q=usinage`,
  },
  [`GET /${S}/reference/cpv`]: { expect: all(200), path: () => `/${S}/reference/cpv?q=sonar` },
  [`GET /${S}/introductions`]: {
    expect: row(401, 200, 200, 200, 200, 200, 200),
    path: () => `/${S}/introductions`,
  },
  [`POST /${S}/introductions`]: {
    expect: row(401, 403, 403, 201, 201, 201, 201),
    path: () => `/${S}/introductions`,
    // Agents name the buyer; buyers ask in their own organisation's name.
    body: (w, c) => ({
      supplierId: w.otherSupplierId,
      ...(c === 'agent' || c === 'admin' ? { buyerId: w.buyerId } : {}),
      message: 'Une mise en relation proposée par la matrice',
    }),
    before: (api, w) => api.dataSource.query('DELETE FROM introductions WHERE id <> $1', [w.introductionId]),
  },
  [`GET /${S}/introductions/:id`]: {
    expect: row(401, 200, 404, 200, 404, 200, 200),
    path: INTRODUCTION,
    before: introductionAt('proposed'),
  },
  [`POST /${S}/introductions/:id/take`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: (w) => `${INTRODUCTION(w)}/take`,
    before: introductionAt('proposed', null),
  },
  [`POST /${S}/introductions/:id/accept`]: {
    // Agents answer for no side; administrators pass every role rule, and the machine refuses them.
    expect: row(401, 200, 404, 200, 404, 403, 409),
    path: (w) => `${INTRODUCTION(w)}/accept`,
    before: introductionAt('proposed'),
  },
  [`POST /${S}/introductions/:id/decline`]: {
    expect: row(401, 200, 404, 200, 404, 403, 409),
    path: (w) => `${INTRODUCTION(w)}/decline`,
    body: () => ({ reason: 'Pas maintenant' }),
    before: introductionAt('proposed'),
  },
  [`POST /${S}/introductions/:id/meeting`]: {
    expect: row(401, 200, 404, 200, 404, 200, 200),
    path: (w) => `${INTRODUCTION(w)}/meeting`,
    body: () => ({ date: '2098-03-14' }),
    before: introductionAt('accepted'),
  },
  [`POST /${S}/introductions/:id/outcome`]: {
    expect: row(401, 200, 404, 200, 404, 200, 200),
    path: (w) => `${INTRODUCTION(w)}/outcome`,
    body: () => ({ outcome: 'nda', date: '2098-03-14' }),
    before: introductionAt('accepted'),
  },
  [`POST /${S}/introductions/:id/notes`]: {
    expect: row(401, 201, 404, 201, 404, 201, 201),
    path: (w) => `${INTRODUCTION(w)}/notes`,
    body: () => ({ body: 'Une note de la matrice' }),
    before: introductionAt('proposed'),
  },
  [`POST /${S}/introductions/:id/status`]: {
    expect: row(401, 403, 403, 403, 403, 200, 200),
    path: (w) => `${INTRODUCTION(w)}/status`,
    body: () => ({ status: 'meeting_planned', date: '2098-03-14' }),
    before: introductionAt('accepted'),
  },
  [`POST /${S}/admin/search/reindex`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: () => `/${S}/admin/search/reindex`,
  },
  [`POST /${S}/admin/search/check-index`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: () => `/${S}/admin/search/check-index?repair=false`,
  },
  [`GET /${S}/admin/queues`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: () => `/${S}/admin/queues`,
  },
  [`GET /${S}/admin/queues/:name/failed`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: () => `/${S}/admin/queues/search-index/failed`,
  },
  [`POST /${S}/admin/queues/:name/retry-failed`]: {
    expect: row(401, 403, 403, 403, 403, 403, 200),
    path: () => `/${S}/admin/queues/search-index/retry-failed`,
  },
};

/** Every route of the application's controllers, as "METHOD /api/v1/path" (read from Nest's metadata). */
function appRoutes(api: TestApi): string[] {
  const scanner = new MetadataScanner();
  const join = (...parts: string[]) =>
    '/' +
    parts
      .flatMap((p) => p.split('/'))
      .filter(Boolean)
      .join('/');
  return new DiscoveryService(api.app.get(ModulesContainer))
    .getControllers()
    .flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const version = Reflect.getMetadata(VERSION_METADATA, metatype) === VERSION_NEUTRAL ? '' : 'v1';
      const proto = Object.getPrototypeOf(instance) as object;
      return scanner.getAllMethodNames(proto).flatMap((name) => {
        const handler = (proto as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        return [`${method} ${join('api', version, base, path)}`];
      });
    });
}

describe('authorization matrix: every route × every kind of caller', () => {
  let api: TestApi;
  let world: World;
  const specs: Record<Exclude<Column, 'anonymous'>, TestUserSpec> = {} as never;
  const clients: Partial<Record<Column, TestClient>> = {};

  beforeAll(async () => {
    api = await startTestApi();
    await api.reset();
    // No worker runs here: the indexes are made as the worker would, so search answers.
    const meili = api.app.get(MeiliService);
    await Promise.all([meili.ensureIndex('suppliers'), meili.ensureIndex('opportunities')]);
    const s1 = await api.json<SupplierView>('POST', `/${S}/suppliers`, validSupplier({ siret: siret(1) }));
    const s2 = await api.json<SupplierView>(
      'POST',
      `/${S}/suppliers`,
      validSupplier({ siret: siret(2), name: 'Autre PME' }),
    );
    const s3 = await api.json<SupplierView>(
      'POST',
      `/${S}/suppliers`,
      validSupplier({ siret: siret(3), name: 'PME importée' }),
    );
    const b1 = await api.createOrganisation('buyer', 'DGA Techniques navales');
    const b2 = await api.createOrganisation('buyer', 'Naval Group');
    Object.assign(specs, {
      ownSupplier: { email: 'pme1@example.fr', organisationId: s1.body.id, memberRole: 'admin' },
      otherSupplier: { email: 'pme2@example.fr', organisationId: s2.body.id },
      ownBuyer: { email: 'dga@example.fr', organisationId: b1.id, memberRole: 'admin' },
      otherBuyer: { email: 'prime@example.fr', organisationId: b2.id },
      agent: { email: 'agent@example.fr', platformRole: 'agent' },
      admin: { email: 'admin@example.fr', platformRole: 'admin' },
    });
    const userIds = { anonymous: null } as World['userIds'];
    for (const [column, spec] of Object.entries(specs) as Array<[Column, TestUserSpec]>) {
      clients[column] = await api.as(spec);
      userIds[column] = (await clients[column]!.refresh()).user!.id;
    }
    const draft = await clients.ownBuyer!.json<OpportunityView>('POST', `/${S}/opportunities`, OPPORTUNITY);
    expect(draft.body.status).toBe('draft');
    const claimant = await api.createUser({ email: 'claimant@example.fr' });
    const [claim] = await api.dataSource.query(
      'INSERT INTO claims (organisation_id, user_id) VALUES ($1, $2) RETURNING id',
      [s3.body.id, claimant.id],
    );
    const saved = await clients.ownBuyer!.json<{ id: string }>('POST', `/${S}/saved-searches`, {
      name: 'Sonar',
      query: 'q=sonar',
    });
    expect(saved.status).toBe(201);
    const introduction = await clients.agent!.json<{ id: string }>('POST', `/${S}/introductions`, {
      supplierId: s1.body.id,
      buyerId: b1.id,
      message: 'Mise en relation de la matrice',
    });
    expect(introduction.status).toBe(201);
    world = {
      supplierId: s1.body.id,
      otherSupplierId: s2.body.id,
      buyerId: b1.id,
      introductionId: introduction.body.id,
      draftId: draft.body.id,
      claimId: claim.id,
      savedSearchId: saved.body.id,
      userIds,
    };
  });
  afterAll(() => api.close());

  it('has a row for every route of the application, and no row for a route that does not exist', () => {
    const routes = appRoutes(api);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !(r in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const signIn = async (email: string) => {
    const client = await browserClient(api.url);
    expect((await client.json('POST', `/${S}/auth/sign-in`, { email, password: TEST_PASSWORD })).status).toBe(
      200,
    );
    return client;
  };

  const call = async (key: string, c: Case, column: Column): Promise<number> => {
    const [method] = key.split(' ');
    let client: TestClient;
    let email = column === 'anonymous' ? '' : specs[column].email;
    if (column === 'anonymous') client = await browserClient(api.url);
    else if (c.fresh === 'user') {
      email = `${column}-${Date.now()}@example.fr`;
      client = await api.as({ ...specs[column], email });
    } else if (c.fresh === 'session') {
      client = await signIn(email);
    } else client = clients[column]!;
    // A delete by an earlier caller must not change what the next one finds.
    await api.dataSource.query('UPDATE organisations SET deleted_at = NULL WHERE id = $1', [
      world.supplierId,
    ]);
    await api.dataSource.query('UPDATE opportunities SET deleted_at = NULL WHERE id = $1', [world.draftId]);
    await c.before?.(api, world);
    if (c.file) {
      const form = new FormData();
      form.append('file', new Blob([c.file.content]), c.file.name);
      return (await client.fetch(c.path(world), { method, body: form })).status;
    }
    const body = c.body
      ? JSON.parse(JSON.stringify(c.body(world, column)).replace('{email}', email))
      : undefined;
    const { status, body: answer } = await client.json(method, c.path(world), body);
    if (status === 500) throw new Error(`${key} as ${column}: 500 ${JSON.stringify(answer)}`);
    // Signing out everywhere ended the caller's other sessions too.
    if (c.fresh === 'session' && column !== 'anonymous') clients[column] = await signIn(email);
    return status;
  };

  it.each(Object.entries(CASES))('%s', async (key, c) => {
    const got: Partial<Expect> = {};
    for (const column of COLUMNS) got[column] = await call(key, c, column);
    expect(got).toEqual(c.expect);
  });

  it('the machine administrator token needs no CSRF token and passes every rule', async () => {
    const res = await fetch(`${api.url}/${S}/admin/queues`, { headers: ADMIN_HEADERS });
    expect(res.status).toBe(200);
  });
});
