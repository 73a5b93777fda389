import { luhnValid, type SiretLookupView, type SupplierSummaryView } from '@bitd/domain';
import type { Page as PwPage } from 'playwright-core';
import { SmtpCapture, linkToken, type CapturedMail } from '../../apps/api/src/testing/mail-capture';
import { DEMO, DEMO_PASSWORD, apiOf, browserSession, signIn, signOut, waitForSearchIndex } from './browser';

/** Names of this run only: a second run on the same database still creates its own. */
const RUN = Date.now().toString(36);
const PASSWORD = 'Kreiz-Breizh-2024!';
const NEW_PASSWORD = 'Menez-Are-2025!';

let sirets = 0;

/** A SIRET no company has (a new one at each call): SIREN and SIRET both Luhn-valid. */
function freshSiret(): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  const body = String((Date.now() + 7919 * ++sirets) % 100_000_000).padStart(8, '7');
  return complete(`${complete(body)}0001`);
}

describe('accounts and rights in Chromium: visitor, sign-in limits, sign-up, claims, audit, mail links', () => {
  const smtp = new SmtpCapture();
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());
  const ui = browserSession({ worker: true, env: () => ({ SMTP_URL: smtp.url }) }, (p) =>
    waitForSearchIndex(p.url, 200),
  );
  const url = () => ui.platform.url;

  /** The mail to `address` that links to `path` (mails may arrive in any order). */
  async function mailWith(address: string, path: string, timeoutMs = 30000): Promise<CapturedMail> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = smtp.to(address).find((m) => m.text.includes(`${path}?token=`));
      if (found) return found;
      if (Date.now() > end) throw new Error(`no mail to ${address} with a ${path} link`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** An imported profile nobody manages nor claims yet (the demo set has many). */
  async function claimableSupplier(page: PwPage): Promise<SupplierSummaryView & { lookup: SiretLookupView }> {
    const api = apiOf(page, url());
    const list = (await (await api.get('/suppliers?pageSize=50&sort=name')).json()) as {
      items: SupplierSummaryView[];
    };
    for (const s of list.items) {
      const lookup = (await (await api.get(`/auth/siret-lookup?siret=${s.siret}`)).json()) as SiretLookupView;
      if (lookup.status === 'claimable') return { ...s, lookup };
    }
    throw new Error('no claimable demo supplier');
  }

  it('shows a visitor the public side only: sign-up call-to-action, private fields named, no clearance filter, and sign-in before an account page', async () => {
    const page = ui.page;
    await page.goto(`${url()}/`);
    await page.getByTestId('home-sign-up').waitFor();
    expect(
      await page
        .getByText(/fictives/i)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByTestId('header-sign-in').first().isVisible()).toBe(true);
    // No staff or buyer entry for a visitor.
    expect(await page.locator('a[href="/import"]').count()).toBe(0);
    expect(await page.locator('a[href="/opportunites/nouveau"]').count()).toBe(0);
    await ui.shots('20-home-visitor');

    // A profile: no edit button, private fields said plainly, the "is this yours?" call-out.
    const someone = await claimableSupplier(page);
    await page.goto(`${url()}/fournisseurs/${someone.id}`);
    await page.getByTestId('supplier-siret').waitFor();
    expect(await page.getByRole('link', { name: /^modifier$/i }).count()).toBe(0);
    expect(await page.getByTestId('private-clearance').textContent()).toMatch(/acheteurs et de la Région/);
    expect(await page.getByTestId('private-contacts').isVisible()).toBe(true);
    expect(await page.getByTestId('supplier-opportunities').count()).toBe(0);
    await ui.shots('21-profile-visitor');

    // The search offers no clearance filter to a visitor (the API would refuse it).
    await page.goto(`${url()}/recherche`);
    await page.getByTestId('search-total').waitFor();
    expect(await page.getByTestId('clearance-min').count()).toBe(0);
    expect(await page.locator('[data-testid^="facet-clearance-"]').count()).toBe(0);

    // An account page sends to the sign-in page, then back.
    await page.goto(`${url()}/compte`);
    await page.waitForURL((u) => u.pathname === '/connexion' && u.searchParams.get('retour') === '/compte');
    await page.getByTestId('sign-in-form').waitFor();
    await ui.shots('22-sign-in');
    await page.locator('input[name="email"]').fill(DEMO.sme);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL((u) => u.pathname === '/compte');
    expect(await page.getByTestId('account-email').textContent()).toContain(DEMO.sme);
    await ui.shots('23-account');
    await page.getByTestId('account-menu-button').first().click();
    await page.getByTestId('menu-account').first().waitFor({ state: 'visible' });
    await ui.shot('24-account-menu-1280');
    await signOut(page);

    // A failed OpenID Connect sign-in comes back with its reason.
    await page.goto(`${url()}/connexion?erreur=oidc_state`);
    expect(await page.getByTestId('oidc-error').textContent()).toMatch(/expiré|autre onglet/);
    await page.goto(`${url()}/connexion?erreur=something_new`);
    expect(await page.getByTestId('oidc-error').textContent()).toContain('something_new');
    await ui.shots('25-sign-in-oidc-error');
  }, 180000);

  it('locks an account after repeated wrong passwords and says until when', async () => {
    const page = await ui.newPage();
    const email = `verrou-${RUN}@e2e.example.fr`;
    const res = await apiOf(page, url()).post('/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'Compte à verrouiller',
      siret: freshSiret(),
      company: { name: `Verrou ${RUN}`, postalCode: '29200', city: 'Brest' },
    });
    expect(res.status()).toBe(201);
    await page.context().clearCookies();
    await page.goto(`${url()}/connexion`);
    await page.locator('input[name="email"]').fill(email);
    let locked = false;
    for (let attempt = 0; attempt < 8 && !locked; attempt++) {
      await page.locator('input[name="password"]').fill(`mauvais-mot-de-passe-${attempt}`);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/sign-in'));
      await page.getByTestId('sign-in-submit').click();
      const status = (await answer).status();
      locked = status === 423;
      if (!locked) expect(status).toBe(401);
    }
    expect(locked).toBe(true);
    const alert = page.getByTestId('sign-in-error-ACCOUNT_LOCKED');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/verrouillé.*jusqu'à \d{2}:\d{2}/);
    await ui.shots('26-sign-in-locked', page);
  }, 120000);

  it('signs an SME up: a SIRET error said at once, a claimed profile refused, a new one created and opened in the editor with its contact private unless shared', async () => {
    const page = await ui.newPage();
    const claimable = await claimableSupplier(page);
    await page.goto(`${url()}/inscription`);
    await page.getByTestId('siret-form').waitFor();
    await ui.shots('30-sign-up-siret', page);
    await page.locator('input[name="siret"]').fill('12345678901234');
    await page.getByTestId('siret-continue').click();
    expect(await page.getByTestId('error-siret').textContent()).toMatch(/Luhn|SIREN/);

    // An imported profile: a claim the region reviews.
    await page.locator('input[name="siret"]').fill(claimable.siret);
    await page.getByTestId('siret-continue').click();
    expect(await page.getByTestId('siret-status-claimable').textContent()).toContain(claimable.name);
    await page.locator('input[name="password"]').fill('court');
    await page.getByTestId('sign-up-submit').click();
    // Every rule is said before anything is sent, the password's among them.
    await page
      .getByText(/au moins 12 caractères/)
      .first()
      .waitFor();
    expect(await page.getByTestId('error-displayName').isVisible()).toBe(true);
    await ui.shots('31-sign-up-claim', page);

    // A profile its members already manage: no sign-up on it.
    const sme = (await (await apiOf(page, url()).get('/suppliers?q=Artan&pageSize=5')).json()) as {
      items: SupplierSummaryView[];
    };
    const claimed = sme.items.find((s) => s.name === 'Artan Essais');
    if (claimed) {
      await page.getByRole('button', { name: /modifier le siret/i }).click();
      await page.locator('input[name="siret"]').fill(claimed.siret);
      await page.getByTestId('siret-continue').click();
      await page.getByTestId('siret-status-claimed').waitFor();
      await ui.shots('32-sign-up-claimed', page);
    }

    // A SIRET the platform does not know: the company's fields, then a new draft profile.
    await page.getByRole('button', { name: /modifier le siret/i }).click();
    await page.locator('input[name="siret"]').fill(freshSiret());
    await page.getByTestId('siret-continue').click();
    await page.getByTestId('siret-status-new').waitFor();
    await page.locator('input[name="company.name"]').fill(`Ateliers de l'Odet ${RUN}`);
    await page.locator('input[name="company.postalCode"]').fill('29000');
    await page.locator('input[name="company.city"]').fill('Quimper');
    await page.locator('input[name="displayName"]').fill('Tanguy Le Floc’h');
    await page.locator('input[name="email"]').fill(`odet-${RUN}@e2e.example.fr`);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await ui.shots('33-sign-up-new', page);
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('sign-up-result').waitFor();
    await ui.shots('34-sign-up-done', page);
    await page.getByRole('link', { name: /compléter mon profil/i }).click();
    await page.getByTestId('supplier-form').waitFor();
    await page.getByTestId('add-contact').click();
    await page.locator('input[name="contacts[0].name"]').fill('Accueil');
    await page.locator('input[name="contacts[0].email"]').fill(`accueil-${RUN}@e2e.example.fr`);
    expect(await page.locator('input[name="contacts[0].visibleToBuyers"]').isChecked()).toBe(false);
    await page.getByTestId('save-supplier').click();
    await page.getByTestId('contact').first().waitFor();
    expect(await page.getByTestId('contact').first().textContent()).toMatch(/Privé/);
    await ui.shots('35-profile-own', page);
  }, 180000);

  it('lets a region agent reject a claim with its reason, then find the decision in the change log', async () => {
    const page = ui.page;
    await signIn(page, url(), DEMO.agent);
    await page.goto(`${url()}/agent/rattachements`);
    const claim = page.getByTestId('claim').filter({ hasText: DEMO.smePending });
    await claim.waitFor();
    await ui.shots('36-claims-queue');
    await claim.getByTestId('reject-claim').click();
    await claim.getByTestId('confirm-reject').click();
    await claim.getByText(/motif du refus \(3 caractères/i).waitFor();
    await claim
      .locator('textarea[name="reason"]')
      .fill("L'adresse du demandeur n'est pas celle de l'entreprise.");
    await claim.getByTestId('confirm-reject').click();
    await page.getByTestId('claim-decided').waitFor();
    await page.getByRole('tab', { name: /refusées/i }).click();
    const rejected = page.getByTestId('claim').filter({ hasText: DEMO.smePending });
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain("n'est pas celle de l'entreprise");
    await ui.shots('37-claims-rejected');

    await page.goto(`${url()}/audit?entity=claim&action=claim.rejected`);
    const row = page.locator('tbody tr', { hasText: 'claim.rejected' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(DEMO.agent);
    await ui.shots('38-audit');
    // A filter the API refuses is said next to its field.
    await page.goto(`${url()}/audit?actorId=pas-un-identifiant`);
    await page
      .getByText(/identifiant complet \(UUID\), par exemple/)
      .first()
      .waitFor();
  }, 120000);

  it("offers a buyer the clearance filters and issues its needs in its organisation's name", async () => {
    const page = ui.page;
    await signIn(page, url(), DEMO.primeBuyer);
    await page.goto(`${url()}/recherche`);
    await page.getByTestId('clearance-min').waitFor();
    await page.goto(`${url()}/opportunites/nouveau`);
    await page.getByTestId('opportunity-form').waitFor();
    expect(await page.locator('input[name="issuer"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="issuer"]').inputValue()).toBe('Naval Group');
    await ui.shots('40-opportunity-editor-buyer');
    // No staff entry for a buyer.
    expect(await page.locator('a[href="/import"]').count()).toBe(0);
    await page.goto(`${url()}/agent/rattachements`);
    await page.getByTestId('forbidden').waitFor();
  }, 60000);

  it('resets a forgotten password from its mail, and lets an SME administrator invite a colleague who joins from the mail', async () => {
    const page = await ui.newPage();
    const email = `oubli-${RUN}@e2e.example.fr`;
    const created = await apiOf(page, url()).post('/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'Compte oublieux',
      siret: freshSiret(),
      company: { name: `Oubli ${RUN}`, postalCode: '56100', city: 'Lorient' },
    });
    expect(created.status()).toBe(201);
    await page.context().clearCookies();

    // Forgotten password → mail → new password → sign-in with it.
    await page.goto(`${url()}/mot-de-passe-oublie`);
    await page.locator('input[name="email"]').fill(email);
    await ui.shots('50-forgot-password', page);
    await page.getByRole('button', { name: /recevoir le lien/i }).click();
    await page.getByTestId('forgot-sent').waitFor();
    const reset = await mailWith(email, '/reinitialiser-mot-de-passe');
    await page.goto(
      `${url()}/reinitialiser-mot-de-passe?token=${linkToken(reset, '/reinitialiser-mot-de-passe')}`,
    );
    await page.locator('input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirm"]').fill(NEW_PASSWORD);
    await ui.shots('51-reset-password', page);
    await page.getByRole('button', { name: /enregistrer le mot de passe/i }).click();
    await page.getByTestId('reset-done').waitFor();
    await signIn(page, url(), email, NEW_PASSWORD);

    // The SME's administrator invites a colleague from its organisation page.
    const colleague = `collegue-${RUN}@e2e.example.fr`;
    await signIn(ui.page, url(), DEMO.sme);
    await ui.page.goto(`${url()}/organisation`);
    await ui.page.getByTestId('members').waitFor();
    await ui.page.getByTestId('invite-form').locator('input[name="email"]').fill(colleague);
    await ui.page
      .getByTestId('invite-form')
      .getByRole('button', { name: /envoyer/i })
      .click();
    await ui.page.getByTestId('invitation').filter({ hasText: colleague }).waitFor();
    await ui.shots('54-organisation');

    // The colleague opens the mailed link, creates an account and joins.
    const invitation = await mailWith(colleague, '/invitation');
    await page.context().clearCookies();
    await page.goto(`${url()}/invitation?token=${linkToken(invitation, '/invitation')}`);
    await page.getByTestId('invitation-form').waitFor();
    expect(await page.getByTestId('invitation-text').textContent()).toContain('Artan Essais');
    await page.locator('input[name="displayName"]').fill('Loïc Guillou');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await ui.shots('53-invitation', page);
    await page.getByTestId('invitation-submit').click();
    await page.waitForURL((u) => u.pathname === '/organisation');
    await page.getByTestId('member').filter({ hasText: colleague }).waitFor();

    // The colleague downloads its data, then deletes its account (typing its address).
    const exported = await page.request.get(`${url()}/api/v1/account/export`);
    expect(exported.status()).toBe(200);
    expect(JSON.stringify(await exported.json())).toContain(colleague);
    await page.goto(`${url()}/compte`);
    await page.getByTestId('account-export').waitFor();
    await page.locator('input[name="confirmEmail"]').fill('quelqu-un@e2e.example.fr');
    await page.getByTestId('delete-account').click();
    await page
      .getByText(/n'est pas celle de votre compte/)
      .first()
      .waitFor();
    await page.locator('input[name="confirmEmail"]').fill(colleague);
    await page.getByTestId('delete-account').click();
    await page.waitForURL((u) => u.pathname === '/');
    expect(await page.getByTestId('flash').textContent()).toMatch(/supprimé/);
    await page.getByTestId('header-sign-in').first().waitFor();

    // The pending-claim banner of a user whose claim waits.
    await signIn(page, url(), DEMO.smePending);
    await page.goto(`${url()}/fournisseurs`);
    await ui.shots('55-directory-signed-in', page);
  }, 180000);
});
