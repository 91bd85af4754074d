import type { CellValue } from 'exceljs';
import type { z } from 'zod';
import { t } from '../../../../common/i18n/index.ts';
import { TIME_ZONE, type Locale } from '../../../../common/i18n/locale.ts';
import type { CellType } from './sheet.ts';

/** Codes of cell problems; each has a message under `documents.cell.<code>` in both languages. */
export const CELL_ERROR_CODES = [
  'required',
  'invalid_text',
  'invalid_number',
  'invalid_integer',
  'invalid_date',
  'invalid_boolean',
  'invalid_choice',
  'invalid_format',
  'invalid_value',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'invalid_unicode',
  'control_characters',
  'single_line_expected',
  'cell_error',
] as const;
export type CellErrorCode = (typeof CELL_ERROR_CODES)[number];

export interface CellError {
  column: string;
  code: CellErrorCode;
  message: string;
}

/** A value read from a cell after unwrapping formulas, rich text and links; `error` is a formula error such as #N/A. */
type Plain = string | number | boolean | Date | undefined | { error: string };

function unwrap(value: CellValue): Plain {
  if (value === null || value === undefined) {
    return undefined;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return value;
  }
  if ('error' in value) {
    return { error: String(value.error) };
  }
  if ('richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? undefined : unwrap(value.result);
  }
  if ('hyperlink' in value) {
    return typeof value.text === 'string' ? value.text : unwrap(value.text);
  }
  return undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A Date written for a calendar date carries midnight UTC (see `toCellValue`), so read its UTC parts. */
function isoDateOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function validCalendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return isoDateOf(date);
}

const TRUE_WORDS = new Set(['có', 'x', 'yes', 'true', '1', 'đúng']);
const FALSE_WORDS = new Set(['không', 'no', 'false', '0', 'sai']);

/**
 * Turns a cell into what the column schema validates: `undefined` when empty, otherwise a value of
 * the column's type where the cell allows it (digits typed as text become numbers, dd/mm/yyyy text
 * becomes a date). Anything else is handed over as found, for the schema to refuse.
 */
export function fromCell(value: CellValue, type: CellType): { value: unknown } | { error: string } {
  const plain = unwrap(value);
  if (plain === undefined || (typeof plain === 'string' && plain.trim() === '')) {
    return { value: undefined };
  }
  if (typeof plain === 'object' && !(plain instanceof Date)) {
    return { error: plain.error };
  }
  switch (type) {
    case 'text':
      if (plain instanceof Date) {
        return { value: isoDateOf(plain) };
      }
      return { value: typeof plain === 'string' ? plain : String(plain) };
    case 'number':
      if (typeof plain === 'string' && /^\s*[+-]?\d+\s*$/.test(plain)) {
        return { value: Number(plain.trim()) };
      }
      return { value: plain };
    case 'date': {
      if (plain instanceof Date) {
        return { value: isoDateOf(plain) };
      }
      if (typeof plain === 'string') {
        const vietnamese = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(plain);
        if (vietnamese) {
          return { value: validCalendarDate(Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])) ?? plain };
        }
        return { value: plain.trim() };
      }
      return { value: plain };
    }
    case 'boolean':
      if (typeof plain === 'string') {
        const word = plain.trim().toLocaleLowerCase('vi');
        if (TRUE_WORDS.has(word)) {
          return { value: true };
        }
        if (FALSE_WORDS.has(word)) {
          return { value: false };
        }
      }
      if (plain === 1 || plain === 0) {
        return { value: plain === 1 };
      }
      return { value: plain };
  }
}

/** Calendar date of a `yyyy-MM-dd` string, or of an instant as seen in Vietnam. */
function calendarDate(value: string | Date): Date | undefined {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) {
      const iso = validCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
      return iso === undefined ? undefined : new Date(`${iso}T00:00:00Z`);
    }
  }
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) {
    return undefined;
  }
  const local = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
  return new Date(`${local}T00:00:00Z`);
}

/** The cell written for an application value: real dates, numbers and booleans, text otherwise. */
export function toCellValue(value: unknown, type: CellType): string | number | boolean | Date | null {
  if (value === null || value === undefined) {
    return null;
  }
  switch (type) {
    case 'date':
      if (typeof value === 'string' || value instanceof Date) {
        return calendarDate(value) ?? String(value);
      }
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) {
        return value;
      }
      break;
    case 'boolean':
      if (typeof value === 'boolean') {
        return value;
      }
      break;
    case 'text':
      break;
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) {
    return isoDateOf(value);
  }
  return JSON.stringify(value);
}

const TYPE_CODES: Record<CellType, CellErrorCode> = {
  text: 'invalid_text',
  number: 'invalid_number',
  date: 'invalid_date',
  boolean: 'invalid_boolean',
};

// Codes the shared text schema uses as messages (common/contracts/text.ts).
const TEXT_CODES: ReadonlyMap<string, CellErrorCode> = new Map(
  (['invalid_unicode', 'control_characters', 'single_line_expected'] as const).map((code) => [code, code]),
);

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, type: CellType): { code: CellErrorCode; params: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type':
      if (raw === undefined) {
        return { code: 'required', params: {} };
      }
      return { code: issue.expected === 'int' ? 'invalid_integer' : TYPE_CODES[type], params: {} };
    case 'too_small':
      return { code: issue.origin === 'string' ? 'too_short' : 'too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { code: issue.origin === 'string' ? 'too_long' : 'too_large', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_choice', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'invalid_date' : 'invalid_format', params: {} };
    case 'custom':
      return { code: TEXT_CODES.get(issue.message) ?? 'invalid_value', params: {} };
    case 'invalid_union':
    case 'invalid_element':
    case 'invalid_key':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return { code: 'invalid_value', params: {} };
  }
}

export function cellErrorMessage(locale: Locale, code: CellErrorCode, params: Record<string, string | number> = {}): string {
  return t(locale, `documents.cell.${code}`, params);
}

/** Runs a column schema over a normalised cell; the first issue becomes the cell's error. */
export function validateCell(
  schema: z.ZodType,
  raw: unknown,
  type: CellType,
  column: string,
  locale: Locale,
): { ok: true; value: unknown } | { ok: false; error: CellError } {
  const result = schema.safeParse(raw);
  if (result.success) {
    return { ok: true, value: result.data };
  }
  const issue = result.error.issues[0];
  const { code, params } = issue ? describeIssue(issue, raw, type) : { code: 'invalid_value' as const, params: {} };
  return { ok: false, error: { column, code, message: cellErrorMessage(locale, code, params) } };
}
