import { join } from 'node:path';
import { DEMO, SCREENSHOTS, browserSession, signIn } from './browser';

describe('CPV picker in Chromium: words read through the defence thesaurus', () => {
  const ui = browserSession();

  /** The capabilities section alone, at 1280 then 375 px (`<name>-<width>-detail.png`): the list is small in a full page. */
  async function closeUps(name: string) {
    const section = ui.page.locator('#section-capabilities');
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      await ui.page.setViewportSize(viewport);
      await ui.page.waitForTimeout(350);
      await section.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.width}-detail.png`) });
    }
    await ui.page.setViewportSize({ width: 1280, height: 900 });
  }

  it('picks 35512400 by typing « drone sous-marin » and says which concept and words led to it', async () => {
    const { page } = ui;
    // A region agent creates profiles on a company's behalf: the editor with its capability list.
    await signIn(page, ui.platform.url, DEMO.agent);
    await page.goto(`${ui.platform.url}/fournisseurs/nouveau`);
    await page.getByTestId('add-capability').click();

    const box = page.getByRole('combobox', { name: 'Rechercher un code CPV' }).first();
    await box.fill('drone sous-marin');
    const options = page.getByRole('listbox', { name: 'Codes CPV proposés' }).getByRole('option');
    const first = options.first();
    await first.waitFor();
    expect(await first.textContent()).toContain('35512400');
    const why = first.locator('.bitd-combobox__why');
    expect(await why.textContent()).toBe(
      'Concept «\u00a0drone sous-marin\u00a0» · d’après vos mots «\u00a0drone sous-marin\u00a0»',
    );
    await first.scrollIntoViewIfNeeded();
    await ui.shots('70-cpv-picker-drone-sous-marin');
    await closeUps('70-cpv-picker-drone-sous-marin');

    // The keyboard: ↓ then Enter picks the first answer into the capability.
    await box.press('ArrowDown');
    await box.press('Enter');
    const code = page.locator('input[name="capabilities[0].code"]');
    await expect(code.inputValue()).resolves.toBe('35512400');
    await expect(page.locator('input[name="capabilities[0].label"]').inputValue()).resolves.not.toBe('');
    expect(await options.count()).toBe(0);
    await code.scrollIntoViewIfNeeded();
    await ui.shots('71-cpv-picker-picked');
    await closeUps('71-cpv-picker-picked');
  });

  it('says in French what to type when the text is only emoji or punctuation', async () => {
    const box = ui.page.getByRole('combobox', { name: 'Rechercher un code CPV' }).first();
    await box.fill('🚁 !!');
    const empty = ui.page.locator('.bitd-combobox__empty');
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/au moins un mot ou un chiffre/);
  });
});
