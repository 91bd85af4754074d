import { z } from 'zod';
import type { TLibraryRecord } from '../../../../common/contracts/library.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { scopeOf } from '../../../platform/access/policy.ts';
import type { Db, Executor } from '../../../platform/db/client.ts';
import { XLSX_MEDIA_TYPE, writeSheetToBuffer } from '../../../platform/documents/index.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import { loadBundles, loadRefs } from '../library.bundle.ts';
import { recordToDublinCore } from '../library.dublin-core.ts';
import { presentRecord } from '../library.presenter.ts';
import type { RecordRow } from '../library.repository.ts';
import { DC_NS, OAI_DC_NS, writeDublinCore } from '../oai/oai.protocol.ts';
import { recordUrl } from '../oai/record-bundles.ts';
import { XmlWriter } from '../oai/xml-writer.ts';
import { cellsOfRecord, recordSheet, type Cells } from './columns.ts';
import { CSV_BOM, csvLine } from './csv.ts';
import { EXPORT_FORMATS } from './transfer.schemas.ts';

export const EXPORT_JOB = 'library.export';
const BATCH = 500;

export const ZExportPayload = z.object({ format: z.enum(EXPORT_FORMATS), locale: z.enum(LOCALES) });
export type ExportPayload = z.infer<typeof ZExportPayload>;

const CURATOR = { edit: false, submit: false, curate: true, withdraw: false, seeErrors: false } as const;

/** Records as a curator sees them (nothing hidden), for export and for comparing an import with what is stored. */
export async function presentForTransfer(executor: Executor, actor: Actor, rows: readonly RecordRow[]): Promise<TLibraryRecord[]> {
  if (rows.length === 0) {
    return [];
  }
  const bundles = await loadBundles(executor, rows);
  const refs = await loadRefs(executor, bundles);
  return bundles.map((bundle) => presentRecord(bundle, refs, actor.locale, CURATOR));
}

export interface TransferRow {
  record: TLibraryRecord;
  cells: Cells;
}

/** Records with their file row; jurisdictions travel by statistics-office code, which every installation shares. */
export async function transferRows(executor: Executor, actor: Actor, rows: readonly RecordRow[]): Promise<TransferRow[]> {
  const records = await presentForTransfer(executor, actor, rows);
  const ids = [...new Set(rows.map((row) => row.jurisdiction_id))];
  const codes = ids.length > 0 ? await executor.selectFrom('jurisdictions').select(['id', 'code']).where('id', 'in', ids).execute() : [];
  const codeOf = new Map(codes.map((row) => [row.id, row.code]));
  return records.map((record) => ({ record, cells: cellsOfRecord(record, codeOf.get(record.jurisdictionId) ?? null) }));
}

/**
 * Published records where the actor holds `library.transfer`, in id order, a batch at a time:
 * the export never holds more than one batch of records.
 */
export async function* recordsInScope(db: Db, actor: Actor): AsyncGenerator<TransferRow> {
  const scope = scopeOf(actor, 'library.transfer');
  if (!scope.all && scope.jurisdictionPaths.length === 0 && scope.organisationPaths.length === 0) {
    return;
  }
  let after = '';
  for (;;) {
    let query = db.selectFrom('library_records').selectAll().where('status', '=', 'published').where('id', '>', after);
    if (!scope.all) {
      query = query.where((eb) =>
        eb.or([
          ...scope.jurisdictionPaths.map((path) => eb('jurisdiction_id', 'in', eb.selectFrom('jurisdictions').select('id').where('path', 'like', `${path}%`))),
          ...scope.organisationPaths.map((path) => eb('organisation_id', 'in', eb.selectFrom('organisations').select('id').where('path', 'like', `${path}%`))),
        ]),
      );
    }
    const rows = await query.orderBy('id').limit(BATCH).execute();
    yield* await transferRows(db, actor, rows);
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) {
      return;
    }
    after = last.id;
  }
}

async function* counted<T>(items: AsyncIterable<T>, counter: { rows: number }): AsyncGenerator<T> {
  for await (const item of items) {
    counter.rows += 1;
    yield item;
  }
}

async function collectChunks(chunks: AsyncIterable<string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) {
    parts.push(Buffer.from(chunk, 'utf8'));
  }
  return Buffer.concat(parts);
}

async function* csvChunks(rows: AsyncIterable<TransferRow>, payload: ExportPayload): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(recordSheet.columns.map((column) => column.header[payload.locale]));
  for await (const { cells } of rows) {
    yield csvLine(recordSheet.columns.map((column) => cells[column.key]));
  }
}

/** Simple Dublin Core of every record in one `<records>` document, the form the XML import reads. */
async function* xmlChunks(rows: AsyncIterable<TransferRow>, publicUrl: string): AsyncGenerator<string> {
  const xml = new XmlWriter();
  xml.start('records', { 'xmlns:oai_dc': OAI_DC_NS, 'xmlns:dc': DC_NS }).newline();
  yield xml.take();
  for await (const { record } of rows) {
    writeDublinCore(xml, recordToDublinCore(record, recordUrl(publicUrl, record.id)), { schemaLocation: false });
    xml.newline();
    yield xml.take();
  }
  yield xml.finish();
}

const MEDIA_TYPES = { csv: 'text/csv', xlsx: XLSX_MEDIA_TYPE, xml: 'application/xml' } as const;

/** Writes the published records in the requester's scope as CSV, Excel or Dublin Core XML, kept by the file service. */
export function exportJob(platform: Platform): JobDefinition<ExportPayload> {
  return {
    kind: EXPORT_JOB,
    payload: ZExportPayload,
    maxAttempts: 3,
    async run(payload, context) {
      const actor = { ...context.actor, locale: payload.locale };
      await context.reportProgress(0.1, t(payload.locale, 'libraryExchange.transfer.reading'));
      const counter = { rows: 0 };
      const records = counted(recordsInScope(platform.db, actor), counter);
      const data =
        payload.format === 'xlsx'
          ? await writeSheetToBuffer(
              recordSheet,
              (async function* () {
                for await (const { cells } of records) {
                  yield cells;
                }
              })(),
              { locale: payload.locale },
            )
          : await collectChunks(payload.format === 'csv' ? csvChunks(records, payload) : xmlChunks(records, platform.config.publicUrl));
      await context.reportProgress(0.8, t(payload.locale, 'libraryExchange.transfer.writing'));
      const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
      const stored = await platform.files.store(actor, {
        fileName: `thu-vien-${stamp}.${payload.format}`,
        data,
        purpose: 'library.export',
        visibility: 'owner',
        accept: [MEDIA_TYPES[payload.format], ...(payload.format === 'csv' ? ['text/plain'] : [])],
      });
      await context.reportProgress(1, t(payload.locale, 'libraryExchange.transfer.done'));
      return { fileId: stored.id, fileName: stored.fileName, rows: counter.rows };
    },
  };
}
