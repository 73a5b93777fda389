import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnqueuedTaskPromise, Meilisearch, Settings, Task } from 'meilisearch';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { INDEX_SETTINGS, IndexKind } from './index-settings';
import { MeiliRequestError, createMeiliHttpClient } from './meili-http-client';

/** How often a task's status is read while waiting for it. */
const TASK_POLL_MS = 25;

/** The Meilisearch client (keep-alive HTTP), index names of this namespace, and settings by code. */
@Injectable()
export class MeiliService {
  readonly client: Meilisearch;
  private readonly logger = new Logger(MeiliService.name);
  private readonly ensured = new Map<string, Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.MEILI_URL,
      apiKey: config.MEILI_MASTER_KEY || undefined,
      httpClient: createMeiliHttpClient(),
      timeout: 30_000,
    });
  }

  /** The live index of a kind: `<namespace>_suppliers`. */
  indexUid(kind: IndexKind): string {
    return `${this.config.NAMESPACE}_${kind}`;
  }

  async waitTask(task: EnqueuedTaskPromise, timeout = 60_000): Promise<Task> {
    return this.waitForTask((await task).taskUid, timeout);
  }

  /** Waits for a task and throws unless it succeeded. */
  async waitForTask(taskUid: number, timeout = 60_000): Promise<Task> {
    const done = await this.settled(taskUid, timeout);
    if (done.status !== 'succeeded') {
      throw new Error(
        `Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? ''}`,
      );
    }
    return done;
  }

  /**
   * A task once finished, whatever its outcome. Polled here: the client's own waiter adds an
   * abort listener to one signal per poll and never removes it (meilisearch-js 0.62).
   */
  private async settled(taskUid: number, timeout: number): Promise<Task> {
    const end = Date.now() + timeout;
    for (;;) {
      const task = await this.client.tasks.getTask(taskUid);
      if (task.status !== 'enqueued' && task.status !== 'processing') return task;
      if (Date.now() > end)
        throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${timeout} ms`);
      await sleep(TASK_POLL_MS);
    }
  }

  /** Creates the index when missing and applies its settings when they differ (idempotent). */
  ensureIndex(kind: IndexKind, uid = this.indexUid(kind)): Promise<void> {
    // One check per index and process, shared by concurrent callers; forgotten if it fails.
    let pending = this.ensured.get(uid);
    if (!pending) {
      pending = this.applyIndex(kind, uid).catch((e: unknown) => {
        this.ensured.delete(uid);
        throw e;
      });
      this.ensured.set(uid, pending);
    }
    return pending;
  }

  private async applyIndex(kind: IndexKind, uid: string): Promise<void> {
    const desired = INDEX_SETTINGS[kind];
    const exists = await this.client
      .index(uid)
      .getRawInfo()
      .then(() => true)
      .catch((e: unknown) => {
        if (isNotFound(e)) return false;
        throw e;
      });
    if (!exists) {
      // Another process (api, worker, cli) may create it at the same moment: that is fine.
      const created = await this.settled(
        (await this.client.createIndex(uid, { primaryKey: 'id' })).taskUid,
        60_000,
      );
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') {
        throw new Error(`could not create index ${uid}: ${created.error?.message}`);
      }
    }
    const current = (await this.client.index(uid).getSettings()) as Record<string, unknown>;
    if (!settingsMatch(current, desired)) {
      this.logger.log(`applying settings to ${uid}`);
      await this.waitTask(this.client.index(uid).updateSettings(desired), 300_000);
    }
  }

  forget(uid: string): void {
    this.ensured.delete(uid);
  }
}

/** True when Meilisearch answered 404 (the client wraps our HTTP client's error in `cause`). */
export function isNotFound(e: unknown): boolean {
  for (
    let err = e as { cause?: unknown } | undefined, depth = 0;
    err && depth < 4;
    err = err.cause as typeof err, depth++
  ) {
    // multi-search answers a missing index with 400 index_not_found, not 404.
    if (err instanceof MeiliRequestError) return err.status === 404 || err.meiliCode === 'index_not_found';
  }
  return false;
}

/**
 * True when every setting we give already has that value. Only the keys we set count (Meilisearch
 * adds defaults inside objects), and sets such as filterable attributes may come back reordered.
 */
export function settingsMatch(current: Record<string, unknown>, desired: Settings): boolean {
  const ordered = new Set(['searchableAttributes', 'rankingRules']);
  return Object.entries(desired).every(([key, value]) => same(current[key], value, ordered.has(key)));
}

function same(current: unknown, desired: unknown, ordered: boolean): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    const a = desired.map((d) => JSON.stringify(d));
    const b = current.map((c) => JSON.stringify(c));
    if (!ordered) {
      a.sort();
      b.sort();
    }
    return a.every((x, i) => x === b[i]);
  }
  if (desired && typeof desired === 'object') {
    if (!current || typeof current !== 'object') return false;
    const c = current as Record<string, unknown>;
    return Object.entries(desired as Record<string, unknown>).every(([k, v]) => same(c[k], v, false));
  }
  return current === desired;
}
