import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { t } from '../../../../common/i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../../common/i18n/locale.ts';
import { toCellValue } from './cells.ts';
import { columnType, type ColumnSpec, type SheetRow, type SheetSpec } from './sheet.ts';

export interface WriteOptions {
  /** Language of the header row; Vietnamese unless asked otherwise. */
  locale?: Locale;
}

const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
// Rows are committed synchronously into exceljs' buffers; yielding now and then lets the zip
// stream drain to the target so a long export does not pile up in memory.
const YIELD_EVERY = 1000;

function defaultWidth(column: ColumnSpec, locale: Locale): number {
  const header = column.header[locale].length + 2;
  return Math.min(60, Math.max(column.type === 'date' ? 12 : 10, header));
}

function numberFormat(column: ColumnSpec): string | undefined {
  return column.format ?? (column.type === 'date' ? DEFAULT_DATE_FORMAT : undefined);
}

async function addSheet<C extends readonly ColumnSpec[]>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec<C>,
  rows: Iterable<SheetRow<C>> | AsyncIterable<SheetRow<C>>,
  locale: Locale,
): Promise<number> {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = spec.columns.map((column) => ({ key: column.key, width: column.width ?? defaultWidth(column, locale) }));

  const header = sheet.addRow(spec.columns.map((column) => column.header[locale]));
  spec.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true };
    if (column.example !== undefined) {
      cell.note = t(locale, 'documents.sheet.example', { example: column.example });
    }
  });
  header.commit();

  let count = 0;
  for await (const row of rows) {
    const record = row as Record<string, unknown>;
    const added = sheet.addRow(spec.columns.map((column) => toCellValue(record[column.key], columnType(column))));
    spec.columns.forEach((column, index) => {
      const format = numberFormat(column);
      if (format !== undefined) {
        added.getCell(index + 1).numFmt = format;
      }
    });
    added.commit();
    count += 1;
    if (count % YIELD_EVERY === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  sheet.commit();
  return count;
}

function newWorkbook(stream: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'OpenSTI';
  return workbook;
}

async function writeRows<C extends readonly ColumnSpec[]>(
  spec: SheetSpec<C>,
  rows: Iterable<SheetRow<C>> | AsyncIterable<SheetRow<C>>,
  stream: Writable,
  locale: Locale,
): Promise<number> {
  const workbook = newWorkbook(stream);
  const count = await addSheet(workbook, spec, rows, locale);
  await workbook.commit();
  return count;
}

/**
 * Streams a sheet as .xlsx to a writable stream or a file; rows may come from a database cursor.
 * Returns the number of data rows written. A file left half-written by a failure is removed.
 */
export async function writeSheet<C extends readonly ColumnSpec[]>(
  spec: SheetSpec<C>,
  rows: Iterable<SheetRow<C>> | AsyncIterable<SheetRow<C>>,
  target: Writable | string,
  options: WriteOptions = {},
): Promise<{ rows: number }> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (typeof target !== 'string') {
    return { rows: await writeRows(spec, rows, target, locale) };
  }
  const file = createWriteStream(target);
  try {
    return { rows: await writeRows(spec, rows, file, locale) };
  } catch (error) {
    file.destroy();
    await rm(target, { force: true });
    throw error;
  }
}

/** The whole workbook in memory, for small downloads and tests. */
export async function writeSheetToBuffer<C extends readonly ColumnSpec[]>(
  spec: SheetSpec<C>,
  rows: Iterable<SheetRow<C>> | AsyncIterable<SheetRow<C>>,
  options: WriteOptions = {},
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await writeSheet(spec, rows, sink, options);
  return Buffer.concat(chunks);
}

/** One sheet of a workbook with several: its declaration and its rows. */
export interface WorkbookSheet<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  spec: SheetSpec<C>;
  rows: Iterable<SheetRow<C>> | AsyncIterable<SheetRow<C>>;
}

/**
 * Several sheets in one workbook, in memory, each written as `writeSheet` writes its one sheet, so
 * every sheet reads back with `readSheet` and its own declaration. Returns the rows per sheet.
 */
export async function writeWorkbookToBuffer(sheets: readonly WorkbookSheet[], options: WriteOptions = {}): Promise<{ buffer: Buffer; rows: number[] }> {
  const names = new Set(sheets.map((sheet) => sheet.spec.name.toLocaleLowerCase('vi')));
  if (sheets.length === 0 || names.size !== sheets.length) {
    throw new Error('A workbook needs at least one sheet and distinct sheet names');
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const workbook = newWorkbook(sink);
  const rows: number[] = [];
  for (const sheet of sheets) {
    rows.push(await addSheet(workbook, sheet.spec, sheet.rows, locale));
  }
  await workbook.commit();
  return { buffer: Buffer.concat(chunks), rows };
}
