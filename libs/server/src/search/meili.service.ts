import { Inject, Injectable, Logger } from '@nestjs/common';
import { EnqueuedTaskPromise, Meilisearch, Settings, Task } from 'meilisearch';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { INDEX_SETTINGS, IndexKind } from './index-settings';
import { MeiliRequestError, createMeiliHttpClient } from './meili-http-client';

/** The Meilisearch client (keep-alive HTTP), index names of this namespace, and settings by code. */
@Injectable()
export class MeiliService {
  readonly client: Meilisearch;
  private readonly logger = new Logger(MeiliService.name);
  private readonly ensured = new Set<string>();

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
    const done = await task.waitTask({ timeout, interval: 25 });
    if (done.status !== 'succeeded') {
      throw new Error(`Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? ''}`);
    }
    return done;
  }

  /** Creates the index when missing and applies its settings when they differ (idempotent). */
  async ensureIndex(kind: IndexKind, uid = this.indexUid(kind)): Promise<void> {
    if (this.ensured.has(uid)) return;
    const desired = INDEX_SETTINGS[kind];
    const exists = await this.client
      .index(uid)
      .getRawInfo()
      .then(() => true)
      .catch((e: unknown) => {
        if (isNotFound(e)) return false;
        throw e;
      });
    if (!exists) await this.waitTask(this.client.createIndex(uid, { primaryKey: 'id' }));
    const current = (await this.client.index(uid).getSettings()) as Record<string, unknown>;
    if (!settingsMatch(current, desired)) {
      this.logger.log(`applying settings to ${uid}`);
      await this.waitTask(this.client.index(uid).updateSettings(desired), 300_000);
    }
    this.ensured.add(uid);
  }

  forget(uid: string): void {
    this.ensured.delete(uid);
  }
}

export function isNotFound(e: unknown): boolean {
  const err = e as { cause?: { code?: string }; code?: string; meiliCode?: string };
  return err?.meiliCode === 'index_not_found' || err?.cause?.code === 'index_not_found' || err?.code === 'index_not_found' || (e instanceof MeiliRequestError && e.status === 404);
}

/** Compares only the keys we set; Meilisearch returns sets (filterable, stop words…) in its own order. */
export function settingsMatch(current: Record<string, unknown>, desired: Settings): boolean {
  const ordered = new Set(['searchableAttributes', 'rankingRules']);
  return Object.entries(desired).every(([key, value]) => canonical(current[key], ordered.has(key)) === canonical(value, ordered.has(key)));
}

function canonical(v: unknown, ordered: boolean): string {
  if (Array.isArray(v)) {
    const items = v.map((i) => canonical(i, false));
    return `[${(ordered ? items : items.sort()).join(',')}]`;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined && o[k] !== null)
      .sort()
      .map((k) => `${k}:${canonical(o[k], false)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
