import type { TDirectoryImportReport } from '../../../../../common/contracts/directory.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file an export job wrote, when the job's result is one. */
export function exportResultOf(result: unknown): { fileId: string; fileName: string; rows: number } | null {
  if (!isRecord(result) || typeof result.fileId !== 'string' || typeof result.fileName !== 'string' || typeof result.rows !== 'number') {
    return null;
  }
  return { fileId: result.fileId, fileName: result.fileName, rows: result.rows };
}

/** The report of an import or dry run, in the shape every spreadsheet import of the platform returns. */
export function importReportOf(result: unknown): TDirectoryImportReport | null {
  if (!isRecord(result) || typeof result.outcome !== 'string' || typeof result.total !== 'number' || !Array.isArray(result.errors)) {
    return null;
  }
  return result as unknown as TDirectoryImportReport;
}
