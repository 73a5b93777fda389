import type { Request, Response } from 'express';
import { formActionOrigins, securityHeaders } from './security-headers';

/** The headers the middleware sets on a request for `path`. */
function headersFor(options: Parameters<typeof securityHeaders>[0], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  } as unknown as Response;
  let called = false;
  securityHeaders(options)({ path } as Request, res, () => (called = true));
  expect(called).toBe(true);
  return headers;
}

const development = { production: false, formActionOrigins: [], docsPath: '/api/docs' };

describe('security headers', () => {
  it('gives the web app and the API a strict CSP: scripts and styles from this origin only', () => {
    const csp = headersFor(development, '/recherche')['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe');
    expect(csp).toMatch(/style-src 'self' 'sha256-[^']+' 'sha256-[^']+';/);
  });

  it('relaxes styles only for Swagger UI, never scripts', () => {
    for (const path of ['/api/docs', '/api/docs/swagger-ui-init.js']) {
      const csp = headersFor(development, path)['content-security-policy'];
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("script-src 'self';");
    }
    expect(headersFor(development, '/api/docs-json')['content-security-policy']).not.toContain('unsafe');
  });

  it('sends HSTS and upgrades requests only in production', () => {
    const dev = headersFor(development, '/');
    expect(dev['strict-transport-security']).toBeUndefined();
    expect(dev['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const prod = headersFor({ ...development, production: true }, '/');
    expect(prod['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(prod['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it("lets forms go to the OpenID provider's origin when one is configured", () => {
    expect(formActionOrigins(undefined)).toEqual([]);
    expect(formActionOrigins('not a url')).toEqual([]);
    const origins = formActionOrigins('https://auth.example.gouv.fr/realms/bitd');
    expect(origins).toEqual(['https://auth.example.gouv.fr']);
    const csp = headersFor({ ...development, formActionOrigins: origins }, '/')['content-security-policy'];
    expect(csp).toContain("form-action 'self' https://auth.example.gouv.fr");
  });
});
