import { Injectable, Logger } from '@nestjs/common';
import { ImportReport, ImportRowError, SupplierImportRow, supplierImportSchema } from '@bitd/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { type AuditEvent, writeAudit } from '../audit/audit.writer';
import { Actor } from '../common/actor';
import { publishEvents } from '../events/publish-events';
import { supplierEvents } from '../suppliers/supplier-events';
import { officialReferenceChecks } from '../reference/reference-checks';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { SupplierRecord, contentHash, currentFields, toRecord } from '../suppliers/supplier.mapper';
import { parseImportFile } from './import-file.parser';
import { UNIQUE_EXTERNAL_ID, UniqueKey, importReport, validImportRows } from './import-rows';
import { supplierCsv } from './supplier-csv.layout';

const importSchema = supplierImportSchema(officialReferenceChecks);
/** Two rows of one file may share neither an externalId nor a SIRET. */
const SUPPLIER_KEYS: ReadonlyArray<UniqueKey<SupplierImportRow>> = [
  UNIQUE_EXTERNAL_ID,
  { field: 'siret', of: (row) => row.siret, message: (first) => `same SIRET as line ${first}` },
];
const CHUNK = 500;

interface ValidRow {
  line: number;
  record: SupplierRecord & { externalId: string };
  hash: string;
}

type Outcome = 'created' | 'updated' | 'unchanged' | ImportRowError;

/**
 * Imports a supplier file (JSON Lines or CSV): idempotent by externalId, each row all or
 * nothing, a report with every rejected row's line, field and reason. Rows are written in
 * chunks (one multi-row INSERT per chunk), not one save() per row.
 */
@Injectable()
export class SupplierImportService {
  private readonly logger = new Logger(SupplierImportService.name);

  constructor(private readonly dataSource: DataSource) {}

  async importFile(buffer: Buffer, fileName: string | undefined, actor: Actor): Promise<ImportReport> {
    const started = performance.now();
    const { format, lines } = parseImportFile(buffer, fileName, supplierCsv);
    const errors: ImportRowError[] = [];
    const valid: ValidRow[] = validImportRows(lines, importSchema, SUPPLIER_KEYS, errors).map(
      ({ line, row }) => {
        const record = toRecord(row) as ValidRow['record'];
        return { line, record, hash: contentHash(record) };
      },
    );
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < valid.length; i += CHUNK) {
      const outcomes = await this.writeChunk(valid.slice(i, i + CHUNK), actor);
      for (const o of outcomes) {
        if (typeof o === 'string') counts[o]++;
        else errors.push(o);
      }
    }
    const report = importReport(format, lines, counts, errors, started);
    this.logger.log({ msg: 'supplier import', actor: actor.id, ...report, errors: undefined });
    return report;
  }

  /** One transaction per chunk; if it fails as a whole, each row is retried alone. */
  private async writeChunk(rows: ValidRow[], actor: Actor): Promise<Outcome[]> {
    try {
      return await this.dataSource.transaction((m) => this.applyRows(m, rows, actor));
    } catch (e) {
      if (rows.length === 1) {
        this.logger.warn(`import row ${rows[0].line} failed: ${(e as Error).message}`);
        return [
          {
            line: rows[0].line,
            externalId: rows[0].record.externalId,
            field: '(row)',
            message: 'could not be saved; nothing was written for this row',
          },
        ];
      }
      const out: Outcome[] = [];
      for (const row of rows) out.push(...(await this.writeChunk([row], actor)));
      return out;
    }
  }

  private async applyRows(m: EntityManager, rows: ValidRow[], actor: Actor): Promise<Outcome[]> {
    const existing = await m.find(OrganisationEntity, {
      where: [
        { externalId: In(rows.map((r) => r.record.externalId)) },
        { siret: In(rows.map((r) => r.record.siret)) },
      ],
      withDeleted: true,
      lock: { mode: 'pessimistic_write' },
    });
    const byExternal = new Map(existing.filter((e) => e.externalId).map((e) => [e.externalId as string, e]));
    const bySiret = new Map(existing.map((e) => [e.siret, e]));
    const outcomes: Outcome[] = [];
    const inserts: Array<Partial<OrganisationEntity>> = [];
    const changedIds: string[] = [];
    const audit: AuditEvent[] = [];

    for (const { line, record, hash } of rows) {
      const reject = (field: string, message: string) =>
        outcomes.push({ line, externalId: record.externalId, field, message });
      const current = byExternal.get(record.externalId);
      const siretOwner = bySiret.get(record.siret);
      if (siretOwner && siretOwner.id !== current?.id) {
        reject(
          'siret',
          `is already registered to profile ${siretOwner.id}${siretOwner.externalId ? ` (externalId ${siretOwner.externalId})` : ''}`,
        );
      } else if (current?.deletedAt) {
        reject(
          'externalId',
          'belongs to a deleted profile; an administrator can restore it before re-importing',
        );
      } else if (current && current.kind !== 'supplier') {
        reject('externalId', 'belongs to an organisation that is not a supplier');
      } else if (current && current.contentHash === hash) {
        outcomes.push('unchanged');
      } else if (current) {
        await m.update(
          OrganisationEntity,
          { id: current.id },
          { ...record, contentHash: hash, updatedBy: actor.id, version: () => 'version + 1' },
        );
        changedIds.push(current.id);
        audit.push(importAudit('supplier.updated', current.id, currentFields(current, record), record));
        outcomes.push('updated');
      } else {
        inserts.push({
          ...record,
          kind: 'supplier',
          contentHash: hash,
          createdBy: actor.id,
          updatedBy: actor.id,
        });
        outcomes.push('created');
      }
    }
    if (inserts.length) {
      const result = await m.insert(OrganisationEntity, inserts);
      result.identifiers.forEach((i, k) => {
        changedIds.push(i.id as string);
        audit.push(importAudit('supplier.created', i.id as string, null, inserts[k]));
      });
    }
    await publishEvents(m, supplierEvents(changedIds));
    await writeAudit(m, actor, audit);
    return outcomes;
  }
}

/** One audit entry per row changed, on behalf of the profile's company. */
function importAudit(action: string, id: string, before: object | null, after: object): AuditEvent {
  const {
    contentHash: _h,
    createdBy: _c,
    updatedBy: _u,
    kind: _k,
    ...fields
  } = after as Partial<OrganisationEntity>;
  return { action, entity: 'supplier', entityId: id, organisationId: id, before, after: fields };
}
