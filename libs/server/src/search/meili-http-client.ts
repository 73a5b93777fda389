import http from 'node:http';
import https from 'node:https';

/** What Meilisearch answered when it refused a request. */
export class MeiliRequestError extends Error {
  constructor(
    readonly status: number,
    readonly meiliCode: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** What Meilisearch answered, from our error as the JS client wraps it (in `cause`). */
export function meiliError(e: unknown): MeiliRequestError | undefined {
  for (
    let err = e as { cause?: unknown } | undefined, depth = 0;
    err && depth < 4;
    err = err.cause as typeof err, depth++
  ) {
    if (err instanceof MeiliRequestError) return err;
  }
  return undefined;
}

/**
 * HTTP client for the meilisearch JS client on node:http with keep-alive. Node's built-in fetch
 * costs ~40 ms per search once answers pass ~2 KB here, against ~1 ms this way
 * (TOOLCHAIN-NOTES.md; measured again in test/bench).
 */
export function createMeiliHttpClient(
  maxSockets = 64,
): (input: string | URL | Request, init?: RequestInit) => Promise<unknown> {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets }),
    'https:': new https.Agent({ keepAlive: true, maxSockets }),
  };
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => (headers[key] = value));
      const body =
        typeof init.body === 'string' ? init.body : init.body == null ? undefined : String(init.body);
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const transport = url.protocol === 'https:' ? https : http;
      const req = transport.request(
        url,
        { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch {
              parsed = text;
            }
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(parsed);
            const err = parsed as { code?: string; message?: string } | undefined;
            reject(
              new MeiliRequestError(status, err?.code, `Meilisearch ${status}: ${err?.message ?? text}`),
            );
          });
          res.on('error', reject);
        },
      );
      // The client reuses one signal across a task's polls: detach once this request is over.
      const onAbort = () => req.destroy(new Error('Meilisearch request aborted (timeout)'));
      init.signal?.addEventListener('abort', onAbort, { once: true });
      req.on('close', () => init.signal?.removeEventListener('abort', onAbort));
      req.on('error', reject);
      req.end(body);
    });
}
