import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { OpportunityView } from '@bitd/domain';
import {
  RunningPlatform,
  SCREENSHOTS,
  launchChromium,
  startBuiltPlatform,
  waitForSearchIndex,
} from './browser';

const TITLE = 'Acoustique sous-marine — antennes sonar pour sous-marins (exemple)';

describe('opportunities, matches and consortia in Chromium', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startBuiltPlatform({ worker: true });
    await waitForSearchIndex(platform.url, 200);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('publishes a need from the editor (field error first), then shows ranked matches with their explanations', async () => {
    await page.goto(`${platform.url}/opportunites/nouveau`);
    const form = page.getByTestId('opportunity-form');
    await form.waitFor();
    await page.locator('select[name="kind"]').selectOption('subcontracting');
    await page.locator('input[name="title"]').fill(TITLE);
    await page.locator('input[name="issuer"]').fill('Naval Group');
    await page
      .locator('textarea[name="description"]')
      .fill('Nous recherchons un partenaire en acoustique sous-marine et traitement du signal sonar.');
    await page.getByTestId('add-required-capability').click();
    await page.locator('input[name="requiredCapabilities[0].code"]').fill('38113000');
    await page.locator('input[name="deadline"]').fill('2099-01-31');
    await page.locator('select[name="trlMin"]').selectOption('7');
    await page.locator('select[name="trlMax"]').selectOption('5');
    await page.getByTestId('publish-opportunity').click();
    // trlMin > trlMax is refused (by the form, and by the API behind it) next to the field.
    const error = page.getByTestId('error-trlMin');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/TRL|trlMax/i);
    await shot('10-opportunity-editor-error');

    await page.locator('select[name="trlMax"]').selectOption('9');
    await page.getByTestId('publish-opportunity').click();
    await page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
    await page.getByTestId('opportunity-status').waitFor();
    expect(await page.getByTestId('opportunity-status').getAttribute('data-status')).toBe('published');

    // The worker computes the matches; the page polls until they are ready.
    await page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    const matches = page.getByTestId('supplier-match');
    await matches.first().waitFor();
    expect(await matches.count()).toBeGreaterThan(0);
    const criteria = await matches.first().getByTestId('match-criteria').locator('li').allTextContents();
    expect(criteria.join('\n')).toMatch(/38113000|sonar|acoustique/i);
    expect(criteria.join('\n')).toMatch(/TRL/);
    await shot('11-opportunity-matches');

    // The matched supplier sees the opportunity on its profile, with the same explanation.
    await matches.first().locator('a[href^="/fournisseurs/"]').first().click();
    const mine = page.getByTestId('supplier-opportunities');
    await mine.waitFor({ timeout: 30000 });
    expect(await mine.textContent()).toContain(TITLE);
    await shot('12-supplier-opportunities-for-you');
  }, 180000);

  it('shows consortium suggestions for a dual research call', async () => {
    const res = await fetch(`${platform.url}/api/v1/opportunities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'dual_research',
        title: 'Projet de recherche duale : acoustique sous-marine et guerre électronique (exemple)',
        issuer: 'Agence de l’innovation de défense',
        requiredCapabilities: [{ code: '38113000' }, { code: '35730000' }],
        trlMin: 3,
        trlMax: 6,
        deadline: '2099-03-31',
        status: 'published',
      }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as OpportunityView;
    await page.goto(`${platform.url}/opportunites/${created.id}`);
    await page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    const teams = page.getByTestId('consortium');
    await teams.first().waitFor({ timeout: 30000 });
    expect(await teams.count()).toBeGreaterThan(0);
    expect(await teams.first().textContent()).toMatch(/acoustique|sonar|guerre|électronique/i);
    await shot('13-opportunity-consortia');
  }, 120000);
});
