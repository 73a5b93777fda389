import { browserSession } from './browser';

/** Every page of the web app that loads its own code, and the API's Swagger UI. */
const PAGES = [
  '/',
  '/recherche?q=sonar',
  '/fournisseurs',
  '/fournisseurs/nouveau',
  '/opportunites',
  '/opportunites/nouveau',
  '/import',
];

describe('security headers in Chromium: the strict CSP holds on every page', () => {
  const ui = browserSession();

  /** Violations the page reported since it loaded (the listener is set before any script runs). */
  const violations = () => ui.page.evaluate<string[]>('window.violations');

  beforeAll(() =>
    ui.page.addInitScript({
      content: `window.violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample));`,
    }),
  );

  it.each(['light', 'dark'] as const)(
    'loads the web app in the %s colour scheme with no CSP violation',
    async (scheme) => {
      await ui.page.emulateMedia({ colorScheme: scheme });
      for (const path of PAGES) {
        const res = await ui.page.goto(ui.platform.url + path, { waitUntil: 'networkidle' });
        const csp = res?.headers()['content-security-policy'] ?? '';
        expect(csp).toContain("script-src 'self';");
        expect(csp).not.toContain("'unsafe-inline'");
        expect(csp).not.toContain("'unsafe-eval'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(res?.headers()['strict-transport-security']).toBeUndefined(); // not in production
        expect({ path, violations: await violations() }).toEqual({ path, violations: [] });
      }
      // react-dsfr wrote its colour-scheme <style>, and no violation above: its hash let it in.
      expect(
        await ui.page.evaluate<string[]>("[...document.querySelectorAll('style')].map((s) => s.textContent)"),
      ).toContain(`:root { color-scheme: ${scheme}; }`);
      await ui.page.goto(`${ui.platform.url}/recherche?q=sonar`, { waitUntil: 'networkidle' });
      await ui.shot(`90-csp-search-${scheme}`);
    },
  );

  it('serves Swagger UI under its own policy: inline styles allowed, scripts still files only', async () => {
    const res = await ui.page.goto(`${ui.platform.url}/api/docs`, { waitUntil: 'networkidle' });
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    await ui.page.locator('.swagger-ui .opblock').first().waitFor();
    expect(await ui.page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(10);
    expect(await violations()).toEqual([]);
    await ui.shot('91-csp-api-docs');
  });
});
