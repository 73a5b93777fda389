import type { OpportunityView } from '@bitd/domain';
import { DEMO, apiOf, browserSession, signIn, waitForSearchIndex } from './browser';

const TITLE = 'Acoustique sous-marine — antennes sonar pour sous-marins (exemple)';

describe('opportunities, matches and consortia in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, 200));

  it('publishes a need from the editor (field error first), then shows ranked matches with their explanations', async () => {
    // A region agent: names the issuer, reads the matches, and sees a supplier's opportunities.
    await signIn(ui.page, ui.platform.url, DEMO.agent);
    await ui.page.goto(`${ui.platform.url}/opportunites/nouveau`);
    const form = ui.page.getByTestId('opportunity-form');
    await form.waitFor();
    await ui.page.locator('select[name="kind"]').selectOption('subcontracting');
    await ui.page.locator('input[name="title"]').fill(TITLE);
    await ui.page.locator('input[name="issuer"]').fill('Naval Group');
    await ui.page
      .locator('textarea[name="description"]')
      .fill('Nous recherchons un partenaire en acoustique sous-marine et traitement du signal sonar.');
    await ui.page.getByTestId('add-required-capability').click();
    await ui.page.locator('input[name="requiredCapabilities[0].code"]').fill('38113000');
    await ui.page.locator('input[name="deadline"]').fill('2099-01-31');
    await ui.page.locator('select[name="trlMin"]').selectOption('7');
    await ui.page.locator('select[name="trlMax"]').selectOption('5');
    await ui.page.getByTestId('publish-opportunity').click();
    // trlMin > trlMax is refused (by the form, and by the API behind it) next to the field.
    const error = ui.page.getByTestId('error-trlMin');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/TRL|trlMax/i);
    await ui.shot('10-opportunity-editor-error');

    await ui.page.locator('select[name="trlMax"]').selectOption('9');
    await ui.page.getByTestId('publish-opportunity').click();
    await ui.page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
    await ui.page.getByTestId('opportunity-status').waitFor();
    expect(await ui.page.getByTestId('opportunity-status').getAttribute('data-status')).toBe('published');

    // The worker computes the matches; the ui.page polls until they are ready.
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    const matches = ui.page.getByTestId('supplier-match');
    await matches.first().waitFor();
    expect(await matches.count()).toBeGreaterThan(0);
    const criteria = await matches.first().getByTestId('match-criteria').locator('li').allTextContents();
    expect(criteria.join('\n')).toMatch(/38113000|sonar|acoustique/i);
    expect(criteria.join('\n')).toMatch(/TRL/);
    await ui.shot('11-opportunity-matches');

    // The matched supplier sees the opportunity on its profile, with the same explanation.
    await matches.first().locator('a[href^="/fournisseurs/"]').first().click();
    const mine = ui.page.getByTestId('supplier-opportunities');
    await mine.waitFor({ timeout: 30000 });
    expect(await mine.textContent()).toContain(TITLE);
    await ui.shot('12-supplier-opportunities-for-you');
  }, 180000);

  it('shows consortium suggestions for a dual research call', async () => {
    // Created through the API with the agent's session (signed in by the test above).
    const res = await apiOf(ui.page, ui.platform.url).post('/opportunities', {
      kind: 'dual_research',
      title: 'Projet de recherche duale : acoustique sous-marine et guerre électronique (exemple)',
      issuer: 'Agence de l’innovation de défense',
      requiredCapabilities: [{ code: '38113000' }, { code: '35730000' }],
      trlMin: 3,
      trlMax: 6,
      deadline: '2099-03-31',
      status: 'published',
    });
    expect(res.status()).toBe(201);
    const created = (await res.json()) as OpportunityView;
    await ui.page.goto(`${ui.platform.url}/opportunites/${created.id}`);
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    const teams = ui.page.getByTestId('consortium');
    await teams.first().waitFor({ timeout: 30000 });
    expect(await teams.count()).toBeGreaterThan(0);
    expect(await teams.first().textContent()).toMatch(/acoustique|sonar|guerre|électronique/i);
    await ui.shot('13-opportunity-consortia');
  }, 120000);
});
