import type { SiretLookupView, SupplierSummaryView } from '@bitd/domain';
import type { Page } from 'playwright-core';
import { SmtpCapture, linkToken } from '../../apps/api/src/testing/mail-capture';
import { DEMO, DEMO_OIDC_LABEL, apiOf, browserSession, signIn, signOut, waitForSearchIndex } from './browser';

/** Names of this run only: a second run on the same database still creates its own. */
const RUN = Date.now().toString(36);
const PASSWORD = 'Kreiz-Breizh-2024!';

/**
 * The journey the platform is for, in one browser: an SME signs up on the profile the region
 * imported, confirms its address from the mail, a region agent approves the claim, the SME edits
 * its profile and shares a contact with buyers; a DGA buyer signs in through ProConnect (the local
 * demo provider), finds the contact, publishes a need and reads its matches, keeps another as a
 * draft; a visitor sees neither the contact nor the draft.
 */
describe('the SME → region → buyer journey in Chromium, with ProConnect (démo) and mail', () => {
  const smtp = new SmtpCapture();
  beforeAll(() => smtp.start());
  afterAll(() => smtp.stop());
  const ui = browserSession({ worker: true, oidc: true, env: () => ({ SMTP_URL: smtp.url }) }, (p) =>
    waitForSearchIndex(p.url, 200),
  );
  const url = () => ui.platform.url;

  /** An imported profile nobody manages nor claims yet (the demo set has many). */
  async function claimableSupplier(page: Page): Promise<SupplierSummaryView> {
    const api = apiOf(page, url());
    const list = (await (await api.get('/suppliers?pageSize=50&sort=-name')).json()) as {
      items: SupplierSummaryView[];
    };
    for (const s of list.items) {
      const res = await api.get(`/auth/siret-lookup?siret=${s.siret}`);
      if (((await res.json()) as SiretLookupView).status === 'claimable') return s;
    }
    throw new Error('no claimable demo supplier');
  }

  it('goes from an SME sign-up to a buyer reading matches, and keeps private what is private', async () => {
    const page = ui.page;
    const target = await claimableSupplier(page);
    const email = `dirigeante-${RUN}@e2e.example.fr`;
    const contactEmail = `affaires-${RUN}@e2e.example.fr`;
    const opportunityTitle = `Traitement du signal sonar embarqué (parcours ${RUN})`;
    const draftTitle = `Brouillon confidentiel (parcours ${RUN})`;

    // 1. The SME signs up with its SIRET: a claim on the imported profile.
    await page.goto(`${url()}/`);
    await page
      .getByTestId('home-sign-up')
      .getByRole('link', { name: /créer mon compte/i })
      .click();
    await page.locator('input[name="siret"]').fill(target.siret);
    await page.getByTestId('siret-continue').click();
    await page.getByTestId('siret-status-claimable').waitFor();
    await page.locator('input[name="displayName"]').fill('Nolwenn Caradec');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('sign-up-result').waitFor();

    // 2. It confirms its address from the mail (the claim still waits: the address is not on the
    //    profile's website domain).
    const mail = await smtp.waitFor(email);
    await page.goto(`${url()}/verifier-email?token=${linkToken(mail, '/verifier-email')}`);
    await page.getByTestId('verify-done').waitFor();
    expect(await page.getByTestId('verify-claim-approved').count()).toBe(0);
    await ui.shots('60-verify-email-done');

    // 3. A region agent approves the claim.
    await signIn(page, url(), DEMO.agent);
    await page.goto(`${url()}/agent/rattachements`);
    await page.getByTestId('claim').filter({ hasText: email }).getByTestId('approve-claim').click();
    await page.getByTestId('claim-decided').waitFor();

    // 4. The SME edits its profile and shares one contact with buyers.
    await signIn(page, url(), email, PASSWORD);
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page
      .getByRole('link', { name: /^modifier$/i })
      .first()
      .click();
    await page.getByTestId('add-contact').click();
    const last = (await page.locator('input[name^="contacts["][name$="].name"]').count()) - 1;
    await page.locator(`input[name="contacts[${last}].name"]`).fill('Chargé d’affaires défense');
    await page.locator(`input[name="contacts[${last}].email"]`).fill(contactEmail);
    await page.locator(`input[name="contacts[${last}].visibleToBuyers"]`).check({ force: true });
    await page.getByTestId('save-supplier').click();
    await page.waitForURL((u) => u.pathname === `/fournisseurs/${target.id}`);
    await page.getByTestId('contact').filter({ hasText: contactEmail }).waitFor();
    await signOut(page);

    // 5. A DGA buyer signs in through ProConnect (démo).
    await page.goto(`${url()}/connexion`);
    const proConnect = page.getByTestId('oidc-sign-in');
    expect(await proConnect.textContent()).toContain(DEMO_OIDC_LABEL);
    await ui.shots('61-sign-in-proconnect');
    await proConnect.click();
    await page.locator(`button[name="identity"][value="${DEMO.dgaBuyer}"]`).click();
    await page.waitForURL((u) => u.origin === url() && u.pathname === '/');
    expect(await page.getByTestId('account-menu-button').first().textContent()).toContain('Claire Fichou');

    // It sees the shared contact on the SME's profile.
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page.getByTestId('contact').filter({ hasText: contactEmail }).waitFor();

    // 6. It publishes a need in its organisation's name and reads the ranked matches.
    await page.goto(`${url()}/opportunites/nouveau`);
    expect(await page.locator('input[name="issuer"]').inputValue()).toBe('DGA Techniques navales');
    await page.locator('select[name="kind"]').selectOption('subcontracting');
    await page.locator('input[name="title"]').fill(opportunityTitle);
    await page
      .locator('textarea[name="description"]')
      .fill('Traitement du signal et acoustique sous-marine pour sonars de coque.');
    await page.getByTestId('add-required-capability').click();
    await page.locator('input[name="requiredCapabilities[0].code"]').fill('38113000');
    await page.locator('input[name="deadline"]').fill('2099-04-30');
    await page.getByTestId('publish-opportunity').click();
    await page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
    const published = page.url();
    await page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('supplier-match').count()).toBeGreaterThan(0);
    await ui.shots('62-opportunity-matches-buyer');

    // …and keeps another one as a draft.
    await page.goto(`${url()}/opportunites/nouveau`);
    await page.locator('select[name="kind"]').selectOption('subcontracting');
    await page.locator('input[name="title"]').fill(draftTitle);
    await page.getByTestId('save-opportunity').click();
    await page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('opportunity-status').getAttribute('data-status')).toBe('draft');
    const draft = page.url();

    // 7. Signing out ends the ProConnect session too (the provider asks, then comes back home).
    await page.getByTestId('account-menu-button').first().click();
    await page.getByTestId('sign-out').first().click();
    await page.getByRole('button', { name: /oui, me déconnecter/i }).click();
    await page.waitForURL((u) => u.origin === url() && u.pathname === '/');
    await page.getByTestId('header-sign-in').first().waitFor();

    // 8. A visitor: the published need without its matches, no contact, no draft.
    await page.goto(published);
    await page.getByTestId('opportunity-status').waitFor();
    expect(await page.getByTestId('matches-ready').count()).toBe(0);
    await page.goto(`${url()}/fournisseurs/${target.id}`);
    await page.getByTestId('private-contacts').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(contactEmail);
    await page.goto(draft);
    await page.getByRole('heading', { name: /introuvable/i }).waitFor();
    await page.goto(`${url()}/opportunites?sort=-updatedAt`);
    await page.getByTestId('opportunity-card').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain(draftTitle);
  }, 300000);
});
