import { Injectable } from '@nestjs/common';
import {
  SAVED_SEARCHES_PER_USER,
  type SavedSearchCreate,
  type SavedSearchUpdate,
  type SavedSearchView,
  readSavedSearchQuery,
} from '@bitd/domain';
import { DataSource } from 'typeorm';
import { canReadClearance } from '../access/policies';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { listFull, lockPerson, personOf } from '../common/personal-lists';
import { SearchService } from '../search/search.service';
import { SavedSearchEntity } from './saved-search.entity';

/** Suppliers of a search's results recorded as seen when it is saved: the first few hundred. */
export const SEEN_AT_SAVE = 300;

export function savedSearchView(e: SavedSearchEntity): SavedSearchView {
  return {
    id: e.id,
    name: e.name,
    query: e.query,
    alerts: e.alerts,
    seenCount: e.seenSupplierIds.length,
    checkedAt: e.checkedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/**
 * A person's saved supplier searches: theirs only (anyone else's answer 404). Saving one runs it
 * as them and records its current suppliers as seen, so that alerts announce newcomers only.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
  ) {}

  async list(actor: Actor): Promise<SavedSearchView[]> {
    const rows = await this.dataSource
      .getRepository(SavedSearchEntity)
      .find({ where: { userId: personOf(actor) }, order: { createdAt: 'DESC', id: 'ASC' } });
    return rows.map(savedSearchView);
  }

  async create(input: SavedSearchCreate, actor: Actor): Promise<SavedSearchView> {
    const userId = personOf(actor);
    const seen = await this.currentResults(input.query, actor);
    const saved = await this.dataSource.transaction(async (m) => {
      await lockPerson(m, userId);
      if ((await m.count(SavedSearchEntity, { where: { userId } })) >= SAVED_SEARCHES_PER_USER) {
        throw listFull(SAVED_SEARCHES_PER_USER, { fr: 'recherches enregistrées', en: 'saved searches' });
      }
      return m.save(
        m.create(SavedSearchEntity, { ...input, userId, seenSupplierIds: seen, checkedAt: new Date() }),
      );
    });
    return savedSearchView(saved);
  }

  /** A new query starts over: its current results are what has been seen. */
  async update(id: string, patch: SavedSearchUpdate, actor: Actor): Promise<SavedSearchView> {
    const repo = this.dataSource.getRepository(SavedSearchEntity);
    const current = await this.load(id, actor);
    const requery = patch.query !== undefined && patch.query !== current.query;
    const seen = requery ? await this.currentResults(patch.query!, actor) : null;
    await repo.update(
      { id: current.id, userId: current.userId },
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.alerts !== undefined ? { alerts: patch.alerts } : {}),
        ...(requery ? { query: patch.query, seenSupplierIds: seen!, checkedAt: new Date() } : {}),
      },
    );
    return savedSearchView(await this.load(id, actor));
  }

  async remove(id: string, actor: Actor): Promise<void> {
    const userId = personOf(actor);
    const removed = isUuid(id)
      ? (await this.dataSource.getRepository(SavedSearchEntity).delete({ id, userId })).affected
      : 0;
    if (!removed) throw DomainError.notFound('Saved search', id);
  }

  private async load(id: string, actor: Actor): Promise<SavedSearchEntity> {
    const found = isUuid(id)
      ? await this.dataSource
          .getRepository(SavedSearchEntity)
          .findOne({ where: { id, userId: personOf(actor) } })
      : null;
    if (!found) throw DomainError.notFound('Saved search', id);
    return found;
  }

  /** The ids the search shows its owner now, best first; the search's own refusals name `query.<param>`. */
  private async currentResults(query: string, actor: Actor): Promise<string[]> {
    const read = readSavedSearchQuery(query);
    if (!read.ok) throw DomainError.validation(read.errors);
    try {
      const found = await this.search.searchSuppliers(
        { ...read.params, page: 1, pageSize: SEEN_AT_SAVE },
        { clearance: canReadClearance(actor) },
      );
      return found.hits.map((h) => h.id);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'VALIDATION_FAILED') {
        throw new DomainError(
          e.code,
          e.localized ?? e.message,
          e.errors?.map((f) => ({ ...f, field: `query.${f.field}` })),
        );
      }
      throw e;
    }
  }
}
