import type { z } from 'zod';
import type { Locale } from '../../../../common/i18n/locale.ts';

/**
 * How a column's values travel between the application and a cell. Dates are calendar dates held
 * as `yyyy-MM-dd` text in the application and written as real Excel dates; numbers and booleans
 * are written as such, so a spreadsheet user can sort and sum them.
 */
export type CellType = 'text' | 'number' | 'date' | 'boolean';

export interface ColumnSpec<K extends string = string, S extends z.ZodType = z.ZodType> {
  readonly key: K;
  readonly header: { readonly vi: string; readonly en: string };
  /** Validates the cell value after it has been normalised for `type` (empty cells arrive as `undefined`). */
  readonly schema: S;
  readonly type?: CellType;
  /** Column width in characters. */
  readonly width?: number;
  /** Shown as a note on the header cell of a written sheet, so a blank template explains itself. */
  readonly example?: string;
  /** Excel number format; dates default to dd/mm/yyyy. */
  readonly format?: string;
}

export interface SheetSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  readonly name: string;
  readonly columns: C;
}

/** One row of a sheet as the application sees it: each column key with its schema's output type. */
export type SheetRow<C extends readonly ColumnSpec[]> = {
  [Col in C[number] as Col['key']]: z.output<Col['schema']>;
};

// Excel refuses these characters in sheet names and caps names at 31 characters.
const FORBIDDEN_SHEET_NAME = /[\\/?*[\]:]/;

export function normaliseHeader(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/**
 * Declares a sheet once for both directions: the writer emits these columns and the reader expects
 * them back (under their Vietnamese or English headers). Mistakes in a declaration are programming
 * errors and throw at start-up, not at import time.
 */
export function defineSheet<const C extends readonly ColumnSpec[]>(spec: { name: string; columns: C }): SheetSpec<C> {
  if (spec.name.length === 0 || spec.name.length > 31 || FORBIDDEN_SHEET_NAME.test(spec.name)) {
    throw new Error(`Sheet name "${spec.name}" is not allowed by Excel`);
  }
  if (spec.columns.length === 0) {
    throw new Error(`Sheet "${spec.name}" has no columns`);
  }
  const keys = new Set<string>();
  const headers = new Map<string, string>();
  for (const column of spec.columns) {
    if (keys.has(column.key)) {
      throw new Error(`Sheet "${spec.name}": column key "${column.key}" is declared twice`);
    }
    keys.add(column.key);
    for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
      const header = normaliseHeader(column.header[locale]);
      if (header.length === 0) {
        throw new Error(`Sheet "${spec.name}": column "${column.key}" has an empty ${locale} header`);
      }
      const owner = headers.get(header);
      if (owner !== undefined && owner !== column.key) {
        throw new Error(`Sheet "${spec.name}": header "${column.header[locale]}" is used by "${owner}" and "${column.key}"`);
      }
      headers.set(header, column.key);
    }
  }
  return { name: spec.name, columns: spec.columns };
}

export function columnType(column: ColumnSpec): CellType {
  return column.type ?? 'text';
}
