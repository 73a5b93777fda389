import { HIGHLIGHT_END, HIGHLIGHT_START } from '@bitd/domain';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  RunningPlatform,
  SCREENSHOTS,
  launchChromium,
  startBuiltPlatform,
  waitForSearchIndex,
} from './browser';

/** The demo set holds 220 fictional suppliers; the worker must have indexed (nearly) all of them. */
const MIN_INDEXED = 200;
const WORD = 'sonar';
const RADIUS_KM = 50;

describe('supplier search page in Chromium', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startBuiltPlatform({ worker: true });
    await waitForSearchIndex(platform.url, MIN_INDEXED);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  /** The next answer of the search API whose query passes `check` (set up before the action). */
  const searchAnswer = (check: (query: URLSearchParams) => boolean) =>
    page.waitForResponse((res) => {
      const url = new URL(res.url());
      return (
        url.pathname === '/api/v1/search/suppliers' &&
        res.request().method() === 'GET' &&
        check(url.searchParams)
      );
    });

  /** Results on screen are those of the last answer (not the previous ones kept while loading). */
  const settled = () => page.locator('#search-results[aria-busy="false"]').waitFor();

  const total = async (): Promise<number> => {
    const value = await page.getByTestId('search-total').getAttribute('data-total');
    expect(value).toMatch(/^\d+$/);
    return Number(value);
  };

  const hitDepartments = () =>
    page.getByTestId('search-hit').evaluateAll((els) => els.map((el) => el.getAttribute('data-department')));

  it('searches as you type, narrows by department and by distance from a defence site, and keeps it all in the address', async () => {
    await page.goto(`${platform.url}/recherche`);
    await page.getByTestId('search-total').waitFor();
    await settled();
    const everything = await total();
    expect(everything).toBeGreaterThanOrEqual(MIN_INDEXED);

    // 1. Results as you type, matched words in <mark>, markers never shown.
    const typed = searchAnswer((q) => q.get('q') === WORD);
    await page.getByTestId('search-input').pressSequentially(WORD, { delay: 40 });
    expect((await typed).status()).toBe(200);
    await settled();
    expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
    const afterText = await total();
    expect(afterText).toBeGreaterThan(0);
    expect(afterText).toBeLessThan(everything);
    expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    const marks = await page.locator('[data-testid="search-hit"] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.toLowerCase().includes(WORD))).toBe(true);
    const hitsText = (await page.getByTestId('search-hit').allTextContents()).join(' ');
    expect(hitsText).not.toContain(HIGHLIGHT_START);
    expect(hitsText).not.toContain(HIGHLIGHT_END);
    await shot('10-search-typed');

    // 2. Department facet: in the address, and every hit is in Finistère.
    const faceted = searchAnswer((q) => q.get('q') === WORD && q.getAll('department').includes('29'));
    await page.getByTestId('facet-department-29').check({ force: true });
    expect((await faceted).status()).toBe(200);
    await settled();
    expect(new URL(page.url()).searchParams.getAll('department')).toEqual(['29']);
    expect(await page.getByTestId('facet-department-29').isChecked()).toBe(true);
    const inFinistere = await total();
    expect(inFinistere).toBeGreaterThan(0);
    expect(inFinistere).toBeLessThanOrEqual(afterText);
    const departments = await hitDepartments();
    expect(departments.length).toBeGreaterThan(0);
    expect(departments.every((d) => d === '29')).toBe(true);
    await shot('11-search-facet');

    // 3. Within 50 km of the Brest naval base: the total shrinks or stays, distances are shown.
    const centred = searchAnswer((q) => q.get('site') === 'brest-naval-base' && !q.has('radiusKm'));
    await page.getByTestId('radius-site').selectOption({ label: 'Base navale de Brest' });
    expect((await centred).status()).toBe(200);
    await settled();
    const withCentre = await total();
    expect(withCentre).toBe(inFinistere); // a centre alone only adds distances

    const within = searchAnswer(
      (q) =>
        q.get('site') === 'brest-naval-base' &&
        q.get('radiusKm') === String(RADIUS_KM) &&
        q.getAll('department').includes('29'),
    );
    await page.getByTestId('radius-km').selectOption(String(RADIUS_KM));
    expect((await within).status()).toBe(200);
    await settled();
    const address = new URL(page.url()).searchParams;
    expect(address.get('site')).toBe('brest-naval-base');
    expect(address.get('radiusKm')).toBe(String(RADIUS_KM));
    const nearBrest = await total();
    expect(nearBrest).toBeLessThanOrEqual(inFinistere);
    const hits = await page.getByTestId('search-hit').count();
    if (nearBrest > 0) {
      const distances = (
        await page
          .getByTestId('hit-distance')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-km')))
      ).map(Number);
      expect(distances).toHaveLength(hits);
      for (const km of distances) {
        expect(Number.isFinite(km)).toBe(true);
        expect(km).toBeLessThanOrEqual(RADIUS_KM);
      }
      expect(await page.getByTestId('hit-distance').first().isVisible()).toBe(true);
      expect((await hitDepartments()).every((d) => d === '29')).toBe(true);
    } else {
      await page.getByTestId('search-empty').waitFor();
    }
    await shot('12-search-radius');

    // 4. The address is the search: a reload shows the same search and the same total.
    const sharedUrl = page.url();
    const reloaded = searchAnswer((q) => q.get('radiusKm') === String(RADIUS_KM));
    await page.reload();
    expect((await reloaded).status()).toBe(200);
    await page.getByTestId('search-total').waitFor();
    await settled();
    expect(page.url()).toBe(sharedUrl);
    expect(await total()).toBe(nearBrest);
    expect(await page.getByTestId('search-input').inputValue()).toBe(WORD);
    expect(await page.getByTestId('facet-department-29').isChecked()).toBe(true);
    expect(await page.getByTestId('radius-site').inputValue()).toBe('brest-naval-base');
    expect(await page.getByTestId('radius-km').inputValue()).toBe(String(RADIUS_KM));

    // 5. Back goes to the search before the radius.
    await page.goBack();
    await page.waitForURL(
      (url) => url.searchParams.get('site') === 'brest-naval-base' && !url.searchParams.has('radiusKm'),
    );
    await page.locator(`[data-testid="search-total"][data-total="${withCentre}"]`).waitFor();
    expect(await page.getByTestId('radius-km').inputValue()).toBe('');
  });
});
