/**
 * Whether an e-mail address is on a company's own website domain: the claim check that lets a
 * verified address stand for the company without an agent. Deliberately narrow — anything in
 * doubt goes to an agent instead.
 */

/** Addresses anybody can open: they prove nothing about a company whose site shares the domain. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'aol.com',
  'bbox.fr',
  'club-internet.fr',
  'free.fr',
  'gmail.com',
  'gmx.com',
  'gmx.fr',
  'googlemail.com',
  'hotmail.com',
  'hotmail.fr',
  'icloud.com',
  'laposte.net',
  'live.com',
  'live.fr',
  'mail.com',
  'me.com',
  'msn.com',
  'neuf.fr',
  'numericable.fr',
  'orange.fr',
  'outlook.com',
  'outlook.fr',
  'proton.me',
  'protonmail.com',
  'sfr.fr',
  'wanadoo.fr',
  'yahoo.com',
  'yahoo.fr',
  'yandex.com',
]);

/**
 * Public suffixes of two labels under which a company registers its name (`x.com.fr`). Not the
 * whole Public Suffix List: a host under a suffix missing here reads as a subdomain, so the
 * claim waits for an agent, which is the safe way to be wrong.
 */
const TWO_LABEL_SUFFIXES = new Set(['asso.fr', 'com.fr', 'nom.fr', 'tm.fr', 'co.uk', 'org.uk', 'com.br']);

/** The registrable domain a website is on (host without `www.`), or null when it is not one. */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  let host: string;
  try {
    host = new URL(website).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  const labels = host.split('.');
  if (labels.some((l) => !/^[a-z0-9-]+$/.test(l)) || /^\d+$/.test(labels[labels.length - 1])) return null;
  const registrable =
    labels.length === 2 || (labels.length === 3 && TWO_LABEL_SUFFIXES.has(labels.slice(1).join('.')));
  return registrable ? host : null;
}

/** True when the address's domain is exactly the website's registrable domain (no subdomain either way). */
export function emailOnWebsiteDomain(email: string, website: string | null): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const site = websiteDomain(website);
  return site !== null && domain === site && !PUBLIC_MAIL_DOMAINS.has(domain);
}
