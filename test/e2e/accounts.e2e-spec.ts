import { luhnValid, type SiretLookupView, type SupplierSummaryView } from '@bitd/domain';
import type { Page as PwPage } from 'playwright-core';
import { DEMO, DEMO_PASSWORD, apiOf, browserSession, signIn, signOut, waitForSearchIndex } from './browser';

/** Names of this run only: a second run on the same database still creates its own. */
const RUN = Date.now().toString(36);
const PASSWORD = 'Kreiz-Breizh-2024!';

/** A SIRET no company has: SIREN and SIRET both Luhn-valid, from this run's clock. */
function freshSiret(): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  const body = String(Date.now() % 100_000_000).padStart(8, '7');
  return complete(`${complete(body)}0001`);
}

describe('accounts, rights and the SME → region → buyer journey in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, 200));
  const url = () => ui.platform.url;

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

  it('lets an SME sign up on its imported profile, a region agent approve the claim, the SME edit its profile and share a contact that a buyer then sees', async () => {
    const page = ui.page;
    const target = await claimableSupplier(page);
    const email = `pme-${RUN}@e2e.example.fr`;
    const contactEmail = `commercial-${RUN}@e2e.example.fr`;

    // 1. Sign-up, SIRET first: the platform says a claim will be filed.
    await page.goto(`${url()}/inscription`);
    await page.getByTestId('siret-form').waitFor();
    await ui.shots('30-sign-up-siret');
    await page.locator('input[name="siret"]').fill('12345678901234');
    await page.getByTestId('siret-continue').click();
    expect(await page.getByTestId('error-siret').textContent()).toMatch(/Luhn|SIREN/);
    await page.locator('input[name="siret"]').fill(target.siret);
    await page.getByTestId('siret-continue').click();
    await page.getByTestId('siret-status-claimable').waitFor();
    expect(await page.getByTestId('siret-status-claimable').textContent()).toContain(target.name);
    await page.locator('input[name="displayName"]').fill('Maëlys Le Goff');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill('court');
    await page.getByTestId('sign-up-submit').click();
    // The password rule is said before anything is sent.
    await page
      .getByText(/au moins 12 caractères/)
      .first()
      .waitFor();
    await page.locator('input[name="password"]').fill(PASSWORD);
    await ui.shots('31-sign-up-claim');
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('sign-up-result').waitFor();
    expect(await page.getByTestId('sign-up-result').textContent()).toContain(target.name);
    await ui.shots('32-sign-up-claim-filed');
    // Every other page reminds the user that the claim waits.
    await page.goto(`${url()}/opportunites`);
    expect(await page.getByTestId('pending-claim-banner').textContent()).toContain(target.name);

    // While the claim waits, the profile is not theirs to edit.
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page.getByTestId('supplier-siret').waitFor();
    expect(await page.getByRole('link', { name: /^modifier$/i }).count()).toBe(0);
    await page.goto(`${url()}/fournisseurs/${target.id}/modifier`);
    expect(await page.getByTestId('forbidden').textContent()).toMatch(/attend la décision de la Région/);
    await signOut(page);

    // 2. A region agent approves it from the queue.
    await signIn(page, url(), DEMO.agent);
    await page.goto(`${url()}/agent/rattachements`);
    const claim = page.getByTestId('claim').filter({ hasText: email });
    await claim.waitFor();
    await ui.shots('33-claims-queue');
    await claim.getByTestId('approve-claim').click();
    await page.getByTestId('claim-decided').waitFor();
    expect(await page.getByTestId('claim-decided').textContent()).toContain(target.name);
    await page.getByRole('tab', { name: /acceptées/i }).click();
    await page.getByTestId('claim').filter({ hasText: email }).waitFor();
    await ui.shots('34-claims-approved');

    // The change log shows the decision, with who made it.
    await page.goto(`${url()}/audit?entity=claim`);
    const row = page.locator('tbody tr', { hasText: 'claim.approved' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(DEMO.agent);
    await ui.shots('35-audit');
    await signOut(page);

    // 3. The SME edits its own profile and shares one contact with buyers.
    await signIn(page, url(), email, PASSWORD);
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page
      .getByRole('link', { name: /^modifier$/i })
      .first()
      .click();
    await page.getByTestId('supplier-form').waitFor();
    await page.getByTestId('add-contact').click();
    const last = (await page.locator('input[name$="].name"][name^="contacts["]').count()) - 1;
    await page.locator(`input[name="contacts[${last}].name"]`).fill('Service commercial');
    await page.locator(`input[name="contacts[${last}].email"]`).fill(contactEmail);
    await page.locator(`input[name="contacts[${last}].visibleToBuyers"]`).check({ force: true });
    await ui.shots('36-editor-contact-shared');
    await page.getByTestId('save-supplier').click();
    await page.waitForURL((u) => u.pathname === `/fournisseurs/${target.id}`);
    const mine = page.getByTestId('contact').filter({ hasText: contactEmail });
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/Visible des acheteurs/);
    // Its own matches are offered on its own profile.
    await page
      .getByTestId('supplier-opportunities')
      .or(page.getByTestId('supplier-opportunities-empty'))
      .waitFor();
    await ui.shots('37-profile-own');
    await signOut(page);

    // 4. A DGA buyer sees the shared contact and the clearance; the revenue stays private.
    await signIn(page, url(), DEMO.dgaBuyer);
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page.getByTestId('contact').filter({ hasText: contactEmail }).waitFor();
    expect(await page.getByTestId('private-clearance').count()).toBe(0);
    expect(await page.getByTestId('supplier-clearance').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^modifier$/i }).count()).toBe(0);
    await ui.shots('38-profile-buyer');
    await signOut(page);

    // 5. A visitor sees no contact at all.
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page.getByTestId('private-contacts').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(contactEmail);
  }, 240000);

  it('lets a buyer publish a need in its own name and read its matches, which a visitor cannot', async () => {
    const page = ui.page;
    await signIn(page, url(), DEMO.dgaBuyer);
    // The search offers a buyer the clearance filters.
    await page.goto(`${url()}/recherche`);
    await page.getByTestId('clearance-min').waitFor();

    await page.goto(`${url()}/opportunites/nouveau`);
    await page.getByTestId('opportunity-form').waitFor();
    // The issuer is the buyer's organisation, shown, not asked.
    expect(await page.locator('input[name="issuer"]').isDisabled()).toBe(true);
    expect(await page.locator('input[name="issuer"]').inputValue()).toBe('DGA Techniques navales');
    const title = `Maintien en condition opérationnelle de sonars (e2e ${RUN})`;
    await page.locator('select[name="kind"]').selectOption('subcontracting');
    await page.locator('input[name="title"]').fill(title);
    await page
      .locator('textarea[name="description"]')
      .fill('Maintenance et traitement du signal de sonars de coque, acoustique sous-marine.');
    await page.getByTestId('add-required-capability').click();
    await page.locator('input[name="requiredCapabilities[0].code"]').fill('38113000');
    await page.locator('input[name="deadline"]').fill('2099-02-28');
    await ui.shots('40-opportunity-editor-buyer');
    await page.getByTestId('publish-opportunity').click();
    await page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
    const opportunityUrl = page.url();
    await page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('supplier-match').count()).toBeGreaterThan(0);
    await signOut(page);

    // A visitor reads the published need, without matches nor management buttons.
    await page.goto(opportunityUrl);
    await page.getByTestId('opportunity-status').waitFor();
    expect(await page.getByTestId('matches-ready').count()).toBe(0);
    expect(await page.getByTestId('publish-opportunity').count()).toBe(0);
    expect(await page.getByTestId('close-opportunity').count()).toBe(0);
    await ui.shots('41-opportunity-visitor');
  }, 180000);

  it('shows the e-mail, invitation and organisation pages (screenshots)', async () => {
    const page = ui.page;
    await page.goto(`${url()}/mot-de-passe-oublie`);
    await page.locator('input[name="email"]').waitFor();
    await ui.shots('50-forgot-password');
    await page.goto(`${url()}/reinitialiser-mot-de-passe?token=${'x'.repeat(32)}`);
    await page.locator('input[name="password"]').waitFor();
    await ui.shots('51-reset-password');
    await page.goto(`${url()}/verifier-email?token=${'x'.repeat(32)}`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await ui.shots('52-verify-email');
    await page.goto(`${url()}/invitation?token=${'x'.repeat(32)}`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await ui.shots('53-invitation');

    await signIn(page, url(), DEMO.sme);
    await page.goto(`${url()}/organisation`);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await ui.shots('54-organisation');
    await signOut(page);

    await signIn(page, url(), DEMO.smePending);
    await page.getByTestId('pending-claim-banner').waitFor();
    await ui.shots('55-home-pending-claim');
    await signOut(page);
  }, 120000);
});
