import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DEMO, browserSession, signIn } from './browser';

const TOKEN = 'e2e-unsubscribe-token-0123456789abcdefghijkl';

/** The bell, the inbox, the preferences and the unsubscribe landing page, at 1280 and 375 px. */
describe('notifications in the browser: bell, inbox, preferences, unsubscribe', () => {
  const ui = browserSession();

  beforeAll(async () => {
    // What the worker would have made for the demo SME member (no worker runs here).
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const [{ id: userId }] = (
        await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [DEMO.sme])
      ).rows;
      await db.query('DELETE FROM notifications WHERE user_id = $1', [userId]);
      const add = (key: string, kind: string, title: string, body: string, link: string, read: boolean) =>
        db.query(
          `INSERT INTO notifications (user_id, kind, dedupe_key, title, body, link, delivery, read_at, mail_queued_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'immediate', $7, now())`,
          [
            userId,
            kind,
            key,
            { fr: title, en: title },
            { fr: body, en: body },
            link,
            read ? new Date() : null,
          ],
        );
      await add(
        'e2e-1',
        'opportunity_match',
        'Nouvelle opportunité pour votre entreprise : « Antennes sonar pour frégates »',
        'Naval Group a publié « Antennes sonar pour frégates », date limite le 2098-06-30. Adéquation 92/100. Pourquoi : Capacité déclarée 38113000 « Sonars » : même code que celui du besoin « Sonars » (100 %)',
        '/opportunites',
        false,
      );
      await add(
        'e2e-2',
        'certification_expiry',
        'EN 9100 expire dans moins de 30 jours',
        'La certification EN 9100 de votre entreprise est valide jusqu’au 2031-06-30. Pensez à la renouveler et à mettre le profil à jour.',
        '/fournisseurs',
        false,
      );
      await add(
        'e2e-3',
        'watched_opportunity',
        'Opportunité close : « Usinage »',
        'Elle est close.',
        '/opportunites',
        true,
      );
      await db.query(
        `INSERT INTO unsubscribe_tokens (id, user_id, kind) VALUES ($1, $2, 'saved_search') ON CONFLICT DO NOTHING`,
        [createHash('sha256').update(TOKEN).digest('hex'), userId],
      );
    } finally {
      await db.end();
    }
  });

  it('shows the unread count in the header and the inbox, and marks read', async () => {
    const { page } = ui;
    await signIn(page, ui.platform.url, DEMO.sme);
    const count = page.getByTestId('notification-count').first();
    await count.waitFor();
    expect(await count.textContent()).toBe('2');
    await ui.shots('70-notifications-bell');
    await page.getByTestId('notification-bell').first().click();
    await page.waitForURL((u) => u.pathname === '/notifications');
    await page.getByTestId('notifications-list').waitFor();
    expect(await page.getByTestId('notifications-unread').textContent()).toBe('2 notifications non lues');
    expect(await page.locator('.bitd-notification').count()).toBe(3);
    await ui.shots('71-notifications-inbox');
    await page.getByRole('button', { name: 'Marquer comme lu', exact: true }).first().click();
    await page.getByText('1 notification non lue').waitFor();
    await page.getByTestId('notifications-read-all').click();
    await page.getByText('Tout est lu.').waitFor();
    await page.getByTestId('notification-count').first().waitFor({ state: 'detached' });
  });

  it('sets a kind to the daily summary or off', async () => {
    const { page } = ui;
    await page.goto(`${ui.platform.url}/notifications/preferences`);
    await page.locator('fieldset', { hasText: 'Recherches enregistrées' }).first().waitFor();
    await page.locator('input[name="delivery-saved_search"][value="off"]').check({ force: true });
    await page.locator('input[name="delivery-portfolio_match"][value="immediate"]').check({ force: true });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('preferences-saved').waitFor();
    await page.reload();
    await page.locator('fieldset', { hasText: 'Recherches enregistrées' }).first().waitFor();
    expect(await page.locator('input[name="delivery-saved_search"][value="off"]').isChecked()).toBe(true);
    await ui.shots('72-notification-preferences');
  });

  it('unsubscribes from a mail link once, and says so when the link is used again', async () => {
    const visitor = await ui.newPage();
    await visitor.goto(`${ui.platform.url}/desabonnement?token=${TOKEN}`);
    await visitor.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await visitor.getByTestId('unsubscribed').waitFor();
    expect(await visitor.getByTestId('unsubscribed').textContent()).toContain(
      'Vous ne recevrez plus : « Recherches enregistrées »',
    );
    await ui.shots('73-unsubscribe-done', visitor);
    await visitor.reload();
    await visitor.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await visitor.getByTestId('unsubscribe-error').waitFor();
    expect(await visitor.getByTestId('unsubscribe-error').textContent()).toContain('a déjà servi');
    await ui.shots('74-unsubscribe-reused', visitor);
  });
});
