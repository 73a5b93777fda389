import type { INestApplicationContext } from '@nestjs/common';
import type {
  ApiErrorBody,
  InvitationLookupView,
  InvitationView,
  OrganisationDetailView,
  SessionView,
} from '@bitd/domain';
import { siret as fixtureSiret } from './testing/fixtures';
import { SmtpCapture, clearMailQueue, linkToken, startMailWorker } from './testing/mail-capture';
import { TEST_PASSWORD, type TestApi, type TestClient, startTestApi } from './testing/test-api';

const siret = (n: number) => fixtureSiret(n, 71000000);

const NEWCOMER_PASSWORD = 'newcomer-passphrase-2026';

describe('my organisation and invitations by e-mail (real PostgreSQL, Redis, SMTP capture)', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let worker: INestApplicationContext;
  let n = 0;

  beforeAll(async () => {
    smtp = await new SmtpCapture().start();
    process.env.SMTP_URL = smtp.url;
    process.env.SIGN_IN_MAX_PER_CLIENT = '10000';
    api = await startTestApi();
    worker = await startMailWorker();
  });
  beforeEach(() => api.reset());
  afterAll(async () => {
    await clearMailQueue(api.app);
    await worker?.close();
    await api?.close();
    await smtp?.stop();
  });

  /** A company signed up through the API: its first person is its administrator. */
  const company = async () => {
    n++;
    const admin = await api.client();
    const res = await admin.json<SessionView>('POST', '/api/v1/auth/sign-up', {
      email: `admin${n}.${Date.now()}@company${n}.example.fr`,
      password: TEST_PASSWORD,
      displayName: `Admin ${n}`,
      siret: siret(n),
      company: { name: `Société ${n}`, postalCode: '35000', city: 'Rennes' },
    });
    expect(res.status).toBe(201);
    const user = res.body.user;
    if (!user?.membership) throw new Error('no membership after sign-up');
    return { admin, adminId: user.id, orgId: user.membership.organisationId };
  };
  const invite = (client: TestClient, body: Record<string, unknown>) =>
    client.json<InvitationView & ApiErrorBody>('POST', '/api/v1/organisations/mine/invitations', body);
  const mine = (client: TestClient) =>
    client.json<OrganisationDetailView & ApiErrorBody>('GET', '/api/v1/organisations/mine');
  const accept = async (client: TestClient, body: Record<string, unknown>) => {
    const res = await client.json<SessionView & ApiErrorBody>('POST', '/api/v1/invitations/accept', body);
    if (res.status === 200) await client.refresh();
    return res;
  };
  const count = async (sql: string, params: unknown[]) =>
    (await api.dataSource.query<Array<{ n: number }>>(sql, params))[0].n;
  const actions = async (orgId: string) =>
    (
      await api.dataSource.query<Array<{ action: string }>>(
        `SELECT action FROM audit_log WHERE organisation_id = $1 OR on_behalf_of = $1 ORDER BY id`,
        [orgId],
      )
    ).map((r) => r.action);

  it('mails an invitation that a newcomer accepts, creating their account; they then act as a member', async () => {
    const { admin, adminId, orgId } = await company();
    const email = `colleague.${Date.now()}@company.example.fr`;
    const created = await invite(admin, { email: email.toUpperCase(), role: 'member' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, role: 'member', acceptedAt: null });

    const mail = await smtp.waitFor(email);
    expect(mail.subject).toBe(`Admin ${n} vous invite à rejoindre Société ${n} sur BITD Bretagne`);
    const token = linkToken(mail, '/invitation');
    const [{ token_hash: stored }] = await api.dataSource.query<Array<{ token_hash: string }>>(
      'SELECT token_hash FROM invitations WHERE id = $1',
      [created.body.id],
    );
    expect(stored).not.toBe(token);

    const visitor = await api.client();
    const lookup = await visitor.json<InvitationLookupView>(
      'GET',
      `/api/v1/invitations/lookup?token=${token}`,
    );
    expect(lookup.body).toMatchObject({
      organisationName: `Société ${n}`,
      organisationKind: 'supplier',
      email,
      role: 'member',
      status: 'pending',
      accountExists: false,
    });

    const noPassword = await accept(visitor, { token });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.errors).toEqual([
      { field: 'password', message: 'is required to create your account' },
    ]);

    const joined = await accept(visitor, {
      token,
      displayName: 'Maëlle Guivarc’h',
      password: NEWCOMER_PASSWORD,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.user).toMatchObject({
      email,
      displayName: 'Maëlle Guivarc’h',
      emailVerified: true,
      membership: { organisationId: orgId, role: 'member' },
    });

    // The newcomer acts as a member: reads the organisation, edits the company's profile…
    const seen = await mine(visitor);
    expect(seen.status).toBe(200);
    expect(seen.body.members.map((m) => [m.email, m.role])).toEqual([
      [expect.stringMatching(/^admin/), 'admin'],
      [email, 'member'],
    ]);
    expect(seen.body.invitations).toEqual([]);
    expect((await visitor.json('PATCH', `/api/v1/suppliers/${orgId}`, { headcount: 12 })).status).toBe(200);
    // …and signs in with the password they chose.
    const again = await (
      await api.client()
    ).json('POST', '/api/v1/auth/sign-in', {
      email,
      password: NEWCOMER_PASSWORD,
    });
    expect(again.status).toBe(200);

    const adminView = await mine(admin);
    expect(adminView.body.invitations).toEqual([
      expect.objectContaining({ id: created.body.id, acceptedAt: expect.any(String) }),
    ]);
    expect((await visitor.json('GET', `/api/v1/invitations/lookup?token=${token}`)).body).toMatchObject({
      status: 'accepted',
      accountExists: true,
    });
    expect(await actions(orgId)).toEqual(
      expect.arrayContaining([
        'invitation.created',
        'user.signed_up',
        'invitation.accepted',
        'membership.added',
      ]),
    );
    expect(adminId).not.toBe(joined.body.user?.id);

    const twice = await accept(await api.client(), { token, password: NEWCOMER_PASSWORD });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INVITATION_CONFLICT');
  });

  it('refuses an expired, a cancelled or a forged invitation', async () => {
    const { admin } = await company();
    const expired = await invite(admin, { email: 'late@company.example.fr' });
    const expiredToken = linkToken(await smtp.waitFor('late@company.example.fr'), '/invitation');
    await api.dataSource.query(
      `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.body.id],
    );
    const visitor = await api.client();
    expect(
      (await visitor.json<InvitationLookupView>('GET', `/api/v1/invitations/lookup?token=${expiredToken}`))
        .body.status,
    ).toBe('expired');
    const late = await accept(visitor, { token: expiredToken, password: NEWCOMER_PASSWORD });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('INVALID_TOKEN');
    expect(late.body.message).toMatch(/expired/);

    const cancelled = await invite(admin, { email: 'cancelled@company.example.fr' });
    const cancelledToken = linkToken(await smtp.waitFor('cancelled@company.example.fr'), '/invitation');
    expect(
      (await admin.json('DELETE', `/api/v1/organisations/mine/invitations/${cancelled.body.id}`)).status,
    ).toBe(204);
    const refused = await accept(visitor, { token: cancelledToken, password: NEWCOMER_PASSWORD });
    expect(refused.body).toMatchObject({ statusCode: 400, code: 'INVALID_TOKEN' });

    const forged = await accept(visitor, { token: 'A'.repeat(43), password: NEWCOMER_PASSWORD });
    expect(forged.body).toMatchObject({ statusCode: 400, code: 'INVALID_TOKEN' });
    expect((await visitor.json('GET', `/api/v1/invitations/lookup?token=${'A'.repeat(43)}`)).status).toBe(
      400,
    );
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE email LIKE $1', ['%@company.example.fr']),
    ).toBe(0);
  });

  it('lets only administrators invite, and a refused request changes nothing', async () => {
    const { admin, orgId } = await company();
    const member = await api.as({ email: 'plain.member@company.example.fr', organisationId: orgId });
    const before = await count('SELECT count(*)::int AS n FROM invitations', []);

    const refused = await invite(member, { email: 'friend@company.example.fr', role: 'admin' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await member.json('DELETE', `/api/v1/organisations/mine/members/${orgId}`)).status).toBe(403);
    expect(await count('SELECT count(*)::int AS n FROM invitations', [])).toBe(before);
    // A member reads the organisation, without its invitations.
    await invite(admin, { email: 'someone@company.example.fr' });
    const seen = await mine(member);
    expect(seen.status).toBe(200);
    expect(seen.body.invitations).toEqual([]);
    expect((await mine(admin)).body.invitations).toHaveLength(1);

    // Bodies carry no organisation and no role beyond member/admin; accepting takes no role.
    const smuggled = await invite(admin, { email: 'x@company.example.fr', organisationId: orgId });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors).toEqual([{ field: 'organisationId', message: 'is not a known field' }]);
    expect((await invite(admin, { email: 'x@company.example.fr', role: 'owner' })).status).toBe(400);
    const withRole = await accept(await api.client(), { token: 'A'.repeat(43), role: 'admin' });
    expect(withRole.body.errors).toEqual([{ field: 'role', message: 'is not a known field' }]);

    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to('friend@company.example.fr')).toHaveLength(0);
    expect(await count('SELECT count(*)::int AS n FROM invitations', [])).toBe(before + 1);
  });

  it('has an existing account accept while signed in as its address; one organisation per person', async () => {
    const { admin, orgId } = await company();
    const email = 'existing.account@elsewhere.example.fr';
    await api.createUser({ email });
    await invite(admin, { email });
    const token = linkToken(await smtp.waitFor(email), '/invitation');

    const anonymous = await accept(await api.client(), { token });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toContain(email);
    const someoneElse = await accept(await api.as({ email: 'other.person@elsewhere.example.fr' }), { token });
    expect(someoneElse.status).toBe(403);
    const invitee = await api.client();
    await invitee.json('POST', '/api/v1/auth/sign-in', { email, password: TEST_PASSWORD });
    const withPassword = await accept(invitee, { token, password: NEWCOMER_PASSWORD });
    expect(withPassword.status).toBe(400);

    const joined = await accept(invitee, { token });
    expect(joined.status).toBe(200);
    expect(joined.body.user?.membership).toMatchObject({ organisationId: orgId, role: 'member' });

    // A member of one organisation cannot join another.
    const other = await company();
    await invite(other.admin, { email });
    const secondToken = linkToken(await smtp.waitFor(email, 2), '/invitation');
    const refused = await accept(invitee, { token: secondToken });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('MEMBERSHIP_CONFLICT');
    expect(refused.body.message).toMatch(/one organisation only/);
  });

  it('removes a member, ending their sessions, but never the last administrator', async () => {
    const { admin, adminId, orgId } = await company();
    const member = await api.as({ email: 'leaving@company.example.fr', organisationId: orgId });
    const memberId = (await member.refresh()).user?.id ?? '';

    const lastAdmin = await admin.json<ApiErrorBody>(
      'DELETE',
      `/api/v1/organisations/mine/members/${adminId}`,
    );
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.body.code).toBe('MEMBERSHIP_CONFLICT');
    expect((await admin.json('DELETE', '/api/v1/organisations/mine/members/not-a-uuid')).status).toBe(404);

    expect((await admin.json('DELETE', `/api/v1/organisations/mine/members/${memberId}`)).status).toBe(204);
    expect((await member.refresh()).user).toBeNull();
    expect((await mine(admin)).body.members.map((m) => m.userId)).toEqual([adminId]);
    expect(await actions(orgId)).toContain('membership.removed');

    const loner = await api.as({ email: 'loner@nowhere.example.fr' });
    const none = await mine(loner);
    expect(none.status).toBe(404);
  });
});
