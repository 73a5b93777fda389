import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApiApp } from '../bootstrap';

export interface TestApi {
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  close(): Promise<void>;
  /** Removes every row the tests made (the test database belongs to the tests). */
  reset(): Promise<void>;
  json<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

/** The real API on a random port, against the test database and services npm test prepared. */
export async function startTestApi(): Promise<TestApi> {
  const app = await createApiApp({ logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);
  return {
    url,
    app,
    dataSource,
    close: () => app.close(),
    reset: async () => {
      await dataSource.query(
        'TRUNCATE organisations, outbox, opportunity_matches, opportunities, programmes, users, audit_log CASCADE',
      );
    },
    json: async (method, path, body, headers = {}) => {
      const res = await fetch(url + path, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}
