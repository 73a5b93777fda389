import { luhnValid } from '@bitd/domain';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { RunningPlatform, SCREENSHOTS, launchChromium, startBuiltPlatform } from './browser';

/** A SIRET no demo company has: SIREN and SIRET both Luhn-valid. */
function freshSiret(): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  const siren = complete('55210099');
  return complete(`${siren}0001`);
}

describe('supplier directory, profile and editor in Chromium', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    platform = await startBuiltPlatform();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('opens the directory, a profile, edits it, sees a SIRET error next to the field, fixes it and sees the saved value', async () => {
    await page.goto(`${platform.url}/fournisseurs`);
    const firstProfile = page.locator('a[href^="/fournisseurs/"]:not([href$="nouveau"])').first();
    await firstProfile.waitFor();
    await expect(
      page
        .getByText(/fictives/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await shot('01-directory');

    await firstProfile.click();
    const title = page.locator('h1:visible');
    await title.waitFor();
    const name = (await title.textContent())?.trim();
    expect(name).toBeTruthy();
    await page.getByTestId('supplier-siret').waitFor();
    await shot('02-profile');

    await page
      .getByRole('link', { name: /modifier/i })
      .or(page.getByRole('button', { name: /modifier/i }))
      .first()
      .click();
    const siret = page.locator('input[name="siret"]');
    await siret.waitFor();
    await siret.fill('12345678901234');
    await page.getByTestId('save-supplier').click();
    const error = page.getByTestId('error-siret');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Luhn|checksum|SIREN/i);
    await shot('03-editor-siret-error');

    const good = freshSiret();
    await siret.fill(good);
    await page.getByTestId('save-supplier').click();
    await page.waitForURL(/\/fournisseurs\/[0-9a-f-]{36}$/);
    await page.getByTestId('supplier-siret').waitFor();
    expect((await page.getByTestId('supplier-siret').textContent())?.replace(/\s/g, '')).toContain(good);
    expect((await title.textContent())?.trim()).toBe(name);
    await shot('04-profile-saved');
  });
});
