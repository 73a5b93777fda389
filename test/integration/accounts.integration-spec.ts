import type { ApiErrorBody, AuditEntryView, MeView, Page, SessionView, SupplierView } from '@bitd/domain';
import { PasswordService, REDIS, SESSION_COOKIE, loadConfig } from '@bitd/server';
import { SignInThrottle } from '@bitd/server/accounts/sign-in-throttle';
import { siret, validSupplier } from '../../apps/api/src/testing/fixtures';
import {
  TEST_PASSWORD,
  type TestApi,
  browserClient,
  startTestApi,
} from '../../apps/api/src/testing/test-api';

const S = '/api/v1';

describe('accounts: sign-in, sessions, sign-up and claims, personal data (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  beforeEach(() => api.reset());
  afterAll(() => api.close());

  const signIn = async (email: string, password: string) => {
    const client = await browserClient(api.url);
    return {
      client,
      res: await client.json<SessionView & ApiErrorBody>('POST', `${S}/auth/sign-in`, { email, password }),
    };
  };

  describe('password sign-in', () => {
    it('opens a session in an httpOnly SameSite cookie, rotated at each sign-in, and signs out', async () => {
      await api.createUser({ email: 'pme@example.fr' });
      const { client, res } = await signIn('PME@example.fr ', TEST_PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({
        email: 'pme@example.fr',
        role: 'supplier',
        signInMethod: 'password',
      });
      const sessionCookie = (headers: Headers) =>
        headers
          .getSetCookie()
          .find((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.startsWith(`${SESSION_COOKIE}=;`))!;
      const cookie = sessionCookie(res.headers);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).not.toMatch(/Secure/i); // only in production
      const again = await signIn('pme@example.fr', TEST_PASSWORD);
      const second = sessionCookie(again.res.headers);
      expect(second.split(';')[0]).not.toBe(cookie.split(';')[0]);

      expect((await client.json<SessionView>('POST', `${S}/auth/sign-out`)).body.user).toBeNull();
      expect((await client.refresh()).user).toBeNull();
      // The other session is still open.
      expect((await again.client.refresh()).user?.email).toBe('pme@example.fr');
    });

    it('answers an unknown address and a wrong password alike, after the same argon2 work', async () => {
      await api.createUser({ email: 'pme@example.fr' });
      const verify = jest.spyOn(api.app.get(PasswordService), 'verify');
      const known = await signIn('pme@example.fr', 'wrong password!');
      const unknown = await signIn('personne@example.fr', 'wrong password!');
      expect(known.res.status).toBe(401);
      expect(unknown.res.status).toBe(401);
      expect(unknown.res.body).toEqual(known.res.body);
      // Comparable time: an unknown address is checked against a dummy hash, not answered at once.
      expect(verify.mock.calls.map(([stored]) => typeof stored)).toEqual(['string', 'object']);
      verify.mockRestore();
    });

    it('locks an address after 5 failures with a clear message, the right password included, and unlocks after the delay', async () => {
      await api.createUser({ email: 'pme@example.fr' });
      for (let i = 0; i < 5; i++)
        expect((await signIn('pme@example.fr', 'wrong password!')).res.status).toBe(401);
      const locked = await (
        await browserClient(api.url)
      ).json<ApiErrorBody>(
        'POST',
        `${S}/auth/sign-in`,
        { email: 'pme@example.fr', password: TEST_PASSWORD },
        { 'Accept-Language': 'fr-FR,fr;q=0.9' },
      );
      expect(locked.status).toBe(423);
      expect(locked.body.code).toBe('ACCOUNT_LOCKED');
      expect(locked.body.message).toMatch(/Compte verrouillé après 5 essais manqués, jusqu'à \d\d:\d\d/);
      // An unknown address locks the same way: a lockout says nothing about who has an account.
      for (let i = 0; i < 5; i++) await signIn('personne@example.fr', 'wrong password!');
      expect((await signIn('personne@example.fr', 'wrong password!')).res.status).toBe(423);
      // The lock lasts SIGN_IN_LOCK_MINUTES: expire it by hand.
      const redis = api.app.get(REDIS);
      const keys = await redis.keys(`${loadConfig().NAMESPACE}:signin:lock:*`);
      await redis.del(...keys);
      expect((await signIn('pme@example.fr', TEST_PASSWORD)).res.status).toBe(200);
    });

    it('limits attempts per client whatever the address, and says when to come back', async () => {
      const config = { ...loadConfig(), SIGN_IN_MAX_PER_CLIENT: 3 };
      const throttle = new SignInThrottle(api.app.get(REDIS), config);
      const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
      for (let i = 0; i < 3; i++) await throttle.hitClient(ip);
      await expect(throttle.hitClient(ip)).rejects.toMatchObject({
        code: 'TOO_MANY_ATTEMPTS',
        localized: { fr: expect.stringMatching(/Réessayez dans 15 min/) },
      });
      await expect(throttle.hitClient('198.51.100.7')).resolves.toBeUndefined();
    });

    it('refuses a tampered, unknown or revoked session cookie (anonymous, not an error)', async () => {
      await api.createUser({ email: 'pme@example.fr' });
      const { client } = await signIn('pme@example.fr', TEST_PASSWORD);
      for (const token of ['forged-token', 'x'.repeat(5000), '']) {
        const res = await fetch(`${api.url}${S}/auth/session`, {
          headers: { Cookie: `${SESSION_COOKIE}=${token}` },
        });
        expect(res.status).toBe(200);
        expect(((await res.json()) as SessionView).user).toBeNull();
      }
      await client.json('POST', `${S}/auth/sign-out-everywhere`);
      expect((await client.json('GET', `${S}/account/export`)).status).toBe(401);
    });

    it('ends a session after its idle time', async () => {
      await api.createUser({ email: 'pme@example.fr' });
      const { client } = await signIn('pme@example.fr', TEST_PASSWORD);
      await api.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '1 day'`);
      expect((await client.refresh()).user).toBeNull();
    });
  });

  describe('CSRF', () => {
    it('refuses a change made with the session cookie but without, or with a wrong, CSRF token; changes nothing', async () => {
      const created = await api.json<SupplierView>('POST', `${S}/suppliers`, validSupplier());
      const org = created.body.id;
      const pme = await api.as({ email: 'pme@example.fr', organisationId: org });
      for (const token of [undefined, 'wrong-token', (await browserClient(api.url)).csrfToken]) {
        const res = await pme.fetch(`${S}/suppliers/${org}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', 'x-csrf-token': token ?? '' },
          body: JSON.stringify({ headcount: 99 }),
        });
        expect(res.status).toBe(403);
        expect(((await res.json()) as ApiErrorBody).code).toBe('CSRF_FAILED');
      }
      expect((await api.json<SupplierView>('GET', `${S}/suppliers/${org}`)).body.headcount).toBe(29);
      expect((await pme.json('PATCH', `${S}/suppliers/${org}`, { headcount: 30 })).status).toBe(200);
    });

    it('needs the token for anonymous changes too (sign-in CSRF)', async () => {
      const res = await fetch(`${api.url}${S}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'a@example.fr', password: 'whatever' }),
      });
      expect(res.status).toBe(403);
    });
  });

  describe('sign-up and claims', () => {
    const signUp = (client: Awaited<ReturnType<typeof browserClient>>, body: Record<string, unknown>) =>
      client.json<SessionView & ApiErrorBody>('POST', `${S}/auth/sign-up`, {
        password: TEST_PASSWORD,
        displayName: 'Anne Le Goff',
        ...body,
      });

    it('a new SIRET creates the organisation with its profile, and the person administers it', async () => {
      const client = await browserClient(api.url);
      const lookup = await client.json<{ status: string }>('GET', `${S}/auth/siret-lookup?siret=${siret(5)}`);
      expect(lookup.body.status).toBe('new');
      const res = await signUp(client, {
        email: 'anne@pme.example.fr',
        siret: siret(5).replace(/(\d{3})/g, '$1 '),
        company: { name: 'Aber Usinage', postalCode: '29200', city: 'Brest' },
      });
      expect(res.status).toBe(201);
      expect(res.body.user?.membership).toMatchObject({ organisationName: 'Aber Usinage', role: 'admin' });
      expect(res.body.user?.can.editOwnProfile).toBe(true);
      const profileId = res.body.user!.membership!.supplierId!;
      expect((await client.json('PATCH', `${S}/suppliers/${profileId}`, { headcount: 12 })).status).toBe(200);
    });

    it('a known SIRET files a claim: no editing until an agent approves; a rejection gives its reason', async () => {
      const imported = await api.json<SupplierView>(
        'POST',
        `${S}/suppliers`,
        validSupplier({ siret: siret(6) }),
      );
      const sme = await browserClient(api.url);
      const res = await signUp(sme, { email: 'anne@pme.example.fr', siret: siret(6) });
      expect(res.status).toBe(201);
      expect(res.body.user?.membership).toBeNull();
      expect(res.body.user?.pendingClaim).toMatchObject({
        status: 'pending',
        organisationName: 'Iroise Acoustique',
      });
      expect((await sme.json('PATCH', `${S}/suppliers/${imported.body.id}`, { headcount: 1 })).status).toBe(
        404,
      );

      // A second person cannot claim it while the first claim is pending.
      const other = await signUp(await browserClient(api.url), {
        email: 'paul@pme.example.fr',
        siret: siret(6),
      });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('CLAIM_CONFLICT');
      expect(other.body.errors).toEqual([{ field: 'siret', message: 'has a claim pending' }]);
      expect(
        (
          await api.dataSource.query(
            `SELECT count(*)::int AS n FROM users WHERE email = 'paul@pme.example.fr'`,
          )
        )[0].n,
      ).toBe(0);

      const agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
      const queue = await agent.json<Array<{ id: string; claimant: { email: string } }>>(
        'GET',
        `${S}/claims`,
      );
      expect(queue.body.map((c) => c.claimant.email)).toEqual(['anne@pme.example.fr']);
      const approved = await agent.json<{ status: string }>(
        'POST',
        `${S}/claims/${queue.body[0].id}/decision`,
        {
          decision: 'approve',
        },
      );
      expect(approved.body.status).toBe('approved');
      expect(
        (
          await agent.json<ApiErrorBody>('POST', `${S}/claims/${queue.body[0].id}/decision`, {
            decision: 'approve',
          })
        ).status,
      ).toBe(409);

      const me = (await sme.refresh()).user as MeView;
      expect(me.membership).toMatchObject({ supplierId: imported.body.id, role: 'admin' });
      expect((await sme.json('PATCH', `${S}/suppliers/${imported.body.id}`, { headcount: 31 })).status).toBe(
        200,
      );

      // Once claimed, a newcomer is told to ask for an invitation.
      const late = await signUp(await browserClient(api.url), {
        email: 'late@pme.example.fr',
        siret: siret(6),
      });
      expect(late.body.errors).toEqual([{ field: 'siret', message: 'is already claimed' }]);
    });

    it('a rejected claim records its reason; a rejection without one is refused', async () => {
      const imported = await api.json<SupplierView>(
        'POST',
        `${S}/suppliers`,
        validSupplier({ siret: siret(7) }),
      );
      const sme = await browserClient(api.url);
      await signUp(sme, { email: 'x@autre.example.fr', siret: siret(7) });
      const agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
      const [claim] = (await agent.json<Array<{ id: string }>>('GET', `${S}/claims`)).body;
      const noReason = await agent.json<ApiErrorBody>('POST', `${S}/claims/${claim.id}/decision`, {
        decision: 'reject',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors?.[0].field).toBe('reason');
      const rejected = await agent.json('POST', `${S}/claims/${claim.id}/decision`, {
        decision: 'reject',
        reason: "L'adresse ne correspond pas à l'entreprise",
      });
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        reason: "L'adresse ne correspond pas à l'entreprise",
      });
      expect((await sme.refresh()).user?.membership).toBeNull();
      expect((await sme.json('PATCH', `${S}/suppliers/${imported.body.id}`, { headcount: 1 })).status).toBe(
        404,
      );
    });

    it('refuses a role or an organisation in the body, an address already in use, and a bad SIRET, writing nothing', async () => {
      const client = await browserClient(api.url);
      const base = {
        email: 'anne@pme.example.fr',
        siret: siret(8),
        company: { name: 'Aber Usinage', postalCode: '29200', city: 'Brest' },
      };
      for (const extra of [
        { role: 'admin' },
        { platformRole: 'admin' },
        { organisationId: crypto.randomUUID() },
      ]) {
        const res = await signUp(client, { ...base, ...extra });
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0]).toMatchObject({ field: Object.keys(extra)[0] });
      }
      expect((await signUp(client, { ...base, siret: '12345678901234' })).body.errors?.[0].field).toBe(
        'siret',
      );
      expect(
        (await signUp(client, { ...base, company: { ...base.company, postalCode: '35000' } })).body
          .errors?.[0].field,
      ).toBe('company.city');
      expect((await api.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(0);
      expect((await signUp(client, base)).status).toBe(201);
      const twice = await signUp(await browserClient(api.url), { ...base, siret: siret(9) });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('EMAIL_TAKEN');
    });
  });

  describe('audit log and personal data', () => {
    it('records every write with actor, organisation, on-behalf-of, before/after and request id', async () => {
      const created = await api.json<SupplierView>('POST', `${S}/suppliers`, validSupplier());
      const org = created.body.id;
      const pme = await api.as({ email: 'pme@example.fr', organisationId: org });
      const agent = await api.as({ email: 'agent@region.example.fr', platformRole: 'agent' });
      const own = await pme.json('PATCH', `${S}/suppliers/${org}`, { headcount: 30 });
      await agent.json('PATCH', `${S}/suppliers/${org}`, { name: 'Iroise Acoustique SAS' });

      const log = await agent.json<Page<AuditEntryView>>('GET', `${S}/audit?entity=supplier&entityId=${org}`);
      const [byAgent, byOwner, creation] = log.body.items;
      expect(byOwner).toMatchObject({
        actorLabel: 'pme@example.fr',
        organisationId: org,
        onBehalfOf: null,
        action: 'supplier.updated',
        changes: { headcount: { before: 29, after: 30 } },
        requestId: own.headers.get('x-request-id'),
      });
      expect(Object.keys(byOwner.changes)).toEqual(['headcount']);
      expect(byAgent).toMatchObject({
        actorLabel: 'agent@region.example.fr',
        onBehalfOf: org,
        changes: { name: { before: 'Iroise Acoustique', after: 'Iroise Acoustique SAS' } },
      });
      expect(creation.action).toBe('supplier.created');
      expect((await pme.json('GET', `${S}/audit`)).status).toBe(403);
    });

    it('downloads my data, and deleting my account keeps the fact in the audit log but not me', async () => {
      const created = await api.json<SupplierView>('POST', `${S}/suppliers`, validSupplier());
      const pme = await api.as({ email: 'pme@example.fr', organisationId: created.body.id });
      await pme.json('PATCH', `${S}/suppliers/${created.body.id}`, { headcount: 30 });
      const mine = await pme.fetch(`${S}/account/export`);
      expect(mine.headers.get('content-disposition')).toMatch(/attachment/);
      const data = (await mine.json()) as {
        user: { email: string };
        memberships: unknown[];
        activity: unknown[];
      };
      expect(data.user.email).toBe('pme@example.fr');
      expect(data.memberships).toHaveLength(1);
      expect(data.activity).toHaveLength(1);

      const wrong = await pme.json<ApiErrorBody>('DELETE', `${S}/account`, {
        confirmEmail: 'autre@example.fr',
      });
      expect(wrong.status).toBe(400);
      expect((await pme.json('DELETE', `${S}/account`, { confirmEmail: 'pme@example.fr' })).status).toBe(204);
      expect((await pme.refresh()).user).toBeNull();
      expect((await signIn('pme@example.fr', TEST_PASSWORD)).res.status).toBe(401);

      const rows: Array<{ actor_label: string; action: string }> = await api.dataSource.query(
        `SELECT actor_label, action FROM audit_log WHERE actor_id IS NOT NULL ORDER BY id`,
      );
      expect(rows.map((r) => r.action)).toEqual(['supplier.updated', 'user.deleted']);
      expect(rows.every((r) => r.actor_label === 'compte supprimé')).toBe(true);
      const [user] = await api.dataSource.query(`SELECT email, display_name, password_hash FROM users`);
      expect(user).toMatchObject({ display_name: 'compte supprimé', password_hash: null });
      expect(user.email).not.toContain('pme@');
      // The address can sign up again.
      expect((await api.as({ email: 'pme@example.fr' })).csrfToken).toBeTruthy();
    });
  });
});
