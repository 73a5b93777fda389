import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';

/**
 * The one inline style the web app writes: react-dsfr puts `:root { color-scheme: … }` in a
 * <style> element when the colour scheme is known or changes. Allowed by its hashes, so that
 * styles need no 'unsafe-inline'.
 */
const DSFR_COLOR_SCHEME_STYLES = ['light', 'dark'].map((scheme) => {
  const css = `:root { color-scheme: ${scheme}; }`;
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
});

/**
 * Content-Security-Policy directives of the web app and the API: scripts, styles, fonts and
 * requests from this origin only, images also as data: URLs (the DSFR's icons), no plugins, no
 * framing, forms posted here or to `formActionOrigins` (the OpenID provider of the sign-in
 * redirect). `inlineStyles` is for pages whose markup carries inline styles (Swagger UI).
 */
export function contentSecurityDirectives(options: {
  formActionOrigins: readonly string[];
  production: boolean;
  inlineStyles?: boolean;
}): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", ...(options.inlineStyles ? ["'unsafe-inline'"] : DSFR_COLOR_SCHEME_STYLES)],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...options.formActionOrigins],
    // Over plain http (development) an upgrade would send every asset request to https.
    ...(options.production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Helmet's headers with our CSP; HSTS only in production (a development server over http must
 * not make the browser insist on https for localhost). Swagger UI (`docsPath`) gets the same
 * policy with inline styles allowed: its page has <style> blocks, its scripts are files.
 */
export function securityHeaders(options: {
  production: boolean;
  formActionOrigins: readonly string[];
  docsPath: string;
}): RequestHandler {
  const headers = (inlineStyles: boolean) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: contentSecurityDirectives({ ...options, inlineStyles }),
      },
      strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
    });
  const strict = headers(false);
  const docs = headers(true);
  return (req, res, next) =>
    (req.path === options.docsPath || req.path.startsWith(`${options.docsPath}/`) ? docs : strict)(
      req,
      res,
      next,
    );
}

/** The origin of the OpenID provider's sign-in page, when one is configured. */
export function formActionOrigins(oidcIssuer: string | undefined): string[] {
  return oidcIssuer && URL.canParse(oidcIssuer) ? [new URL(oidcIssuer).origin] : [];
}
