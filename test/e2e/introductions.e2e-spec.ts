import type { IntroductionView, OpportunityView, SessionView, SupplierView } from '@bitd/domain';
import type { Page } from 'playwright-core';
import { DEMO, apiOf, browserSession, signIn, waitForSearchIndex } from './browser';

/**
 * An introduction from a match to a contract: the agent proposes it from an opportunity's
 * matches, the supplier accepts from its inbox, the buyer accepts and sees the supplier's contacts,
 * and the agent moves the card on the board (dragged, then with the keyboard's status select).
 */
describe('introductions brokered by a region agent, in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, 200));

  const card = (page: Page, id: string) => page.locator(`[data-testid="introduction-card"][data-id="${id}"]`);
  const column = (page: Page, status: string) =>
    page.locator(`[data-testid="board-column"][data-status="${status}"]`);

  it('goes from a match to a contract', async () => {
    const url = ui.platform.url;
    // The demo company of pme@ (fictional) and what it declares: the opportunity asks for exactly that.
    const supplierPage = await ui.newPage();
    await signIn(supplierPage, url, DEMO.sme);
    const session = (await (await apiOf(supplierPage, url).get('/auth/session')).json()) as SessionView;
    const supplierId = session.user!.membership!.supplierId!;
    const supplier = (await (
      await apiOf(supplierPage, url).get(`/suppliers/${supplierId}`)
    ).json()) as SupplierView;
    const codes = [...new Set(supplier.capabilities.map((c) => c.code))].slice(0, 3);

    await signIn(ui.page, url, DEMO.agent);
    const created = await apiOf(ui.page, url).post('/opportunities', {
      kind: 'subcontracting',
      title: `Sous-traitance pour ${supplier.name} (exemple de mise en relation)`,
      description: supplier.description ?? 'Besoin de démonstration',
      issuer: 'DGA Techniques navales',
      requiredCapabilities: codes.map((code) => ({ code })),
      deadline: '2099-06-30',
      status: 'published',
    });
    expect(created.status()).toBe(201);
    const opportunity = (await created.json()) as OpportunityView;

    // 1. The agent proposes the introduction from the opportunity's matches.
    await ui.page.goto(`${url}/opportunites/${opportunity.id}`);
    await ui.page.getByTestId('matches-ready').waitFor({ timeout: 90000 });
    const match = ui.page.getByTestId('supplier-match').filter({ hasText: supplier.name }).first();
    await match.waitFor();
    await match.getByTestId('propose-introduction').click();
    await match
      .locator('textarea[name="message"]')
      .fill('Votre savoir-faire correspond à ce besoin de la DGA : un premier échange ?');
    await match.getByTestId('send-introduction').click();
    await match.getByTestId('introduction-proposed').waitFor();
    await ui.shots('60-introduction-proposed-from-match');
    await match.getByTestId('introduction-proposed').getByRole('link').click();
    await ui.page.waitForURL(/\/mises-en-relation\/[0-9a-f-]{36}$/);
    const id = ui.page.url().split('/').pop()!;

    // 2. The supplier accepts from its inbox.
    await supplierPage.goto(`${url}/mises-en-relation`);
    const pending = supplierPage.getByTestId('inbox-to-answer').locator(`[data-id="${id}"]`);
    await pending.waitFor();
    await ui.shots('61-introduction-supplier-inbox', supplierPage);
    await pending.getByTestId('accept-introduction').click();
    await supplierPage.getByTestId('inbox-others').locator(`[data-id="${id}"]`).waitFor();

    // 3. The buyer accepts: the contacts are shared, the supplier's among them.
    const buyerPage = await ui.newPage();
    await signIn(buyerPage, url, DEMO.dgaBuyer);
    await buyerPage.goto(`${url}/mises-en-relation/${id}`);
    await buyerPage.getByTestId('contacts-hidden').waitFor();
    expect(await buyerPage.content()).not.toContain(DEMO.sme);
    await buyerPage.getByTestId('accept-introduction').click();
    const contacts = buyerPage.getByTestId('introduction-contacts');
    await contacts.waitFor();
    expect(await contacts.textContent()).toContain(DEMO.sme);
    expect(await buyerPage.getByTestId('introduction-status').getAttribute('data-status')).toBe('accepted');
    await ui.shots('62-introduction-contacts-shared', buyerPage);

    // 4. The agent drags the card to « rendez-vous planifié » (the date is asked on the card)…
    await ui.page.goto(`${url}/agent/mises-en-relation`);
    const accepted = card(ui.page, id);
    await column(ui.page, 'accepted').locator(`[data-id="${id}"]`).waitFor();
    await ui.shots('63-introductions-board');
    // Held by its top corner (the card's padding): its middle may be a link or the status select.
    await column(ui.page, 'accepted')
      .locator('li[draggable="true"]', { has: accepted })
      .dragTo(column(ui.page, 'meeting_planned'), {
        sourcePosition: { x: 6, y: 6 },
        targetPosition: { x: 40, y: 20 },
      });
    const dateInput = accepted.getByTestId('move-date');
    await dateInput.waitFor();
    await dateInput.fill('2099-01-15');
    await accepted.getByTestId('move-apply').click();
    const planned = column(ui.page, 'meeting_planned').locator(`[data-id="${id}"]`);
    await planned.waitFor();

    // …then, with the keyboard's way, to « contrat ».
    await planned.getByTestId('move-status').selectOption('contract');
    await planned.getByTestId('move-apply').click();
    await column(ui.page, 'contract').locator(`[data-id="${id}"]`).waitFor();
    await ui.shots('64-introductions-board-contract');

    const final = (await (await apiOf(ui.page, url).get(`/introductions/${id}`)).json()) as IntroductionView;
    expect(final).toMatchObject({ status: 'contract', outcome: 'contract', meetingDate: '2099-01-15' });
    expect(final.timeline.map((e) => e.kind)).toEqual([
      'proposed',
      'accepted',
      'accepted',
      'revealed',
      'meeting_planned',
      'outcome_recorded',
    ]);

    // The detail page tells the story, at both widths.
    await ui.page.goto(`${url}/mises-en-relation/${id}`);
    await ui.page.getByTestId('timeline-outcome_recorded').waitFor();
    await ui.shots('65-introduction-detail');

    // Each side was told, in its inbox, of what the others did (never of its own moves).
    const told = async (page: Page, titles: RegExp[], shot: string) => {
      const about = page.getByTestId('notifications-list').locator(`a[href="/mises-en-relation/${id}"]`);
      for (let attempt = 0; ; attempt++) {
        await page.goto(`${url}/notifications`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const texts = await about.allTextContents();
        if (titles.every((t) => texts.some((x) => t.test(x)))) break;
        if (attempt === 40) throw new Error(`${shot}: missing among ${JSON.stringify(texts)}`);
        await page.waitForTimeout(500);
      }
      await ui.shots(shot, page);
      return about.allTextContents();
    };
    // The supplier: the proposal, the buyer's answer, the confirmation (contacts shared), the meeting, the contract.
    const supplierTold = await told(
      supplierPage,
      [
        /proposée/,
        /acceptée/,
        /confirmée/,
        /rendez-vous prévu le 15 janvier 2099/i,
        /issue enregistrée \(un contrat\)/i,
      ],
      '66-introduction-notifications-supplier',
    );
    // The buyer: the same with the supplier's answer, not the confirmation (its own acceptance made it).
    await told(
      buyerPage,
      [/proposée/, /acceptée/, /rendez-vous prévu le 15 janvier 2099/i, /issue enregistrée \(un contrat\)/i],
      '67-introduction-notifications-buyer',
    );
    // The agent: both answers and the confirmation; its own moves are not news to it.
    const agentTold = await told(ui.page, [/acceptée/, /confirmée/], '68-introduction-notifications-agent');
    expect(agentTold.some((t) => /rendez-vous/i.test(t))).toBe(false);
    expect(agentTold.filter((t) => /acceptée/.test(t))).toHaveLength(2);
    // The supplier accepted itself: it hears of the buyer's answer only.
    expect(supplierTold.filter((t) => /acceptée/.test(t))).toHaveLength(1);
  }, 300000);
});
