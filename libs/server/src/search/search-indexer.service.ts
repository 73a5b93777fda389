import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { supplierBatches } from '../suppliers/supplier-batches';
import { IndexKind } from './index-settings';
import { MeiliService, isNotFound } from './meili.service';
import { toSupplierDocument } from './supplier-document';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { toOpportunityDocument } from './opportunity-document';

export interface SyncResult {
  upserted: number;
  deleted: number;
  /** Meilisearch tasks enqueued for this sync. */
  taskUids: number[];
  /** Version of each profile as sent to the index. */
  versions: Record<string, number>;
}

export interface IndexDrift {
  index: string;
  inDatabase: number;
  inIndex: number;
  missing: string[];
  stale: string[];
  extra: string[];
  repaired: boolean;
}

const BATCH = 2000;

/**
 * Keeps the search indexes a projection of PostgreSQL: it always re-reads the current rows by
 * id, so a job replayed late or twice writes the same truth.
 */
@Injectable()
export class SearchIndexerService {
  private readonly logger = new Logger(SearchIndexerService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly meili: MeiliService,
  ) {}

  /**
   * Upserts live suppliers among `ids` and deletes the others (soft-deleted or gone). With
   * `wait: false` it returns once Meilisearch has accepted the tasks (durable in its queue), with
   * what is needed to verify them later; the caller then calls `verify`.
   */
  async syncSuppliers(
    ids: readonly string[],
    options: { uid?: string; wait?: boolean; today?: string } = {},
  ): Promise<SyncResult> {
    const { uid = this.meili.indexUid('suppliers'), wait = true, today } = options;
    if (ids.length === 0) return { upserted: 0, deleted: 0, taskUids: [], versions: {} };
    await this.meili.ensureIndex('suppliers', uid);
    const rows = await this.dataSource
      .getRepository(OrganisationEntity)
      .find({ where: { id: In([...ids]), kind: 'supplier' } });
    const live = new Set(rows.map((r) => r.id));
    const gone = [...new Set(ids.filter((id) => !live.has(id)))];
    const index = this.meili.client.index(uid);
    // Promise.all observes every request: one failing must not leave another's rejection unhandled.
    const tasks = await Promise.all([
      rows.length
        ? index.addDocuments(
            rows.map((r) => toSupplierDocument(r, today)),
            { primaryKey: 'id' },
          )
        : null,
      gone.length ? index.deleteDocuments(gone) : null,
    ]);
    const taskUids = tasks.filter((t) => t !== null).map((t) => t.taskUid);
    if (wait) await Promise.all(taskUids.map((t) => this.meili.waitForTask(t)));
    return {
      upserted: rows.length,
      deleted: gone.length,
      taskUids,
      versions: Object.fromEntries(rows.map((r) => [r.id, r.version])),
    };
  }

  /** Upserts live opportunities among `ids` and deletes the others; waits for Meilisearch. */
  async syncOpportunities(ids: readonly string[]): Promise<{ upserted: number; deleted: number }> {
    if (ids.length === 0) return { upserted: 0, deleted: 0 };
    const uid = this.meili.indexUid('opportunities');
    await this.meili.ensureIndex('opportunities', uid);
    const rows = await this.dataSource
      .getRepository(OpportunityEntity)
      .find({ where: { id: In([...ids]) }, relations: { issuer: true, programme: true } });
    const live = new Set(rows.map((r) => r.id));
    const gone = [...new Set(ids.filter((id) => !live.has(id)))];
    const index = this.meili.client.index(uid);
    const tasks = await Promise.all([
      rows.length
        ? index.addDocuments(
            rows.map((r) => toOpportunityDocument(r as OpportunityEntity & { issuer: OrganisationEntity })),
            { primaryKey: 'id' },
          )
        : null,
      gone.length ? index.deleteDocuments(gone) : null,
    ]);
    await Promise.all(tasks.filter((t) => t !== null).map((t) => this.meili.waitForTask(t.taskUid)));
    return { upserted: rows.length, deleted: gone.length };
  }

  /**
   * After a sync's tasks are done: the ids to sync again, because a task failed or because a
   * newer version was committed meanwhile (jobs running side by side can reach Meilisearch out
   * of order; the later read must win).
   */
  async verify(result: SyncResult, ids: readonly string[]): Promise<string[]> {
    const outcomes = await Promise.all(
      result.taskUids.map((t) =>
        this.meili.waitForTask(t, 600_000).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (outcomes.includes(false)) return [...ids];
    const sent = Object.keys(result.versions);
    if (sent.length === 0) return [];
    const current = await this.dataSource.getRepository(OrganisationEntity).find({
      where: { id: In(sent) },
      withDeleted: true,
      select: { id: true, version: true, deletedAt: true },
    });
    return current
      .filter((c) => c.deletedAt !== null || c.version !== result.versions[c.id])
      .map((c) => c.id);
  }

  /**
   * Daily: re-indexes the profiles with a certification that expired in the last `days` days,
   * so the "valid certifications" facet counts follow the calendar (filters already do).
   */
  async refreshExpiredCertifications(today: string, days = 2): Promise<number> {
    const since = new Date(Date.parse(today) - days * 86_400_000).toISOString().slice(0, 10);
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT DISTINCT o.id FROM organisations o, jsonb_array_elements(o.certifications) c
        WHERE o.kind = 'supplier' AND o.deleted_at IS NULL AND c->>'validUntil' >= $1 AND c->>'validUntil' < $2`,
      [since, today],
    );
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += BATCH) await this.syncSuppliers(ids.slice(i, i + BATCH), { today });
    return ids.length;
  }

  /**
   * Rebuilds documents written by an earlier version of the code, which lack the fields the search
   * now reads (the concept codes): one document of each index is looked at. Run when the worker
   * starts; a rebuild is idempotent, so two workers doing it at once do no harm.
   */
  async refreshOutdated(): Promise<string[]> {
    const outdated = async (kind: IndexKind, field: string) => {
      const { results } = await this.meili.client
        .index(this.meili.indexUid(kind))
        .getDocuments<Record<string, unknown>>({ limit: 1 });
      return results.length > 0 && !(field in results[0]);
    };
    const refreshed: string[] = [];
    if (await outdated('suppliers', 'codesDeclared')) {
      await this.reindex('suppliers');
      refreshed.push('suppliers');
    }
    if (await outdated('opportunities', 'codesNeeded')) {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM opportunities`);
      for (let i = 0; i < rows.length; i += BATCH)
        await this.syncOpportunities(rows.slice(i, i + BATCH).map((r) => r.id));
      refreshed.push('opportunities');
    }
    return refreshed;
  }

  /**
   * Builds a fresh index beside the live one and swaps it in atomically: search keeps answering
   * from the old one meanwhile. Changes committed during the build are replayed after the swap.
   */
  async reindex(kind: IndexKind): Promise<{ index: string; documents: number; seconds: number }> {
    if (kind !== 'suppliers') throw new Error(`reindex of ${kind} arrives with its feature`);
    const started = Date.now();
    const since = new Date(started - 1000);
    const live = this.meili.indexUid(kind);
    const build = `${live}_build_${started}`;
    await this.meili.ensureIndex(kind, build);
    let documents = 0;
    const pending: Array<Promise<unknown>> = [];
    for await (const batch of supplierBatches(this.dataSource, BATCH)) {
      pending.push(
        this.meili.waitTask(
          this.meili.client.index(build).addDocuments(
            batch.map((r) => toSupplierDocument(r)),
            { primaryKey: 'id' },
          ),
          600_000,
        ),
      );
      documents += batch.length;
    }
    await Promise.all(pending);
    await this.meili.ensureIndex(kind, live); // swap needs both to exist
    await this.meili.waitTask(this.meili.client.swapIndexes([{ indexes: [live, build], rename: false }]));
    await this.meili.waitTask(this.meili.client.deleteIndex(build));
    this.meili.forget(build);
    const changed = await this.dataSource.getRepository(OrganisationEntity).find({
      where: { kind: 'supplier', updatedAt: MoreThan(since) },
      withDeleted: true,
      select: { id: true },
    });
    await this.syncSuppliers(changed.map((c) => c.id));
    const seconds = (Date.now() - started) / 1000;
    this.logger.log(`reindexed ${documents} suppliers into ${live} in ${seconds.toFixed(1)} s`);
    return { index: live, documents, seconds };
  }

  /** Compares PostgreSQL with the index (missing, stale, extra documents) and repairs the drift. */
  async checkSuppliers(repair = true): Promise<IndexDrift> {
    const uid = this.meili.indexUid('suppliers');
    await this.meili.ensureIndex('suppliers', uid);
    const inDb = new Map<string, number>();
    for await (const batch of supplierBatches(this.dataSource, BATCH))
      for (const r of batch) inDb.set(r.id, r.version);
    const inIndex = new Map<string, number>();
    for (let offset = 0; ; offset += 10_000) {
      const page = await this.meili.client
        .index(uid)
        .getDocuments<{ id: string; version: number }>({ fields: ['id', 'version'], limit: 10_000, offset })
        .catch((e: unknown) => {
          if (isNotFound(e)) return { results: [] as Array<{ id: string; version: number }> };
          throw e;
        });
      for (const d of page.results) inIndex.set(d.id, d.version);
      if (page.results.length < 10_000) break;
    }
    const missing = [...inDb.keys()].filter((id) => !inIndex.has(id));
    const stale = [...inDb.entries()]
      .filter(([id, v]) => inIndex.has(id) && inIndex.get(id) !== v)
      .map(([id]) => id);
    const extra = [...inIndex.keys()].filter((id) => !inDb.has(id));
    const drift = [...missing, ...stale, ...extra];
    if (repair && drift.length) {
      for (let i = 0; i < drift.length; i += BATCH) await this.syncSuppliers(drift.slice(i, i + BATCH));
    }
    return {
      index: uid,
      inDatabase: inDb.size,
      inIndex: inIndex.size,
      missing,
      stale,
      extra,
      repaired: repair && drift.length > 0,
    };
  }
}
