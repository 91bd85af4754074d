import type { Readable } from 'node:stream';
import { z } from 'zod';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import { TRANSFER_COLUMNS } from '../../../../common/i18n/messages/library-exchange.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Db } from '../../../platform/db/client.ts';
import { importProgressMessage, readSheet, runImport, type ImportReport, type ImportRowError } from '../../../platform/documents/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createLibraryService } from '../library.service.ts';
import { headerOf, inputOfCells, recordSheet, sameRecord, type Cells, type ColumnKey } from './columns.ts';
import { CsvSyntaxError, readCsv, unguard } from './csv.ts';
import { cellsOfDublinCore, dublinCoreRecords } from './dublin-core-reader.ts';
import { transferRows } from './export.ts';
import { IMPORT_FORMATS } from './transfer.schemas.ts';

export const IMPORT_JOB = 'library.import';

/** Data rows a file may hold; a larger one is refused whole before anything is written. */
export const MAX_IMPORT_ROWS = 100_000;
/** Rows checked against the database together, so lookups are one query per batch. */
const BATCH = 500;

export const ZImportPayload = z.object({
  fileId: z.uuid(),
  format: z.enum(IMPORT_FORMATS),
  dryRun: z.boolean(),
  locale: z.enum(LOCALES),
  jurisdictionCode: z.string().optional(),
});
export type ImportPayload = z.infer<typeof ZImportPayload>;

/** One problem of a row, as the import report lists it. */
type ImportRowProblem = Omit<ImportRowError, 'row'>;

type CellRow = { rowNumber: number; value: Cells } | { rowNumber: number; errors: ImportRowProblem[] };

const normalise = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

export function tooManyRows(): AppError {
  return new AppError('import_too_many_rows', 413, { params: { max: MAX_IMPORT_ROWS } });
}

/** Header problems of a CSV file, reported like the workbook reader reports its own. */
function csvColumns(header: readonly string[], locale: Locale): Map<number, ColumnKey> {
  const byHeader = new Map<string, ColumnKey>();
  for (const column of recordSheet.columns) {
    byHeader.set(normalise(column.header.vi), column.key);
    byHeader.set(normalise(column.header.en), column.key);
  }
  const mapping = new Map<number, ColumnKey>();
  const problems: FieldError[] = [];
  header.forEach((label, index) => {
    if (label.trim() === '') {
      return;
    }
    const key = byHeader.get(normalise(label));
    if (!key) {
      problems.push({ path: label, code: 'unknown_column', message: t(locale, 'documents.columns.unknown', { column: label }) });
    } else if ([...mapping.values()].includes(key)) {
      problems.push({ path: key, code: 'duplicate_column', message: t(locale, 'documents.columns.duplicate', { column: label }) });
    } else {
      mapping.set(index, key);
    }
  });
  for (const key of TRANSFER_COLUMNS) {
    if (![...mapping.values()].includes(key)) {
      problems.push({ path: key, code: 'missing_column', message: t(locale, 'documents.columns.missing', { column: headerOf(key, locale) }) });
    }
  }
  if (problems.length > 0) {
    throw new AppError('import_columns_mismatch', 400, { fieldErrors: problems });
  }
  return mapping;
}

/** Rows of a CSV file validated with the sheet's own column schemas. */
function* csvRows(buffer: Buffer, locale: Locale): Generator<CellRow> {
  const text = decodeUtf8(buffer);
  let mapping: Map<number, ColumnKey> | null = null;
  let count = 0;
  try {
    for (const { line, cells } of readCsv(text)) {
      if (mapping === null) {
        mapping = csvColumns(cells, locale);
        continue;
      }
      count += 1;
      if (count > MAX_IMPORT_ROWS) {
        throw tooManyRows();
      }
      const value: Partial<Cells> = {};
      const errors: ImportRowProblem[] = [];
      for (const [index, key] of mapping) {
        const raw = unguard(cells[index] ?? '').normalize('NFC');
        const column = recordSheet.columns.find((c) => c.key === key);
        const input = raw.trim() === '' ? undefined : key === 'issuedYear' ? Number(raw) : raw;
        const checked = column?.schema.safeParse(input);
        if (checked?.success) {
          value[key] = checked.data as string | number | null;
        } else {
          errors.push({ column: headerOf(key, locale), key, code: 'value_invalid', message: checked?.error.issues[0]?.message ?? 'value_invalid' });
        }
      }
      yield errors.length > 0 ? { rowNumber: line, errors } : { rowNumber: line, value: value as Cells };
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new AppError('import_columns_mismatch', 400, {
        fieldErrors: [{ path: '', code: 'csv_syntax', message: t(locale, 'libraryExchange.transfer.csvSyntax', { line: error.line }) }],
      });
    }
    throw error;
  }
  if (mapping === null) {
    throw new AppError('import_columns_mismatch', 400, { fieldErrors: [{ path: '', code: 'no_header', message: t(locale, 'documents.columns.no_header') }] });
  }
}

function decodeUtf8(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new AppError('file_type_rejected', 415);
  }
}

function* dublinCoreRows(buffer: Buffer, jurisdictionCode: string, locale: Locale): Generator<CellRow> {
  const records = dublinCoreRecords(decodeUtf8(buffer), locale);
  if (records.length > MAX_IMPORT_ROWS) {
    throw tooManyRows();
  }
  for (const [index, record] of records.entries()) {
    yield { rowNumber: index + 1, value: cellsOfDublinCore(record, jurisdictionCode) };
  }
}

async function* workbookRows(buffer: Buffer, locale: Locale): AsyncGenerator<CellRow> {
  for await (const row of readSheet(recordSheet, buffer, { locale, maxRows: MAX_IMPORT_ROWS })) {
    yield 'value' in row ? { rowNumber: row.rowNumber, value: row.value as unknown as Cells } : { rowNumber: row.rowNumber, errors: row.errors };
  }
}

interface CheckedValue {
  input: Parameters<ReturnType<typeof createLibraryService>['upsertFromImport']>[1];
  /** The stored record already holds exactly this row: importing it again changes nothing. */
  unchanged: boolean;
}

type CheckedRow = { rowNumber: number; value: CheckedValue } | { rowNumber: number; errors: ImportRowProblem[] };

/**
 * Each row turned into a record input, checked for duplicates within the file and for S&T field
 * codes that do not exist, and compared with the record it would update; in batches, so the
 * database is asked once per batch rather than once per row.
 */
async function* checkedRows(db: Db, actor: Actor, rows: Iterable<CellRow> | AsyncIterable<CellRow>, locale: Locale): AsyncGenerator<CheckedRow> {
  const firstRow = new Map<string, number>();
  let batch: CellRow[] = [];

  const problem = (key: string, code: string, message: string): ImportRowProblem => ({ column: headerOf(key, locale), key, code, message });

  async function* flush(): AsyncGenerator<CheckedRow> {
    const jurisdictionCodes = [...new Set(batch.flatMap((row) => ('value' in row && row.value.jurisdictionCode !== null ? [String(row.value.jurisdictionCode)] : [])))];
    const jurisdictions = jurisdictionCodes.length > 0 ? await db.selectFrom('jurisdictions').select(['id', 'code']).where('code', 'in', jurisdictionCodes).execute() : [];
    const jurisdictionOf = new Map(jurisdictions.map((row) => [row.code, row.id]));
    const parsed = batch.map((row) => {
      if (!('value' in row)) {
        return row;
      }
      const code = row.value.jurisdictionCode === null ? null : String(row.value.jurisdictionCode);
      const jurisdictionId = code === null ? null : (jurisdictionOf.get(code) ?? null);
      if (code !== null && jurisdictionId === null) {
        return { rowNumber: row.rowNumber, errors: [problem('jurisdictionCode', 'jurisdiction_unknown', code)] };
      }
      const result = inputOfCells(row.value, jurisdictionId, locale);
      return 'problems' in result
        ? { rowNumber: row.rowNumber, errors: result.problems.map((p) => problem(p.key, p.code, p.message)) }
        : { rowNumber: row.rowNumber, cells: row.value, input: result.input };
    });
    const inputs = parsed.flatMap((row) => ('input' in row ? [row.input] : []));
    const codes = [...new Set(inputs.flatMap((input) => input.fieldCodes))];
    const externalIds = inputs.map((input) => input.externalId);
    const [knownCodes, stored] = await Promise.all([
      codes.length > 0 ? db.selectFrom('st_fields').select('code').where('code', 'in', codes).execute() : Promise.resolve([]),
      externalIds.length > 0 ? db.selectFrom('library_records').selectAll().where('external_id', 'in', externalIds).execute() : Promise.resolve([]),
    ]);
    const known = new Set(knownCodes.map((row) => row.code));
    const storedCells = new Map((await transferRows(db, actor, stored)).map(({ record, cells }) => [record.externalId, cells]));
    for (const row of parsed) {
      if (!('input' in row)) {
        yield row;
        continue;
      }
      const { input, cells, rowNumber } = row;
      const earlier = firstRow.get(input.externalId);
      firstRow.set(input.externalId, earlier ?? rowNumber);
      const errors: ImportRowProblem[] = [
        ...(earlier !== undefined ? [problem('externalId', 'duplicate_in_file', t(locale, 'libraryExchange.transfer.duplicateInFile', { row: earlier }))] : []),
        ...input.fieldCodes.filter((code) => !known.has(code)).map((code) => problem('fieldCodes', 'field_unknown', code)),
      ];
      const previous = storedCells.get(input.externalId);
      yield errors.length > 0 ? { rowNumber, errors } : { rowNumber, value: { input, unchanged: previous !== undefined && sameRecord(previous, cells) } };
    }
    batch = [];
  }

  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) {
      yield* flush();
    }
  }
  yield* flush();
}

async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function rejectionMessage(error: AppError, locale: Locale): string {
  return error.code === 'import_too_many_rows' ? t(locale, 'libraryExchange.transfer.tooManyRows', { max: MAX_IMPORT_ROWS }) : t(locale, `errors.${error.code}`, error.params);
}

/** A report for a file refused as a whole: wrong columns, too many rows, not CSV or a workbook. */
function fileRejected(error: AppError, payload: ImportPayload): ImportReport {
  const errors = (error.fieldErrors ?? []).map((fieldError) => ({ row: 0, column: fieldError.path, code: fieldError.code, message: fieldError.message }));
  return {
    dryRun: payload.dryRun,
    outcome: 'invalid',
    total: 0,
    valid: 0,
    invalid: 0,
    applied: 0,
    errors: errors.length > 0 ? errors : [{ row: 0, column: '', code: error.code, message: rejectionMessage(error, payload.locale) }],
    errorsOmitted: 0,
  };
}

/**
 * Checks every row; only when none has a problem and this is not a dry run are the records written,
 * each through the library's own import path (audited, versioned, indexed) and published. Rows
 * whose record already holds the same values are skipped, so a second run changes nothing. Each
 * record is written in its own transaction: a refusal that no check foresaw stops the job, and
 * running the same file again completes it without duplicating what was written.
 */
export function importJob(platform: Platform): JobDefinition<ImportPayload> {
  const library = createLibraryService(platform);
  return {
    kind: IMPORT_JOB,
    payload: ZImportPayload,
    maxAttempts: 2,
    async run(payload, context): Promise<ImportReport> {
      const opened = await platform.files.open(payload.fileId);
      if (!opened) {
        throw new Error('The uploaded file no longer exists');
      }
      const buffer = await bufferOf(opened.stream);
      const actor = { ...context.actor, locale: payload.locale };
      let report: ImportReport;
      try {
        const rows =
          payload.format === 'csv'
            ? csvRows(buffer, payload.locale)
            : payload.format === 'xml'
              ? dublinCoreRows(buffer, payload.jurisdictionCode ?? '', payload.locale)
              : workbookRows(buffer, payload.locale);
        report = await runImport<CheckedValue>({
          rows: checkedRows(platform.db, actor, rows, payload.locale),
          dryRun: payload.dryRun,
          onProgress: (progress) => context.reportProgress(progress.fraction, importProgressMessage(payload.locale, progress)),
          apply: async (valid, progress) => {
            let changed = 0;
            for (const [index, row] of valid.entries()) {
              if (!row.value.unchanged) {
                try {
                  await library.upsertFromImport({ actor, requestId: null }, row.value.input, { status: 'published' });
                } catch (error) {
                  throw error instanceof AppError ? new Error(`Row ${row.rowNumber} was refused on writing: ${error.code}`) : error;
                }
                changed += 1;
              }
              await progress(index + 1);
            }
            return changed;
          },
        });
      } catch (error) {
        if (!(error instanceof AppError)) {
          throw error;
        }
        report = fileRejected(error, payload);
      }
      const outcome = report.outcome === 'applied' ? 'done' : report.outcome === 'dry_run' ? 'dryRun' : 'rejected';
      await context.reportProgress(1, t(payload.locale, `libraryExchange.transfer.${outcome}`));
      return report;
    },
  };
}
