import { HIGHLIGHT_END, HIGHLIGHT_START, readSearchQuery } from '@bitd/domain';
import { browserSession, waitForSearchIndex } from './browser';

/** The demo set holds 220 fictional suppliers; the worker must have indexed (nearly) all of them. */
const MIN_INDEXED = 200;
const WORD = 'sonar';
const RADIUS_KM = 50;
/** Two ways of naming one capability, read as the same concept. */
const UUV_WORDS = ['drones sous-marins', 'UUV'];
const UUV_LABEL = 'drone sous-marin';
/** Welding is read, aluminium is not: the closest suppliers only weld near it. */
const NOT_EXACT = { words: 'soudure aluminium', read: 'soudage', offered: 'soudure de coques' };
/** A buyer's need pasted whole: longer than the search reads (32 words, 300 characters). */
const LONG_NEED =
  'Nous recherchons pour le programme de guerre des mines un fournisseur breton capable de concevoir, ' +
  'fabriquer et maintenir des drones sous-marins de surveillance des approches maritimes, avec ' +
  'intégration de capteurs acoustiques, essais en mer au large de Brest, formation des équipages, ' +
  'documentation technique en français, soutien logistique sur dix ans et habilitation au niveau requis.';

describe('supplier search page in Chromium', () => {
  const ui = browserSession({ worker: true }, (p) => waitForSearchIndex(p.url, MIN_INDEXED));

  /** The next answer of the search API whose query passes `check` (set up before the action). */
  const searchAnswer = (check: (query: URLSearchParams) => boolean) =>
    ui.page.waitForResponse((res) => {
      const url = new URL(res.url());
      return (
        url.pathname === '/api/v1/search/suppliers' &&
        res.request().method() === 'GET' &&
        check(url.searchParams)
      );
    });

  /** Results on screen are those of the last answer (not the previous ones kept while loading). */
  const settled = () => ui.page.locator('#search-results[aria-busy="false"]').waitFor();

  const total = async (): Promise<number> => {
    const value = await ui.page.getByTestId('search-total').getAttribute('data-total');
    expect(value).toMatch(/^\d+$/);
    return Number(value);
  };

  const hitDepartments = () =>
    ui.page
      .getByTestId('search-hit')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-department')));

  /** Types `text` into the search box (replacing what is there) and waits for its results. */
  const searchFor = async (text: string) => {
    const answer = searchAnswer((q) => q.get('q') === text);
    await ui.page.getByTestId('search-input').fill(text);
    expect((await answer).status()).toBe(200);
    await settled();
  };

  /** The first page's suppliers, in order: profile link, name, and whether it says why it matched. */
  const pageHits = () =>
    ui.page.getByTestId('search-hit').evaluateAll((els) =>
      els.map((el) => ({
        href: el.querySelector('h3 a')?.getAttribute('href'),
        name: el.querySelector('h3')?.textContent,
        why: el.querySelector('[data-testid="hit-why"]') !== null,
      })),
    );

  const understood = () => ui.page.getByTestId('understood-concept').allTextContents();

  it('searches as you type, narrows by department and by distance from a defence site, and keeps it all in the address', async () => {
    await ui.page.goto(`${ui.platform.url}/recherche`);
    await ui.page.getByTestId('search-total').waitFor();
    await settled();
    const everything = await total();
    expect(everything).toBeGreaterThanOrEqual(MIN_INDEXED);

    // 1. Results as you type, read as the capability « sonar »: each hit says why, markers never shown.
    const typed = searchAnswer((q) => q.get('q') === WORD);
    await ui.page.getByTestId('search-input').pressSequentially(WORD, { delay: 40 });
    expect((await typed).status()).toBe(200);
    await settled();
    expect(new URL(ui.page.url()).searchParams.get('q')).toBe(WORD);
    const afterText = await total();
    expect(afterText).toBeGreaterThan(0);
    expect(afterText).toBeLessThan(everything);
    expect(await ui.page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    expect(await understood()).toEqual([WORD]);
    expect(await ui.page.getByTestId('hit-why').first().textContent()).toContain(`Correspond à ${WORD}`);
    const hitsText = (await ui.page.getByTestId('search-hit').allTextContents()).join(' ');
    expect(hitsText).not.toContain(HIGHLIGHT_START);
    expect(hitsText).not.toContain(HIGHLIGHT_END);
    await ui.shot('10-search-typed');

    // 2. Department facet: in the address, and every hit is in Finistère.
    const faceted = searchAnswer((q) => q.get('q') === WORD && q.getAll('department').includes('29'));
    await ui.page.getByTestId('facet-department-29').check({ force: true });
    expect((await faceted).status()).toBe(200);
    await settled();
    expect(new URL(ui.page.url()).searchParams.getAll('department')).toEqual(['29']);
    expect(await ui.page.getByTestId('facet-department-29').isChecked()).toBe(true);
    const inFinistere = await total();
    expect(inFinistere).toBeGreaterThan(0);
    expect(inFinistere).toBeLessThanOrEqual(afterText);
    const departments = await hitDepartments();
    expect(departments.length).toBeGreaterThan(0);
    expect(departments.every((d) => d === '29')).toBe(true);
    await ui.shot('11-search-facet');

    // 3. Within 50 km of the Brest naval base: the total shrinks or stays, distances are shown.
    const centred = searchAnswer((q) => q.get('site') === 'brest-naval-base' && !q.has('radiusKm'));
    await ui.page.getByTestId('radius-site').selectOption({ label: 'Base navale de Brest' });
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
    await ui.page.getByTestId('radius-km').selectOption(String(RADIUS_KM));
    expect((await within).status()).toBe(200);
    await settled();
    const address = new URL(ui.page.url()).searchParams;
    expect(address.get('site')).toBe('brest-naval-base');
    expect(address.get('radiusKm')).toBe(String(RADIUS_KM));
    const nearBrest = await total();
    expect(nearBrest).toBeLessThanOrEqual(inFinistere);
    const hits = await ui.page.getByTestId('search-hit').count();
    if (nearBrest > 0) {
      const distances = (
        await ui.page
          .getByTestId('hit-distance')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-km')))
      ).map(Number);
      expect(distances).toHaveLength(hits);
      for (const km of distances) {
        expect(Number.isFinite(km)).toBe(true);
        expect(km).toBeLessThanOrEqual(RADIUS_KM);
      }
      expect(await ui.page.getByTestId('hit-distance').first().isVisible()).toBe(true);
      expect((await hitDepartments()).every((d) => d === '29')).toBe(true);
    } else {
      await ui.page.getByTestId('search-empty').waitFor();
    }
    await ui.shot('12-search-radius');

    // 4. The address is the search: a reload shows the same search and the same total.
    const sharedUrl = ui.page.url();
    const reloaded = searchAnswer((q) => q.get('radiusKm') === String(RADIUS_KM));
    await ui.page.reload();
    expect((await reloaded).status()).toBe(200);
    await ui.page.getByTestId('search-total').waitFor();
    await settled();
    expect(ui.page.url()).toBe(sharedUrl);
    expect(await total()).toBe(nearBrest);
    expect(await ui.page.getByTestId('search-input').inputValue()).toBe(WORD);
    expect(await ui.page.getByTestId('facet-department-29').isChecked()).toBe(true);
    expect(await ui.page.getByTestId('radius-site').inputValue()).toBe('brest-naval-base');
    expect(await ui.page.getByTestId('radius-km').inputValue()).toBe(String(RADIUS_KM));

    // 5. Back goes to the search before the radius.
    await ui.page.goBack();
    await ui.page.waitForURL(
      (url) => url.searchParams.get('site') === 'brest-naval-base' && !url.searchParams.has('radiusKm'),
    );
    await ui.page.locator(`[data-testid="search-total"][data-total="${withCentre}"]`).waitFor();
    expect(await ui.page.getByTestId('radius-km').inputValue()).toBe('');
  });

  it('reads « drones sous-marins » and « UUV » as one capability and finds the same suppliers, saying why', async () => {
    await ui.page.goto(`${ui.platform.url}/recherche`);
    await settled();

    const pages: Array<Awaited<ReturnType<typeof pageHits>>> = [];
    for (const [i, words] of UUV_WORDS.entries()) {
      await searchFor(words);
      expect(await understood()).toEqual([UUV_LABEL]);
      expect(await ui.page.getByTestId('unread-words').count()).toBe(0);
      expect(await ui.page.getByTestId('search-not-exact').count()).toBe(0);
      const hits = await pageHits();
      expect(hits.length).toBeGreaterThan(0);
      // Every supplier is there for the capability, and says so.
      expect(hits.every((h) => h.why)).toBe(true);
      pages.push(hits);
      const why = (await ui.page.getByTestId('hit-why').first().textContent())?.trim();
      expect(why).toMatch(new RegExp(`^Correspond à ${UUV_LABEL}\\s:\\s(déclaré|décrit)`));
      await ui.shots(`16-search-concept-${i + 1}`);
    }
    expect(pages[0].length).toBeGreaterThan(0);
    expect(pages[1]).toEqual(pages[0]);
  });

  it('says when no supplier fits every capability, and offers nearby ones as searches', async () => {
    await ui.page.goto(`${ui.platform.url}/recherche`);
    await settled();
    await searchFor(NOT_EXACT.words);
    expect(await understood()).toEqual([NOT_EXACT.read]);
    const notice = ui.page.getByTestId('search-not-exact');
    expect(await notice.textContent()).toContain(
      `Aucun fournisseur ne déclare ni ne décrit exactement «\u00a0${NOT_EXACT.read}\u00a0»`,
    );
    const offered = await notice.getByRole('link').allTextContents();
    expect(offered).toContain(NOT_EXACT.offered);
    expect(offered).not.toContain(NOT_EXACT.read);
    await ui.shots('17-search-not-exact');

    const followed = searchAnswer((q) => q.get('q') === NOT_EXACT.offered);
    await notice.getByRole('link', { name: NOT_EXACT.offered }).click();
    expect((await followed).status()).toBe(200);
    await settled();
    expect(await ui.page.getByTestId('search-input').inputValue()).toBe(NOT_EXACT.offered);
    expect(await understood()).toEqual([NOT_EXACT.offered]);
  });

  it('says how much of a long text it cut, and still reads the capability at its start', async () => {
    const reading = readSearchQuery(LONG_NEED);
    expect(reading.cut?.words).toBeGreaterThan(0);
    await ui.page.goto(`${ui.platform.url}/recherche`);
    await settled();
    await searchFor(LONG_NEED);

    const cut = ui.page.getByTestId('search-cut');
    expect(await cut.getAttribute('data-words')).toBe(String(reading.cut?.words));
    expect(await cut.textContent()).toContain(
      `Votre recherche a été raccourcie\u00a0: ${reading.cut?.words} mots ignorés`,
    );
    expect(await understood()).toContain(UUV_LABEL);
    // A paragraph leaves many words unread: a few are listed, the rest counted.
    expect(await ui.page.getByTestId('unread-words').textContent()).toMatch(/ et \d+ autres$/);
    await ui.shots('18-search-cut');
  });

  it('recognises a SIRET typed with spaces and finds its supplier', async () => {
    const listed = (await (await fetch(`${ui.platform.url}/api/v1/suppliers?pageSize=1`)).json()) as {
      items: Array<{ id: string; siret: string }>;
    };
    const { id, siret } = listed.items[0];
    await searchFor(`${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`);
    expect(await ui.page.getByTestId('understood-siret').textContent()).toBe(`SIRET reconnu\u00a0: ${siret}`);
    expect((await pageHits()).map((h) => h.href)).toEqual([`/fournisseurs/${id}`]);
  });
});
