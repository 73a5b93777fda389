import type { OpportunityView } from '@bitd/domain';
import { DEMO, apiOf, browserSession, signIn, waitForSearchIndex } from './browser';

/** A year ahead: most demo certifications are still valid then, some are not (near misses). */
const deadline = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

describe('the buyer corrects the needs read, and sees near misses beside the matches, in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, 200));

  it('shows near misses beside the eligible matches, with the requirement that rules out the most', async () => {
    await signIn(ui.page, ui.platform.url, DEMO.dgaBuyer);
    const res = await apiOf(ui.page, ui.platform.url).post('/opportunities', {
      kind: 'subcontracting',
      title: 'Antennes sonar de coque et interface homme-machine pour sous-marins (exemple)',
      issuer: 'DGA Techniques navales',
      requiredCapabilities: [{ code: '38113000' }],
      requiredCertifications: ['ISO9001'],
      deadline: deadline(),
      status: 'published',
    });
    expect(res.status()).toBe(201);
    const created = (await res.json()) as OpportunityView;
    await ui.page.goto(`${ui.platform.url}/opportunites/${created.id}`);
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 60000 });

    // Eligible matches and, beside them, who misses a requirement and which one rules out the most.
    expect(await ui.page.getByTestId('supplier-match').count()).toBeGreaterThan(0);
    const panel = ui.page.getByTestId('near-misses-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('ruled-out').textContent()).toMatch(/ISO 9001/);
    const ranking = await ui.page.getByRole('list', { name: 'Classement' }).boundingBox();
    const near = await panel.boundingBox();
    expect(near!.x).toBeGreaterThan(ranking!.x + ranking!.width - 1);
    // "Antennes sonar de coque" is sonar: no hull parts, and no word list shown as a need.
    const needs = await ui.page.getByTestId('match-needs').locator('li .bitd-strong').allTextContents();
    expect(needs).toEqual(['sonar', 'interface homme-machine']);
    await ui.shots('20-near-misses-beside-matches');

    // (a) The buyer strikes out the need it did not mean; the matches are computed again without it.
    const hmi = ui.page.getByTestId('match-needs').locator('li', { hasText: 'interface homme-machine' });
    expect(await hmi.count()).toBe(1);
    const firstBefore = await ui.page.getByTestId('supplier-match').first().textContent();
    expect(firstBefore).toContain('interface homme-machine');
    await hmi.getByRole('button', { name: /Retirer/ }).click();
    await ui.page.getByTestId('removed-needs').waitFor({ timeout: 60000 });
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    expect(await ui.page.getByTestId('removed-needs').textContent()).toContain('interface homme-machine');
    expect(await ui.page.getByTestId('match-needs').textContent()).not.toContain('interface homme-machine');
    const firstAfter = await ui.page.getByTestId('supplier-match').first().textContent();
    expect(firstAfter).not.toContain('interface homme-machine');
    await ui.shots('21-need-removed-matches-recomputed');

    // And adds one by its words, read by the server's concept reader.
    await ui.page.getByText('Ajouter un besoin').click();
    await ui.page.getByLabel('Par un concept').fill('UUV');
    const addUuv = ui.page.getByRole('button', { name: 'Ajouter « drone sous-marin »' });
    await addUuv.click();
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 60000 });
    await ui.page
      .getByTestId('match-needs')
      .locator('li', { hasText: 'drone sous-marin' })
      .waitFor({ timeout: 60000 });
  }, 180000);
});
