import { OPPORTUNITY_CSV_LAYOUT } from '@bitd/domain';
import { DEMO, browserSession, signIn } from './browser';

const COLUMNS = OPPORTUNITY_CSV_LAYOUT.columns.join(',');

/** Keys and titles of this run only: a second run on the same database still creates its rows. */
const RUN = Date.now().toString(36);
const MACHINING = `Usinage de pièces de structure navale (import ${RUN})`;
const TEST_BENCH = `Banc d'essai de maintenance aéronautique (import ${RUN})`;

/**
 * Two valid rows and one whose trlMin is not a number (line 4, the header being line 1). Codes far
 * from sonar: the other browser tests share the database and look for sonar matches.
 */
const CSV = [
  COLUMNS,
  `IMP-${RUN}-1,subcontracting,${MACHINING},,Naval Group,FDI,42600000:2,EN9100;ISO9001,DR,5,7,Lorient,47.75,-3.37,80,2099-05-31,public`,
  `IMP-${RUN}-2,platform_access,${TEST_BENCH},Accès à un banc d'essai,Région Bretagne,,50211000,,,4,,,,,,2099-06-30,public`,
  `IMP-${RUN}-3,subcontracting,Ligne refusée (import ${RUN}),,Naval Group,,42600000,,,six,,,,,,2099-07-31,public`,
].join('\n');

describe('opportunity import in Chromium', () => {
  const ui = browserSession();

  it('imports an opportunity CSV, reports 2 created and the bad trlMin with its line, then lists an imported one', async () => {
    // Imports are for region agents and administrators.
    await signIn(ui.page, ui.platform.url, DEMO.agent);
    await ui.page.goto(`${ui.platform.url}/import`);
    await ui.page.getByTestId('import-kind-opportunities').check({ force: true });
    // The help now gives the opportunity CSV columns.
    await ui.page
      .getByTestId('import-format-help')
      .locator('code', { hasText: 'requiredCapabilities' })
      .waitFor();
    await ui.page.locator('input[name="file"]').setInputFiles({
      name: 'opportunites.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await ui.page.getByTestId('import-submit').click();

    const report = ui.page.getByTestId('import-report');
    await report.waitFor();
    expect(await ui.page.getByTestId('import-created').locator('dd').textContent()).toBe('2');
    expect(await ui.page.getByTestId('import-rejected').locator('dd').textContent()).toBe('1');
    const errorRow = report.locator('tbody tr', { hasText: 'trlMin' });
    expect(await errorRow.count()).toBe(1);
    const cells = await errorRow.locator('td').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[1]).toBe(`IMP-${RUN}-3`);
    expect(cells[2]).toBe('trlMin');
    await ui.shot('14-opportunity-import-report');

    // The report leads to the list, most recently changed first: the imported needs are on top.
    await ui.page.getByTestId('import-see-list').click();
    await ui.page.waitForURL((url) => url.pathname === '/opportunites');
    const card = ui.page.getByTestId('opportunity-card').filter({ hasText: MACHINING });
    await card.waitFor();
    expect(await card.textContent()).toContain('Naval Group');
    await ui.shot('15-opportunity-import-listed');
  });
});
