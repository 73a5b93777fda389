import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

const root = join(__dirname, '../..');
export const SCREENSHOTS = join(root, 'test-output/screenshots');

/** Debian's Chromium with the flags this machine needs (TOOLCHAIN-NOTES.md). */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

export interface RunningPlatform {
  url: string;
  stop(): Promise<void>;
}

/** The built platform (npm test builds it) on its own port, with the demo data seeded. */
export async function startBuiltPlatform(): Promise<RunningPlatform> {
  const port = process.env.E2E_PORT ?? '3107';
  const env = { ...process.env, PORT: port, WEB_DIST_DIR: join(root, 'dist/web'), LOG_LEVEL: 'warn' };
  execFileSync('node', [join(root, 'dist/server/apps/cli/src/main.js'), 'seed-demo'], { env, stdio: 'inherit' });
  const child: ChildProcess = spawn('node', [join(root, 'dist/server/apps/api/src/main.js')], { env, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 30000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > end || child.exitCode !== null) throw new Error('the platform did not start for the browser test');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
