import type { INestApplicationContext } from '@nestjs/common';
import type {
  ApiErrorBody,
  EmailVerifiedView,
  PasswordResetView,
  ResetRequestedView,
  SessionView,
  SupplierView,
  VerificationResendView,
} from '@bitd/domain';
import { tokenHash } from '@bitd/server/accounts/tokens';
import { siret as fixtureSiret, validSupplier } from './testing/fixtures';
import { SmtpCapture, clearMailQueue, linkToken, startMailWorker } from './testing/mail-capture';
import { TEST_PASSWORD, type TestApi, type TestClient, startTestApi } from './testing/test-api';

/** A Luhn-valid SIRET per number (the company's SIREN, then establishment 0001). */
const siret = (n: number) => fixtureSiret(n, 70000000);

const NEW_PASSWORD = 'a-brand-new-passphrase-2026';
const FR = { 'Accept-Language': 'fr-FR' };

describe('mail and the account flows that need it (real PostgreSQL, Redis, SMTP capture)', () => {
  let api: TestApi;
  let smtp: SmtpCapture;
  let worker: INestApplicationContext;
  let n = 0;

  beforeAll(async () => {
    smtp = await new SmtpCapture().start();
    process.env.SMTP_URL = smtp.url;
    // Every client of this file is 127.0.0.1: the per-client sign-in limit is not the subject here.
    process.env.SIGN_IN_MAX_PER_CLIENT = '10000';
    api = await startTestApi();
    await api.reset();
    worker = await startMailWorker();
  });
  afterAll(async () => {
    await clearMailQueue(api.app);
    await worker?.close();
    await api?.close();
    await smtp?.stop();
  });

  /** An anonymous browser signs up a new company; each call a new address and SIRET. */
  const signUp = async (overrides: Record<string, unknown> = {}) => {
    n++;
    const email = `person${n}.${Date.now()}@signup.example.fr`;
    const client = await api.client();
    const res = await client.json<SessionView & ApiErrorBody>('POST', '/api/v1/auth/sign-up', {
      email,
      password: TEST_PASSWORD,
      displayName: `Personne ${n}`,
      siret: siret(n),
      company: { name: `Entreprise ${n}`, postalCode: '29200', city: 'Brest' },
      ...overrides,
    });
    expect(res.status).toBe(201);
    return { client, email: (overrides.email as string | undefined) ?? email, session: res.body };
  };
  const verify = (client: TestClient, token: string) =>
    client.json<EmailVerifiedView & ApiErrorBody>('POST', '/api/v1/auth/verify-email', { token }, FR);
  const auditActions = async (entityId: string): Promise<string[]> =>
    (
      await api.dataSource.query<Array<{ action: string }>>(
        'SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id',
        [entityId],
      )
    ).map((r) => r.action);

  describe('e-mail verification', () => {
    it('mails a link at sign-up that verifies the address once', async () => {
      const { client, email, session } = await signUp();
      expect(session.user?.emailVerified).toBe(false);
      const mail = await smtp.waitFor(email);
      expect(mail.subject).toBe('Confirmez votre adresse e-mail — BITD Bretagne');
      expect(mail.headers['from']).toContain('no-reply@bitd-bretagne.example.fr');
      expect(mail.text).toMatch(/^English: /m);
      expect(mail.text).toContain('http://localhost:3000/verifier-email?token=');
      const token = linkToken(mail, '/verifier-email');

      const ok = await verify(await api.client(), token);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ email, claimApprovedFor: null });
      expect((await client.refresh()).user?.emailVerified).toBe(true);
      expect(await auditActions(session.user?.id ?? '')).toContain('user.email_verified');

      const again = await verify(client, token);
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ code: 'INVALID_TOKEN', details: { reason: 'used' } });
      expect(again.body.message).toMatch(/a déjà servi/);
    });

    it('refuses a forged or expired link with a clear message, changing nothing', async () => {
      const { client, email, session } = await signUp();
      const token = linkToken(await smtp.waitFor(email), '/verifier-email');

      const forged = await verify(client, `${token.slice(0, -4)}AAAA`);
      expect(forged.status).toBe(400);
      expect(forged.body).toMatchObject({ code: 'INVALID_TOKEN', details: { reason: 'unknown' } });
      const english = await client.json<ApiErrorBody>('POST', '/api/v1/auth/verify-email', {
        token: 'x'.repeat(43),
      });
      expect(english.body.message).toBe(
        'This verification link is not valid (incomplete or unknown). Sign in to get a new one.',
      );

      await api.dataSource.query(
        `UPDATE email_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [tokenHash(token)],
      );
      const expired = await verify(client, token);
      expect(expired.status).toBe(400);
      expect(expired.body).toMatchObject({ code: 'INVALID_TOKEN', details: { reason: 'expired' } });
      expect(expired.body.message).toMatch(/a expiré/);
      expect((await client.refresh()).user?.emailVerified).toBe(false);
      expect(await auditActions(session.user?.id ?? '')).not.toContain('user.email_verified');
    });

    it('resends a link on demand, at most one per few minutes, none once verified', async () => {
      const { client, email } = await signUp();
      const first = linkToken(await smtp.waitFor(email), '/verifier-email');
      const anonymous = await (await api.client()).json('POST', '/api/v1/auth/verify-email/resend');
      expect(anonymous.status).toBe(401);

      const resent = await client.json<VerificationResendView>('POST', '/api/v1/auth/verify-email/resend');
      expect(resent).toMatchObject({ status: 202, body: { sent: true, emailVerified: false } });
      const second = linkToken(await smtp.waitFor(email, 2), '/verifier-email');
      expect(second).not.toBe(first);
      const tooSoon = await client.json<ApiErrorBody>(
        'POST',
        '/api/v1/auth/verify-email/resend',
        undefined,
        FR,
      );
      expect(tooSoon.status).toBe(429);
      expect(tooSoon.body.code).toBe('TOO_MANY_ATTEMPTS');
      expect(tooSoon.body.message).toMatch(/réessayez dans 5 min/);

      expect((await verify(client, second)).status).toBe(200);
      // Verified: the other link is spent too, and nothing more is sent.
      expect((await verify(client, first)).body.details).toEqual({ reason: 'used' });
      const done = await client.json<VerificationResendView>('POST', '/api/v1/auth/verify-email/resend');
      expect(done.body).toEqual({ sent: false, emailVerified: true });
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.to(email)).toHaveLength(2);
    });
  });

  describe('claim approved by a verified address on the website domain', () => {
    const importedProfile = async (k: number, website: string) => {
      const res = await api.json<SupplierView>(
        'POST',
        '/api/v1/suppliers',
        validSupplier({ siret: siret(900 + k), name: `Profil importé ${k}`, website }),
      );
      expect(res.status).toBe(201);
      return res.body;
    };

    it('approves the claim when the domain is the website host without www', async () => {
      const profile = await importedProfile(1, 'https://www.iroise-acoustique.fr/fr/');
      const email = 'jean.le-gall@iroise-acoustique.fr';
      const { client, session } = await signUp({ email, siret: siret(901), company: undefined });
      expect(session.user?.pendingClaim?.status).toBe('pending');
      expect(session.user?.membership).toBeNull();

      const ok = await verify(client, linkToken(await smtp.waitFor(email), '/verifier-email'));
      expect(ok.body.claimApprovedFor).toEqual({
        organisationId: profile.id,
        organisationName: profile.name,
      });
      const now = await client.refresh();
      expect(now.user?.membership).toMatchObject({ organisationId: profile.id, role: 'admin' });
      expect(now.user?.pendingClaim).toBeNull();
      const claimId = session.user?.pendingClaim?.id ?? '';
      expect(await auditActions(claimId)).toEqual(['claim.filed', 'claim.auto_approved']);
      // The new member edits the profile at once.
      const edit = await client.json('PATCH', `/api/v1/suppliers/${profile.id}`, { headcount: 31 });
      expect(edit.status).toBe(200);
    });

    it('leaves the claim to an agent for a subdomain or another domain', async () => {
      await importedProfile(2, 'https://www.aber-cyber.fr');
      await importedProfile(3, 'https://www.odet-optique.fr');
      for (const [k, email] of [
        [902, 'anne@mail.aber-cyber.fr'],
        [903, 'anne@odet-optique.com'],
      ] as const) {
        const { client } = await signUp({ email, siret: siret(k), company: undefined });
        const ok = await verify(client, linkToken(await smtp.waitFor(email), '/verifier-email'));
        expect(ok.body.claimApprovedFor).toBeNull();
        const now = await client.refresh();
        expect(now.user).toMatchObject({ emailVerified: true, membership: null });
        expect(now.user?.pendingClaim?.status).toBe('pending');
      }
    });
  });

  describe('password reset', () => {
    const requestReset = async (email: string) => {
      const res = await (
        await api.client()
      ).json<ResetRequestedView>('POST', '/api/v1/auth/password-reset/request', {
        email,
      });
      return res;
    };
    const signIn = async (email: string, password: string) =>
      (await api.client()).json<ApiErrorBody>('POST', '/api/v1/auth/sign-in', { email, password });

    it('sets the new password, ends every session, clears the lockout, works once', async () => {
      const email = 'reset.flow@reset.example.fr';
      const first = await api.as({ email });
      const second = await (
        await api.client()
      ).json('POST', '/api/v1/auth/sign-in', { email, password: TEST_PASSWORD });
      expect(second.status).toBe(200);
      for (let i = 0; i < 5; i++) await signIn(email, 'wrong password, again');
      expect((await signIn(email, TEST_PASSWORD)).body.code).toBe('ACCOUNT_LOCKED');

      const asked = await requestReset(email.toUpperCase());
      expect(asked).toMatchObject({ status: 202, body: { accepted: true } });
      const mail = await smtp.waitFor(email);
      expect(mail.subject).toBe('Réinitialisation de votre mot de passe — BITD Bretagne');
      const token = linkToken(mail, '/reinitialiser-mot-de-passe');

      const done = await (
        await api.client()
      ).json<PasswordResetView>('POST', '/api/v1/auth/password-reset', {
        token,
        password: NEW_PASSWORD,
      });
      expect(done).toMatchObject({ status: 200, body: { email } });
      expect((await first.refresh()).user).toBeNull();
      const [{ live }] = await api.dataSource.query<Array<{ live: number }>>(
        `SELECT count(*)::int AS live FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE u.email = $1 AND s.revoked_at IS NULL`,
        [email],
      );
      expect(live).toBe(0);
      // Not locked any more: the old password is merely wrong, the new one signs in.
      expect((await signIn(email, TEST_PASSWORD)).body.code).toBe('INVALID_CREDENTIALS');
      expect((await signIn(email, NEW_PASSWORD)).status).toBe(200);

      const [{ password_hash: hash, id }] = await api.dataSource.query<
        Array<{ password_hash: string; id: string }>
      >('SELECT id, password_hash FROM users WHERE email = $1', [email]);
      const reused = await (
        await api.client()
      ).json<ApiErrorBody>('POST', '/api/v1/auth/password-reset', {
        token,
        password: 'yet-another-passphrase-99',
      });
      expect(reused.status).toBe(400);
      expect(reused.body).toMatchObject({ code: 'INVALID_TOKEN', details: { reason: 'used' } });
      const [after] = await api.dataSource.query<Array<{ password_hash: string }>>(
        'SELECT password_hash FROM users WHERE id = $1',
        [id],
      );
      expect(after.password_hash).toBe(hash);
      expect(await auditActions(id)).toEqual(['user.password_reset_requested', 'user.password_reset']);
    });

    it('answers an unknown address the same, and mails nothing', async () => {
      const known = 'reset.known@reset.example.fr';
      await api.createUser({ email: known });
      const unknown = 'nobody.here@reset.example.fr';
      const a = await requestReset(known);
      const b = await requestReset(unknown);
      expect(b.status).toBe(a.status);
      expect(b.body).toEqual(a.body);
      await smtp.waitFor(known);
      await new Promise((r) => setTimeout(r, 1000));
      expect(smtp.to(unknown)).toHaveLength(0);
    });

    it('mails one link per address per few minutes', async () => {
      const email = 'reset.twice@reset.example.fr';
      await api.createUser({ email });
      expect((await requestReset(email)).status).toBe(202);
      expect((await requestReset(email)).status).toBe(202);
      await smtp.waitFor(email);
      await new Promise((r) => setTimeout(r, 1000));
      expect(smtp.to(email)).toHaveLength(1);
    });

    it('refuses a forged or expired link and changes nothing', async () => {
      const email = 'reset.expired@reset.example.fr';
      const user = await api.createUser({ email });
      await requestReset(email);
      const token = linkToken(await smtp.waitFor(email), '/reinitialiser-mot-de-passe');
      const client = await api.client();
      const forged = await client.json<ApiErrorBody>('POST', '/api/v1/auth/password-reset', {
        token: `${token.slice(0, -3)}xyz`,
        password: NEW_PASSWORD,
      });
      expect(forged.body).toMatchObject({ statusCode: 400, code: 'INVALID_TOKEN' });
      await api.dataSource.query(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [tokenHash(token)],
      );
      const expired = await client.json<ApiErrorBody>('POST', '/api/v1/auth/password-reset', {
        token,
        password: NEW_PASSWORD,
      });
      expect(expired.body).toMatchObject({
        statusCode: 400,
        code: 'INVALID_TOKEN',
        details: { reason: 'expired' },
      });
      expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
      expect(await auditActions(user.id)).toEqual(['user.password_reset_requested']);
    });
  });

  it('keeps a mail while the SMTP server is down and sends it once, when it is back', async () => {
    await smtp.stop();
    // The sign-up is done (201) with no mail server to talk to.
    const { client, email } = await signUp();
    const asked = await (await api.client()).json('POST', '/api/v1/auth/password-reset/request', { email });
    expect(asked.status).toBe(202);
    // A few attempts fail meanwhile (connection refused), then the server comes back on its port.
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.to(email)).toHaveLength(0);
    await smtp.start();

    await smtp.waitFor(email, 2, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    const mails = smtp.to(email);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Confirmez votre adresse e-mail — BITD Bretagne',
      'Réinitialisation de votre mot de passe — BITD Bretagne',
    ]);
    const verification = mails.find((m) => m.subject.startsWith('Confirmez')) ?? mails[0];
    expect((await verify(client, linkToken(verification, '/verifier-email'))).status).toBe(200);
  });
});
