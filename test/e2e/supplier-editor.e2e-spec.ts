import { luhnValid } from '@bitd/domain';
import { DEMO, browserSession, signIn } from './browser';

/** A SIRET no demo company has: SIREN and SIRET both Luhn-valid. */
function freshSiret(): string {
  const complete = (body: string) => body + [...'0123456789'].find((d) => luhnValid(body + d));
  const siren = complete('55210099');
  return complete(`${siren}0001`);
}

describe('supplier directory, profile and editor in Chromium', () => {
  const ui = browserSession();

  it('opens the directory, a profile, edits it, sees a SIRET error next to the field, fixes it and sees the saved value', async () => {
    // A region agent edits any profile (a company's members edit only their own).
    await signIn(ui.page, ui.platform.url, DEMO.agent);
    await ui.page.goto(`${ui.platform.url}/fournisseurs`);
    const firstProfile = ui.page.locator('a[href^="/fournisseurs/"]:not([href$="nouveau"])').first();
    await firstProfile.waitFor();
    await expect(
      ui.page
        .getByText(/fictives/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await ui.shot('01-directory');

    await firstProfile.click();
    const title = ui.page.locator('h1:visible');
    await title.waitFor();
    const name = (await title.textContent())?.trim();
    expect(name).toBeTruthy();
    await ui.page.getByTestId('supplier-siret').waitFor();
    await ui.shot('02-profile');

    await ui.page
      .getByRole('link', { name: /modifier/i })
      .or(ui.page.getByRole('button', { name: /modifier/i }))
      .first()
      .click();
    const siret = ui.page.locator('input[name="siret"]');
    await siret.waitFor();
    await siret.fill('12345678901234');
    await ui.page.getByTestId('save-supplier').click();
    const error = ui.page.getByTestId('error-siret');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Luhn|checksum|SIREN/i);
    await ui.shot('03-editor-siret-error');

    const good = freshSiret();
    await siret.fill(good);
    await ui.page.getByTestId('save-supplier').click();
    await ui.page.waitForURL(/\/fournisseurs\/[0-9a-f-]{36}$/);
    await ui.page.getByTestId('supplier-siret').waitFor();
    expect((await ui.page.getByTestId('supplier-siret').textContent())?.replace(/\s/g, '')).toContain(good);
    expect((await title.textContent())?.trim()).toBe(name);
    await ui.shot('04-profile-saved');
  });
});
