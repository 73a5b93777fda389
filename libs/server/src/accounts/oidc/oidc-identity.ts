/** Where the web may ask to land after sign-in: a path of this site, never another origin. */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 500) return '/';
  // Browsers read '//x' and '/\x' as another host, and URL parsers skip a tab or newline, so
  // '/<tab>/x' becomes '//x': one leading '/', no backslash, no control character.
  if (!raw.startsWith('/') || raw.includes('\\') || raw.startsWith('//')) return '/';
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/';
  return raw;
}

/** The person the provider vouches for, as the platform stores them. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** Lowercase; the provider has verified it. */
  email: string;
  displayName: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads the claims of the ID token and UserInfo together. ProConnect sends `given_name` and
 * `usual_name` (the name in use); other providers send `family_name`. Null without a usable e-mail.
 */
export function identityFromClaims(
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): OidcIdentity | null {
  const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string).trim() : '');
  const email = text('email').toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) return null;
  const name = [text('given_name'), text('usual_name') || text('family_name')].filter(Boolean).join(' ');
  return {
    issuer,
    subject,
    email,
    displayName: (name || text('name') || email.split('@')[0]).slice(0, 120),
  };
}
