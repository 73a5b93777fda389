import type { MemberRole, PlatformRole, SessionView } from '@bitd/domain';
import { CSRF_HEADER } from '@bitd/domain';
import {
  MembershipEntity,
  OrganisationEntity,
  PasswordService,
  REDIS,
  UserEntity,
  loadConfig,
} from '@bitd/server';
import type { Redis } from 'ioredis';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { nameKey } from '@bitd/server/opportunities/opportunity.mapper';
import { DataSource } from 'typeorm';
import { createApiApp } from '../bootstrap';

export interface JsonAnswer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps its cookies and sends the CSRF token with every change. */
export interface TestClient {
  readonly csrfToken: string;
  json<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonAnswer<T>>;
  /** A raw request with this client's cookies and CSRF header (uploads, downloads). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Fetches the session again (a new CSRF token after sign-in or sign-out). */
  refresh(): Promise<SessionView>;
}

export interface TestUserSpec {
  email: string;
  password?: string;
  platformRole?: PlatformRole;
  organisationId?: string;
  memberRole?: MemberRole;
  displayName?: string;
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestApi {
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  close(): Promise<void>;
  /** Removes every row the tests made (the test database belongs to the tests). */
  reset(): Promise<void>;
  /**
   * A request as the platform's machine administrator (ADMIN_TOKEN bearer): for tests whose
   * subject is not who may act. Rights are tested with `client()` and `as()`.
   */
  json<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<JsonAnswer<T>>;
  /** An anonymous browser (it has fetched its CSRF token). */
  client(): Promise<TestClient>;
  /** A signed-in browser for a user created with this spec (password sign-in, the real route). */
  as(spec: TestUserSpec): Promise<TestClient>;
  createUser(spec: TestUserSpec): Promise<UserEntity>;
  /** A buyer or region organisation (suppliers are created through the API). */
  createOrganisation(kind: 'buyer' | 'region', name: string): Promise<OrganisationEntity>;
}

export const ADMIN_HEADERS = { Authorization: `Bearer ${process.env.ADMIN_TOKEN}` };

async function answer<T>(res: Response): Promise<JsonAnswer<T>> {
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json');
  return {
    status: res.status,
    body: (json && text ? JSON.parse(text) : text || undefined) as T,
    headers: res.headers,
  };
}

function jsonInit(method: string, body: unknown, headers: Record<string, string>): RequestInit {
  return {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** A client with a cookie jar, as a browser would keep one. */
export async function browserClient(url: string): Promise<TestClient> {
  const jar = new Map<string, string>();
  let csrf = '';
  const send = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    if (csrf && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, csrf);
    const res = await fetch(url + path, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const client: TestClient = {
    get csrfToken() {
      return csrf;
    },
    fetch: send,
    json: async (method, path, body, headers = {}) => {
      const res = await answer<never>(await send(path, jsonInit(method, body, headers)));
      // Sign-in, sign-up and sign-out answer the new session with its CSRF token.
      const view = res.body as Partial<SessionView> | undefined;
      if (res.status < 300 && path.startsWith('/api/v1/auth/') && typeof view?.csrfToken === 'string') {
        csrf = view.csrfToken;
      }
      return res;
    },
    refresh: async () => {
      const view = (await answer<SessionView>(await send('/api/v1/auth/session'))).body;
      csrf = view.csrfToken;
      return view;
    },
  };
  await client.refresh();
  return client;
}

/** The real API on a random port, against the test database and services npm test prepared. */
export async function startTestApi(): Promise<TestApi> {
  // TEST_API_LOGS=true shows the api's own logs (errors behind a 500) while debugging a test.
  const app = await createApiApp({ logger: process.env.TEST_API_LOGS === 'true' });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);
  const passwords = app.get(PasswordService);
  let hash: Promise<string> | null = null;

  const api: TestApi = {
    url,
    app,
    dataSource,
    close: () => app.close(),
    reset: async () => {
      await dataSource.query(
        'TRUNCATE organisations, outbox, opportunity_matches, opportunities, programmes, users, audit_log CASCADE',
      );
      // Sign-in failures and locks are counted in Redis.
      const redis = app.get<Redis>(REDIS);
      const keys = await redis.keys(`${loadConfig().NAMESPACE}:signin:*`);
      if (keys.length) await redis.del(...keys);
    },
    json: async (method, path, body, headers = {}) =>
      answer(await fetch(url + path, jsonInit(method, body, { ...ADMIN_HEADERS, ...headers }))),
    client: () => browserClient(url),
    createUser: async (spec) => {
      hash ??= passwords.hash(TEST_PASSWORD);
      const user = await dataSource.getRepository(UserEntity).save({
        email: spec.email.toLowerCase(),
        displayName: spec.displayName ?? spec.email.split('@')[0],
        passwordHash: spec.password ? await passwords.hash(spec.password) : await hash,
        emailVerifiedAt: new Date(),
        platformRole: spec.platformRole ?? null,
      });
      if (spec.organisationId) {
        await dataSource.getRepository(MembershipEntity).insert({
          userId: user.id,
          organisationId: spec.organisationId,
          role: spec.memberRole ?? 'member',
        });
      }
      return user;
    },
    as: async (spec) => {
      await api.createUser(spec);
      const client = await browserClient(url);
      const res = await client.json('POST', '/api/v1/auth/sign-in', {
        email: spec.email,
        password: spec.password ?? TEST_PASSWORD,
      });
      if (res.status !== 200) throw new Error(`sign-in of ${spec.email} failed: ${JSON.stringify(res.body)}`);
      return client;
    },
    createOrganisation: (kind, name) =>
      dataSource.getRepository(OrganisationEntity).save({
        kind,
        name,
        nameKey: kind === 'buyer' ? nameKey(name) : null,
        buyerCategory: kind === 'buyer' ? 'other' : 'region',
        createdBy: 'test',
        updatedBy: 'test',
      }),
  };
  return api;
}
