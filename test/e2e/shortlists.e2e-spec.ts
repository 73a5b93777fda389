import { readFileSync } from 'node:fs';
import type { OpportunityView, SupplierSearchResponse } from '@bitd/domain';
import { parse } from 'csv-parse/sync';
import { DEMO, apiOf, browserSession, signIn, waitForSearchIndex } from './browser';

/** A year ahead: the opportunity is open and the demo's certifications mostly valid. */
const deadline = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

describe('shortlists, saved searches and the agent portfolio, in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, 200));

  it('a buyer shortlists two suppliers from its matches, exports them, watches the opportunity, saves a search and reopens it', async () => {
    const { page } = ui;
    const url = ui.platform.url;
    await signIn(page, url, DEMO.dgaBuyer);
    const res = await apiOf(page, url).post('/opportunities', {
      kind: 'subcontracting',
      title: 'Antennes sonar pour bâtiments de surface (exemple)',
      issuer: 'DGA Techniques navales',
      requiredCapabilities: [{ code: '38113000' }],
      deadline: deadline(),
      status: 'published',
    });
    expect(res.status()).toBe(201);
    const opportunity = (await res.json()) as OpportunityView;
    await page.goto(`${url}/opportunites/${opportunity.id}`);
    await page.getByTestId('matches-ready').waitFor({ timeout: 60000 });

    // Two suppliers of the ranking, « Présélectionner » on each.
    const ranking = page.getByRole('list', { name: 'Classement' }).getByTestId('supplier-match');
    expect(await ranking.count()).toBeGreaterThanOrEqual(2);
    const names: string[] = [];
    for (const i of [0, 1]) {
      const match = ranking.nth(i);
      names.push((await match.locator('h4 a').textContent())!.trim());
      await match.getByTestId('shortlist-toggle').click();
      await match.locator('[data-testid="shortlist-toggle"][aria-pressed="true"]').waitFor();
    }
    const panel = page.getByTestId('shortlist-panel');
    await panel.getByTestId('shortlist-entry').nth(1).waitFor();
    expect((await panel.getByTestId('shortlist-entry').allTextContents()).join(' ')).toContain(names[0]);
    await ui.shots('40-shortlist-from-matches');

    // The CSV: the two suppliers, with what a buyer may read (clearance) and not more (revenue).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByTestId('shortlist-export').click(),
    ]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => r['Raison sociale']).sort()).toEqual([...names].sort());
    expect(Object.keys(rows[0])).toContain('Habilitation');
    expect(Object.keys(rows[0])).not.toContain('Chiffre d’affaires (€)');

    // The introduction request goes to the introductions feature; its answer is shown either way.
    await panel
      .getByTestId('shortlist-entry')
      .first()
      .getByRole('button', { name: 'Demander une mise en relation' })
      .click();
    await panel.getByLabel(/Votre message à la région/).fill('Nous aimerions les rencontrer pour ce lot.');
    await panel.getByRole('button', { name: 'Envoyer la demande' }).click();
    await panel.locator('.fr-alert').first().waitFor();

    // « Suivre cette opportunité », then it is in « Mes opportunités suivies ».
    await page.getByTestId('watch-opportunity').click();
    await page.locator('[data-testid="watch-opportunity"][aria-pressed="true"]').waitFor();
    await page.goto(`${url}/mes-opportunites`);
    await page.getByTestId('watched-opportunity').filter({ hasText: opportunity.title }).waitFor();

    // A search saved with its criteria (not its page), then reopened from the list.
    await page.goto(`${url}/recherche?q=sonar&department=29&page=1`);
    await page.getByTestId('search-total').waitFor();
    const total = await page.getByTestId('search-total').getAttribute('data-total');
    await page.getByTestId('save-search-open').click();
    await page.getByLabel('Nom de la recherche').fill('Sonar dans le Finistère (essai)');
    await page.getByTestId('save-search-submit').click();
    await page.getByTestId('saved-search-done').waitFor();
    await ui.shots('41-search-saved');
    await page.goto(`${url}/mes-recherches`);
    await page.getByRole('link', { name: 'Sonar dans le Finistère (essai)' }).click();
    await page.waitForURL((u) => u.pathname === '/recherche' && u.searchParams.get('department') === '29');
    expect(new URL(page.url()).searchParams.get('q')).toBe('sonar');
    expect(new URL(page.url()).searchParams.has('page')).toBe(false);
    await page.locator(`[data-testid="search-total"][data-total="${total}"]`).waitFor();

    // From search, a hit goes to the shortlist of one of the buyer's opportunities.
    const hit = page.getByTestId('search-hit').first();
    await hit.getByTestId('add-to-shortlist').locator('select').selectOption(opportunity.id);
    const add = hit.getByTestId('add-to-shortlist').getByRole('button');
    if (await add.isEnabled()) {
      await add.click();
      await hit.getByRole('button', { name: /Présélectionner/, disabled: true }).waitFor();
    }
    await ui.shots('42-search-add-to-shortlist');
  }, 240000);

  it('an agent follows a company and finds it in its portfolio', async () => {
    const { page } = ui;
    const url = ui.platform.url;
    await signIn(page, url, DEMO.agent);
    const found = (await (
      await apiOf(page, url).get('/search/suppliers?q=cybers%C3%A9curit%C3%A9')
    ).json()) as SupplierSearchResponse;
    const company = found.hits[0];
    await page.goto(`${url}/fournisseurs/${company.id}`);
    const follow = page.getByTestId('follow-supplier');
    await follow.waitFor();
    if ((await follow.getAttribute('aria-pressed')) !== 'true') await follow.click();
    await page.locator('[data-testid="follow-supplier"][aria-pressed="true"]').waitFor();
    await page.goto(`${url}/portefeuille`);
    const entry = page.getByTestId('portfolio-supplier').filter({ hasText: company.name });
    await entry.waitFor();
    // The demo agent already follows a few companies (demo data).
    expect(await page.getByTestId('portfolio-supplier').count()).toBeGreaterThan(1);
    await ui.shots('43-agent-portfolio');
  }, 120000);
});
