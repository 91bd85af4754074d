import { z } from 'zod';
import { CONTRIBUTOR_ROLES, ZLibraryRecordInput, type ContributorRole, type TLibraryRecord, type TLibraryRecordInput } from '../../../../common/contracts/library.ts';
import { t } from '../../../../common/i18n/index.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import { TRANSFER_COLUMNS } from '../../../../common/i18n/messages/library-exchange.ts';
import { defineSheet, type ColumnSpec } from '../../../platform/documents/index.ts';

/**
 * The columns of the library's import and export files, declared once: Excel reads and writes them
 * through the documents service, CSV through the same schemas. Lists sit in one cell separated by
 * semicolons; contributors other than authors carry their role in brackets (`Lê Văn C [editor]`).
 */

export type ColumnKey = (typeof TRANSFER_COLUMNS)[number];
export type Cells = Record<ColumnKey, string | number | null>;

const cell = (max: number) => z.string().max(max).optional().transform((value) => (value === undefined || value.trim() === '' ? null : value));

const SCHEMAS: Record<ColumnKey, z.ZodType> = {
  externalId: z.string().trim().min(1).max(200),
  type: z.string().trim().min(1).max(40),
  title: z.string().min(1).max(600),
  titleEn: cell(600),
  abstract: cell(25_000),
  keywords: cell(4000),
  language: cell(10),
  licence: cell(40),
  issuedYear: z.number().int().optional().transform((value) => value ?? null),
  issuedDate: cell(10),
  publisher: cell(400),
  fieldCodes: cell(200),
  programArea: cell(2),
  taskCode: cell(80),
  doi: cell(300),
  isbn: cell(30),
  patentNo: cell(60),
  resultNo: cell(30),
  accessLevel: cell(20),
  embargoUntil: cell(10),
  organisationId: cell(40),
  jurisdictionCode: cell(10),
  contributors: cell(20_000),
  details: cell(20_000),
};

function column(key: ColumnKey): ColumnSpec<ColumnKey> {
  const header = { vi: t('vi', `libraryExchange.columns.${key}`), en: t('en', `libraryExchange.columns.${key}`) };
  const type = key === 'issuedYear' ? 'number' : key === 'issuedDate' || key === 'embargoUntil' ? 'date' : 'text';
  return { key, header, schema: SCHEMAS[key], type, width: key === 'title' || key === 'abstract' ? 60 : key.endsWith('Id') ? 38 : 20 };
}

export const recordSheet = defineSheet({ name: 'Thư viện', columns: TRANSFER_COLUMNS.map(column) });

export function headerOf(key: string, locale: Locale): string {
  return (TRANSFER_COLUMNS as readonly string[]).includes(key) ? t(locale, `libraryExchange.columns.${key}`) : '';
}

const list = (value: string | null): string[] => (value ?? '').split(';').map((item) => item.trim()).filter(Boolean);

function contributorCell(record: TLibraryRecord): string {
  return record.contributors.map((contributor) => (contributor.role === 'author' ? contributor.name : `${contributor.name} [${contributor.role}]`)).join('; ');
}

/** A record as one row of the file; `externalId` falls back on the record's own id, so every row re-imports. */
export function cellsOfRecord(record: TLibraryRecord, jurisdictionCode: string | null): Cells {
  return {
    externalId: record.externalId ?? record.id,
    type: record.type,
    title: record.title,
    titleEn: record.titleEn,
    abstract: record.abstract,
    keywords: record.keywords.join('; ') || null,
    language: record.language,
    licence: record.licence,
    issuedYear: record.issuedYear,
    issuedDate: record.issuedDate,
    publisher: record.publisher,
    fieldCodes: record.fields.map((field) => field.code).join('; ') || null,
    programArea: record.programArea,
    taskCode: record.taskCode,
    doi: record.identifiers.doi,
    isbn: record.identifiers.isbn,
    patentNo: record.identifiers.patentNo,
    resultNo: record.identifiers.resultNo,
    accessLevel: record.accessLevel,
    embargoUntil: record.embargoUntil,
    organisationId: record.organisation?.id ?? null,
    jurisdictionCode,
    contributors: contributorCell(record) || null,
    details: Object.keys(record.details).length > 0 ? JSON.stringify(record.details) : null,
  };
}

export interface CellProblem {
  key: string;
  code: string;
  message: string;
}

const ROLE = /^(.*?)\s*\[([a-z_]+)\]$/;

function isRole(value: string): value is ContributorRole {
  return (CONTRIBUTOR_ROLES as readonly string[]).includes(value);
}

/** The column a validation path of the record input belongs to. */
function keyOfPath(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  if (head === 'identifiers') {
    return next ?? 'doi';
  }
  if (head === 'programId') {
    return 'programArea';
  }
  if (head === 'jurisdictionId') {
    return 'jurisdictionCode';
  }
  return head && (TRANSFER_COLUMNS as readonly string[]).includes(head) ? head : 'details';
}

/** A row of the file as the input a depositor would send, or what is wrong with its cells. */
export function inputOfCells(cells: Cells, jurisdictionId: string | null, locale: Locale): { input: TLibraryRecordInput & { externalId: string } } | { problems: CellProblem[] } {
  const text = (key: ColumnKey): string | null => {
    const value = cells[key];
    return value === null ? null : String(value);
  };
  let details: unknown = {};
  if (text('details')) {
    try {
      details = JSON.parse(text('details') ?? '{}');
    } catch {
      return { problems: [{ key: 'details', code: 'not_json', message: t(locale, 'libraryExchange.transfer.notJson') }] };
    }
  }
  const contributors = list(text('contributors')).map((entry) => {
    const match = ROLE.exec(entry);
    return match && isRole(match[2] ?? '') ? { role: match[2], name: match[1] } : { role: 'author', name: entry };
  });
  const candidate = {
    type: text('type'),
    title: text('title'),
    titleEn: text('titleEn'),
    abstract: text('abstract'),
    keywords: list(text('keywords')),
    language: text('language') ?? undefined,
    licence: text('licence'),
    issuedYear: cells.issuedYear === null ? null : Number(cells.issuedYear),
    issuedDate: text('issuedDate'),
    publisher: text('publisher'),
    fieldCodes: list(text('fieldCodes')),
    programArea: text('programArea'),
    programId: null,
    taskCode: text('taskCode'),
    identifiers: { doi: text('doi'), isbn: text('isbn'), patentNo: text('patentNo'), resultNo: text('resultNo') },
    accessLevel: text('accessLevel') ?? undefined,
    embargoUntil: text('embargoUntil'),
    organisationId: text('organisationId'),
    jurisdictionId,
    contributors,
    details,
  };
  const parsed = ZLibraryRecordInput.safeParse(candidate);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => ({ key: keyOfPath(issue.path), code: issue.code, message: issue.message })) };
  }
  return { input: { ...parsed.data, externalId: String(cells.externalId).trim() } };
}

/** Details without their empty fields, so a file that leaves them out matches the stored defaults. */
function canonicalDetails(value: string): string | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return value;
    }
    const kept = Object.entries(parsed).filter(([, item]) => item !== null && item !== '' && !(Array.isArray(item) && item.length === 0));
    return kept.length === 0 ? null : JSON.stringify(Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b))));
  } catch {
    return value;
  }
}

/** The cells an input would export as, to tell whether a row changes the stored record at all. */
export function sameRecord(stored: Cells, incoming: Cells): boolean {
  const normal = (cells: Cells) =>
    TRANSFER_COLUMNS.map((key) => {
      const value = cells[key];
      if (value === null || value === '') {
        return null;
      }
      if (key === 'keywords' || key === 'fieldCodes' || key === 'contributors') {
        return list(String(value)).join(';');
      }
      if (key === 'details') {
        return canonicalDetails(String(value));
      }
      return typeof value === 'string' ? value.trim() : value;
    });
  return JSON.stringify(normal(stored)) === JSON.stringify(normal(incoming));
}
