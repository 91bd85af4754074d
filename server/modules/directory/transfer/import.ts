import type { Readable } from 'node:stream';
import { z } from 'zod';
import { DIRECTORY_TRANSFER_ENTITIES, type TDirectoryImportReport } from '../../../../common/contracts/directory.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { importProgressMessage, isValidRow, readSheet, runImport, type ColumnSpec, type SheetRow, type SheetSpec } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { DirectoryServices } from '../directory.routes.ts';
import type { ServiceContext } from '../organisations.service.ts';
import { organisationSheet, personSheet } from './sheets.ts';
import { writeOrganisationRow, writePersonRow, type RowWriter } from './row-writers.ts';

export const IMPORT_JOB = 'directory.import';

export const ZImportPayload = z.object({
  fileId: z.uuid(),
  entity: z.enum(DIRECTORY_TRANSFER_ENTITIES),
  dryRun: z.boolean(),
  locale: z.enum(LOCALES),
});
export type ImportPayload = z.infer<typeof ZImportPayload>;

/** Thrown to undo a trial write; never leaves this file. */
class TrialRollback extends Error {}

async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** What is wrong with one row: a cell the sheet refused, or a rule of the directory. */
interface RowProblem {
  key: string;
  column: string;
  code: string;
  message: string;
}

/** Where a service error belongs in the sheet: field errors name the request field behind a column. */
const FIELD_COLUMNS: Record<string, string> = {
  jurisdictionId: 'jurisdictionCode',
  communeId: 'communeCode',
  parentId: 'parentId',
  organisationId: 'organisationId',
  fieldCodes: 'fieldCodes',
  orcid: 'orcid',
};
const CODE_COLUMNS: Record<string, string> = { organisation_cycle: 'parentId', not_found: 'id', stale_version: 'id' };

function rowErrors(error: AppError, sheet: SheetSpec, locale: Locale): RowProblem[] {
  const headerOf = (key: string): string => sheet.columns.find((c) => c.key === key)?.header[locale] ?? '';
  if (error.fieldErrors && error.fieldErrors.length > 0) {
    return error.fieldErrors.map((fieldError) => {
      const key = FIELD_COLUMNS[fieldError.path.split('.')[1] ?? ''] ?? '';
      return { key, column: headerOf(key), code: fieldError.code, message: fieldError.message };
    });
  }
  const key = CODE_COLUMNS[error.code] ?? '';
  return [{ key, column: headerOf(key), code: error.code, message: t(locale, `errors.${error.code}`, error.params) }];
}

type CheckedRow<T> = { rowNumber: number; value: T } | { rowNumber: number; errors: RowProblem[] };

/**
 * Rows of the sheet with the directory's own checks applied to each valid one: a duplicate key
 * within the file, then a write in a transaction that is rolled back, so every rule the services
 * apply (scope, references, cycles, unique ORCID) is checked exactly as a real write would, and
 * reported against its row.
 */
async function* checkedRows<C extends readonly ColumnSpec[]>(
  platform: Platform,
  ctx: ServiceContext,
  sheet: SheetSpec<C>,
  writer: RowWriter<SheetRow<C>>,
  buffer: Buffer,
  locale: Locale,
): AsyncGenerator<CheckedRow<SheetRow<C>>> {
  const headerOf = (key: string): string => sheet.columns.find((c) => c.key === key)?.header[locale] ?? key;
  const seen = new Map<string, number>();

  async function problemsOf(rowNumber: number, value: SheetRow<C>): Promise<RowProblem[]> {
    const duplicates = writer.uniqueKeys(value).flatMap(([key, unique]): RowProblem[] => {
      const earlier = seen.get(`${key}:${unique}`);
      seen.set(`${key}:${unique}`, earlier ?? rowNumber);
      return earlier === undefined
        ? []
        : [{ key, column: headerOf(key), code: 'duplicate_in_file', message: t(locale, 'directory.fieldErrors.duplicate_in_file', { row: earlier }) }];
    });
    if (duplicates.length > 0) {
      return duplicates;
    }
    try {
      await platform.db.transaction().execute(async (tx) => {
        await writer.write(tx, ctx, value);
        throw new TrialRollback();
      });
    } catch (error) {
      if (error instanceof AppError) {
        return rowErrors(error, sheet, locale);
      }
      if (!(error instanceof TrialRollback)) {
        throw error;
      }
    }
    return [];
  }

  for await (const row of readSheet(sheet, buffer, { locale })) {
    if (!isValidRow(row)) {
      yield row;
      continue;
    }
    const problems = await problemsOf(row.rowNumber, row.value);
    yield problems.length === 0 ? row : { rowNumber: row.rowNumber, errors: problems };
  }
}

/**
 * Checks every row (see `checkedRows`); only when no row has a problem and this is not a dry run
 * are all rows written, in one transaction with one audit entry for the file.
 */
async function importSheet<C extends readonly ColumnSpec[]>(
  platform: Platform,
  ctx: ServiceContext,
  sheet: SheetSpec<C>,
  writer: RowWriter<SheetRow<C>>,
  buffer: Buffer,
  payload: ImportPayload,
  reportProgress: (fraction: number, message?: string) => Promise<void>,
): Promise<TDirectoryImportReport> {
  return runImport({
    rows: checkedRows(platform, ctx, sheet, writer, buffer, payload.locale),
    dryRun: payload.dryRun,
    onProgress: (progress) => reportProgress(progress.fraction, importProgressMessage(payload.locale, progress)),
    // Progress is reported only once the transaction is over: on SQLite the job row shares the
    // one connection the transaction holds.
    apply: (rows) =>
      platform.db.transaction().execute(async (tx) => {
        for (const row of rows) {
          try {
            await writer.write(tx, ctx, row.value);
          } catch (error) {
            // Rows were checked one by one a moment ago; a refusal now means the data changed meanwhile.
            throw error instanceof AppError ? new Error(`Row ${row.rowNumber} was refused on writing: ${error.code}`) : error;
          }
        }
        await recordAudit(tx, ctx, {
          action: 'directory.import',
          subjectType: 'file',
          subjectId: payload.fileId,
          after: { entity: payload.entity, rows: rows.length },
        });
      }),
  });
}

/** A report for a file that could not be read at all: wrong columns, too many rows, not a workbook. */
function fileRejected(error: AppError, payload: ImportPayload): TDirectoryImportReport {
  const errors = (error.fieldErrors ?? []).map((fieldError) => ({ row: 0, column: fieldError.path, code: fieldError.code, message: fieldError.message }));
  return {
    dryRun: payload.dryRun,
    outcome: 'invalid',
    total: 0,
    valid: 0,
    invalid: 0,
    applied: 0,
    errors: errors.length > 0 ? errors : [{ row: 0, column: '', code: error.code, message: t(payload.locale, `errors.${error.code}`, error.params) }],
    errorsOmitted: 0,
  };
}

/** Validates every row of an uploaded .xlsx and, unless it is a dry run or a row is bad, writes them all at once. */
export function importJob(platform: Platform, services: DirectoryServices): JobDefinition<ImportPayload> {
  return {
    kind: IMPORT_JOB,
    payload: ZImportPayload,
    maxAttempts: 2,
    async run(payload, context): Promise<TDirectoryImportReport> {
      const opened = await platform.files.open(payload.fileId);
      if (!opened) {
        throw new Error('The uploaded file no longer exists');
      }
      const buffer = await bufferOf(opened.stream);
      const ctx: ServiceContext = { actor: { ...context.actor, locale: payload.locale }, requestId: null };
      await context.reportProgress(0, t(payload.locale, 'directory.jobs.importValidating'));
      const progress = (fraction: number, message?: string): Promise<void> => context.reportProgress(fraction, message);
      let report: TDirectoryImportReport;
      try {
        report =
          payload.entity === 'organisations'
            ? await importSheet(platform, ctx, organisationSheet, writeOrganisationRow(services), buffer, payload, progress)
            : await importSheet(platform, ctx, personSheet, writePersonRow(services), buffer, payload, progress);
      } catch (error) {
        // Row refusals never get here (they are in the report): what does is a problem of the file as a whole.
        if (!(error instanceof AppError)) {
          throw error;
        }
        report = fileRejected(error, payload);
      }
      const outcome = report.outcome === 'applied' ? 'done' : report.outcome === 'dry_run' ? 'importDryRun' : 'importRejected';
      await context.reportProgress(1, t(payload.locale, `directory.jobs.${outcome}`));
      return report;
    },
  };
}
