import ExcelJS from 'exceljs';
import { t } from '../../../../common/i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../../common/i18n/locale.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { cellErrorMessage, fromCell, validateCell, type CellError } from './cells.ts';
import { columnType, normaliseHeader, type ColumnSpec, type SheetRow, type SheetSpec } from './sheet.ts';
import { inspectWorkbook } from './zip-guard.ts';

export interface ReadOptions {
  /** Language of the per-cell error messages. */
  locale?: Locale;
  /** Data rows allowed below the header. */
  maxRows?: number;
  /** Size of the uploaded file. */
  maxBytes?: number;
  /** Size of the workbook once unpacked. */
  maxUncompressedBytes?: number;
}

export const READ_DEFAULTS = {
  maxRows: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
} as const;

const MAX_ZIP_ENTRIES = 1000;

export interface RowCellError extends CellError {
  /** The column's key in the sheet spec; `column` is its header in the reader's language. */
  key: string;
}

/** One data row: its number as Excel shows it, and either the validated value or what is wrong with it. */
export type ReadRow<T> = { rowNumber: number; value: T } | { rowNumber: number; errors: RowCellError[] };

export function isValidRow<T>(row: ReadRow<T>): row is { rowNumber: number; value: T } {
  return 'value' in row;
}

function cellIsEmpty(cell: ExcelJS.Cell): boolean {
  const read = fromCell(cell.value, 'text');
  return 'value' in read && read.value === undefined;
}

function columnsMismatch(fieldErrors: FieldError[]): AppError {
  return new AppError('import_columns_mismatch', 400, { fieldErrors });
}

/**
 * Maps sheet columns (by position) to spec columns through the header row, which may use the
 * Vietnamese or the English headers in any order. Every problem is gathered into a single error
 * so the user fixes the header in one go.
 */
function mapHeader(spec: SheetSpec, header: ExcelJS.Row, locale: Locale): Map<number, ColumnSpec> {
  const byHeader = new Map<string, ColumnSpec>();
  for (const column of spec.columns) {
    byHeader.set(normaliseHeader(column.header.vi), column);
    byHeader.set(normaliseHeader(column.header.en), column);
  }
  const mapping = new Map<number, ColumnSpec>();
  const seen = new Set<string>();
  const problems: FieldError[] = [];
  header.eachCell({ includeEmpty: false }, (cell, index) => {
    const read = fromCell(cell.value, 'text');
    if (!('value' in read) || typeof read.value !== 'string') {
      return;
    }
    const label = read.value.trim();
    const column = byHeader.get(normaliseHeader(label));
    if (!column) {
      problems.push({ path: label, code: 'unknown_column', message: t(locale, 'documents.columns.unknown', { column: label }) });
    } else if (seen.has(column.key)) {
      problems.push({ path: column.key, code: 'duplicate_column', message: t(locale, 'documents.columns.duplicate', { column: label }) });
    } else {
      seen.add(column.key);
      mapping.set(index, column);
    }
  });
  for (const column of spec.columns) {
    if (!seen.has(column.key)) {
      const label = column.header[locale];
      problems.push({ path: column.key, code: 'missing_column', message: t(locale, 'documents.columns.missing', { column: label }) });
    }
  }
  if (problems.length > 0) {
    throw columnsMismatch(problems);
  }
  return mapping;
}

async function loadWorkbook(buffer: Buffer, options: ReadOptions): Promise<ExcelJS.Workbook> {
  const maxBytes = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  if (buffer.length > maxBytes) {
    throw new AppError('file_too_large', 413);
  }
  await inspectWorkbook(buffer, {
    maxUncompressedBytes: options.maxUncompressedBytes ?? READ_DEFAULTS.maxUncompressedBytes,
    maxDataRows: options.maxRows ?? READ_DEFAULTS.maxRows,
    maxEntries: MAX_ZIP_ENTRIES,
  });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('file_type_rejected', 415);
  }
  return workbook;
}

/**
 * Reads the sheet named in the spec (or the first sheet) of an .xlsx upload. The file is checked
 * for size, for being a real workbook and for its row count before it is parsed; then the header
 * row (the first non-empty row) is matched to the spec and each later non-empty row is validated
 * with the column schemas. Structural problems throw `AppError`; cell problems are reported per row.
 */
export async function* readSheet<C extends readonly ColumnSpec[]>(
  spec: SheetSpec<C>,
  buffer: Buffer,
  options: ReadOptions = {},
): AsyncGenerator<ReadRow<SheetRow<C>>> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const workbook = await loadWorkbook(buffer, options);
  const sheet = workbook.getWorksheet(spec.name) ?? workbook.worksheets[0];
  const noHeader = (): AppError =>
    columnsMismatch([{ path: '', code: 'no_header', message: t(locale, 'documents.columns.no_header') }]);
  if (!sheet) {
    throw noHeader();
  }

  let mapping: Map<number, ColumnSpec> | null = null;
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.findRow(rowNumber);
    if (!row) {
      continue;
    }
    if (mapping === null) {
      let hasValue = false;
      row.eachCell({ includeEmpty: false }, (cell) => {
        hasValue ||= !cellIsEmpty(cell);
      });
      if (hasValue) {
        mapping = mapHeader(spec, row, locale);
      }
      continue;
    }
    const cells = [...mapping].map(([index, column]) => ({ column, cell: row.getCell(index) }));
    if (cells.every(({ cell }) => cellIsEmpty(cell))) {
      continue;
    }
    const value: Record<string, unknown> = {};
    const errors: RowCellError[] = [];
    for (const { column, cell } of cells) {
      const label = column.header[locale];
      const type = columnType(column);
      const read = fromCell(cell.value, type);
      if ('error' in read) {
        const message = cellErrorMessage(locale, 'cell_error', { error: read.error });
        errors.push({ column: label, key: column.key, code: 'cell_error', message });
        continue;
      }
      const checked = validateCell(column.schema, read.value, type, label, locale);
      if (checked.ok) {
        value[column.key] = checked.value;
      } else {
        errors.push({ ...checked.error, key: column.key });
      }
    }
    yield errors.length > 0 ? { rowNumber, errors } : { rowNumber, value: value as SheetRow<C> };
  }
  if (mapping === null) {
    throw noHeader();
  }
}
