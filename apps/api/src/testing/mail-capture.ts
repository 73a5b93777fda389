import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MailWorkerModule, PlatformModule, QUEUE_NAMES, QueueService } from '@bitd/server';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it, decoded. */
export interface CapturedMail {
  /** Envelope recipients. */
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

/**
 * An SMTP server of the test's own on a free port, keeping every message it receives. `stop()`
 * then `start()` plays a mail server that goes down and comes back on the same address.
 */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  private server: SMTPServer | null = null;
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((a) => a.address);
          this.messages.push({ to, ...parseMessage(Buffer.concat(chunks).toString('latin1')) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  /** Stops listening: the next connection is refused, as with a mail server that is down. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  /** The n-th message (1-based) to this address, once it arrived. */
  async waitFor(address: string, n = 1, timeoutMs = 20_000): Promise<CapturedMail> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const got = this.to(address);
      if (got.length >= n) return got[n - 1];
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail #${n} to ${address} within ${timeoutMs} ms (got ${this.to(address).length})`);
  }
}

/** The token of the first link to `path` in the mail's text, checking the HTML carries the same. */
export function linkToken(mail: CapturedMail, path: string): string {
  const re = new RegExp(`(https?://[^\\s"]+)${path.replace(/[/]/g, '\\/')}\\?token=([A-Za-z0-9_-]+)`);
  const inText = re.exec(mail.text);
  const inHtml = re.exec(mail.html);
  if (!inText || !inHtml || inText[2] !== inHtml[2]) {
    throw new Error(`no ${path} link in both parts of "${mail.subject}":\n${mail.text}`);
  }
  return inText[2];
}

@Module({ imports: [PlatformModule, MailWorkerModule] })
class MailWorkerTestModule {}

/** The worker's mail side alone, in this process, reading SMTP_URL from the environment. */
export async function startMailWorker(): Promise<INestApplicationContext> {
  const ctx = await NestFactory.createApplicationContext(MailWorkerTestModule, { logger: false });
  await ctx.init();
  return ctx;
}

/** Empties the mail queue of the test namespace, so no test's mail is sent by a later worker. */
export async function clearMailQueue(app: INestApplicationContext): Promise<void> {
  await app.get(QueueService).queue(QUEUE_NAMES.mail).obliterate({ force: true });
}

// A small MIME reader for what nodemailer writes (multipart, quoted-printable or base64, UTF-8).

function parseMessage(raw: string): Omit<CapturedMail, 'to'> {
  const { headers, body } = splitEntity(raw);
  const parts: { text: string; html: string } = { text: '', html: '' };
  collectParts(headers, body, parts);
  return { headers, subject: decodeWords(headers['subject'] ?? ''), ...parts };
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const gap = /\r?\n\r?\n/.exec(raw);
  const head = gap ? raw.slice(0, gap.index) : raw;
  const body = gap ? raw.slice(gap.index + gap[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function collectParts(
  headers: Record<string, string>,
  body: string,
  out: { text: string; html: string },
): void {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      const part = splitEntity(section.replace(/^\r?\n/, ''));
      collectParts(part.headers, part.body, out);
    }
    return;
  }
  const decoded = decodeBody(body, headers['content-transfer-encoding'] ?? '7bit').replace(/\r\n/g, '\n');
  if (/^text\/html/i.test(type)) out.html += decoded;
  else if (/^text\/plain/i.test(type)) out.text += decoded;
}

function decodeBody(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) return quotedPrintable(body);
  return Buffer.from(body, 'latin1').toString('utf8');
}

function quotedPrintable(s: string): string {
  const unfolded = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(unfolded.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), as in the Subject. */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    );
}
