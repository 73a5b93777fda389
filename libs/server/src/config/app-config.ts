import { isIP } from 'node:net';
import { z } from 'zod';

/** `Name <address>` or a bare address: the sender's name is kept apart so that nodemailer quotes it. */
const mailbox = z.string().transform((value, ctx) => {
  const m = /^\s*(?:(.*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = m?.[2] ?? m?.[3] ?? '';
  if (!z.email().safeParse(address).success) {
    ctx.addIssue({ code: 'custom', message: 'must be an address or Name <address>' });
    return z.NEVER;
  }
  return { name: m?.[1]?.replace(/^"(.*)"$/, '$1') ?? '', address };
});
/** An optional variable: unset and empty (`VAR=` in a compose file) both mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * `CORS_ORIGINS`: comma-separated origins (`https://partner.example.fr,http://localhost:5173`),
 * each a scheme, host and optional port, nothing more. Empty = no other origin is allowed.
 */
const originList = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const origins: string[] = [];
    for (const item of raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const url = URL.canParse(item) ? new URL(item) : null;
      const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username;
      if (!url || !bare || !['http:', 'https:'].includes(url.protocol)) {
        ctx.addIssue({
          code: 'custom',
          message: `${item} is not an origin such as https://app.example.fr (scheme, host and port only)`,
        });
        return z.NEVER;
      }
      origins.push(url.origin);
    }
    return origins;
  });

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address Express's `trust proxy` takes in a list: an IP, a CIDR range or a named range. */
function isProxyAddress(item: string): boolean {
  if (PROXY_NAMES.includes(item)) return true;
  const [ip, bits, ...rest] = item.split('/');
  const family = isIP(ip);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/**
 * `TRUST_PROXY`, as Express's `trust proxy` reads it: true (every proxy: only when nothing can
 * reach the api but the proxy), false, a number of proxy hops, or a comma-separated list of proxy
 * addresses (IPs, CIDR ranges, loopback, linklocal, uniquelocal).
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((raw, ctx): boolean | number | string[] => {
    const value = raw.trim();
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    const items = value.split(',').map((s) => s.trim());
    const wrong = items.filter((i) => !isProxyAddress(i));
    if (wrong.length) {
      ctx.addIssue({
        code: 'custom',
        message: `must be true, false, a number of hops or proxy addresses (IP, CIDR, loopback…); not ${wrong.join(', ')}`,
      });
      return z.NEVER;
    }
    return items;
  });

/** One configuration for api, worker and cli; `.env.example` lists the same variables. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/bitd'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.string().default(''),
  /** The api's search-only key; unset = the api derives one from the master key (/keys). */
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  /** Prefix of every Meilisearch index, BullMQ queue and Redis key: lets tests and several deployments share services. */
  NAMESPACE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'lowercase letters, digits and _ only')
    .default('bitd'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().default('dist/web'),
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Bearer token for administrator calls by machines (scripts, monitoring); unset = none. People sign in. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Where people reach the platform: links in e-mails and the OpenID redirect are built from it. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  /** A session ends after this long without a request… */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(120),
  /** …and after this long in any case. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** Failed password sign-ins (per account) before the account locks for SIGN_IN_LOCK_MINUTES. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Password sign-in attempts per client (IP) per 15 minutes, whatever the account. */
  SIGN_IN_MAX_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  /** Where the worker sends mail (smtps:// for TLS from the start; user:password@ in the URL). */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .default('smtp://127.0.0.1:1025'),
  /** Sender of every mail. */
  MAIL_FROM: mailbox.prefault('BITD Bretagne (démo) <no-reply@bitd-bretagne.example.fr>'),
  /**
   * The OpenID Connect provider (ProConnect in production); unset = no OpenID sign-in. HTTPS,
   * except on this machine (the local demo provider).
   */
  OIDC_ISSUER: optional(
    z.url().refine((v) => {
      const u = new URL(v);
      return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
    }, 'must be an https URL (http only on 127.0.0.1 or localhost)'),
  ),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  /** The provider's name on the sign-in button. */
  OIDC_LABEL: z.string().trim().min(1).max(60).default('ProConnect'),
  /** ProConnect has one scope per claim; the platform reads the e-mail and the names. */
  OIDC_SCOPES: z
    .string()
    .default('openid email given_name usual_name')
    .refine((v) => v.split(' ').includes('openid'), 'must include openid'),
  /** Sent as `acr_values` when set (e.g. `eidas1`), for providers that ask for a level. */
  OIDC_ACR_VALUES: optional(z.string().min(1)),
  /** Sent as the `claims` parameter when set: a JSON object, e.g. {"id_token":{"amr":{"essential":true}}}. */
  OIDC_CLAIMS: optional(
    z.string().refine((v) => {
      try {
        const parsed: unknown = JSON.parse(v);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
      } catch {
        return false;
      }
    }, 'must be a JSON object'),
  ),
  /** Origins whose pages may call the API from a browser (with credentials); none by default. */
  CORS_ORIGINS: originList,
  /** Which proxies to believe about the client's address (X-Forwarded-For): rate limits and logs. */
  TRUST_PROXY: trustProxy,
});

/** Variables that only make sense together. */
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  if (env.MEILI_SEARCH_KEY && env.MEILI_SEARCH_KEY === env.MEILI_MASTER_KEY)
    ctx.addIssue({
      code: 'custom',
      path: ['MEILI_SEARCH_KEY'],
      message: 'is the master key: give a key whose only action is search',
    });
  if (!env.OIDC_ISSUER) return;
  for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
    if (!env[key])
      ctx.addIssue({ code: 'custom', path: [key], message: 'is required when OIDC_ISSUER is set' });
  }
});

export type AppConfig = Readonly<z.output<typeof envSchema>>;

export class ConfigError extends Error {}

/** Validates the environment once, at start; a wrong value stops the process with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = checkedEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
