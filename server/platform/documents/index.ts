/**
 * Documents: official Word documents (Decree 30/2020 and Party formats) and spreadsheet import and
 * export from one column declaration. Knows nothing of any module; modules bring their own sheets
 * and document content.
 */
export { buildOfficialDocument } from './word/builder.ts';
export { numberLine, registrationNumber, NATIONAL_TITLE, MOTTO, PARTY_TITLE } from './word/header.ts';
export { officialDocumentSchema, type OfficialDocument, type OfficialDocumentInput, type Block } from './word/schema.ts';

export { defineSheet, type CellType, type ColumnSpec, type SheetRow, type SheetSpec } from './excel/sheet.ts';
export { writeSheet, writeSheetToBuffer, writeWorkbookToBuffer, type WorkbookSheet, type WriteOptions } from './excel/writer.ts';
export { readSheet, isValidRow, READ_DEFAULTS, type ReadOptions, type ReadRow, type RowCellError } from './excel/reader.ts';
export {
  runImport,
  importProgressMessage,
  IMPORT_DEFAULTS,
  type ImportProgress,
  type ImportReport,
  type ImportRowError,
  type RunImportOptions,
  type ValidRow,
} from './excel/import.ts';

/** Media types callers pass to the file service when storing what these functions produce or accept. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
