import { t } from '../../../../common/i18n/index.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';

/**
 * What is wrong with one row: a cell the reader refused, or a rule the importing module checked
 * itself (a reference that does not resolve, a duplicate within the file), hence any code.
 */
export interface ImportRowProblem {
  /** Header of the column in the reader's language; empty when the problem is not one column's. */
  column: string;
  key?: string;
  code: string;
  message: string;
}

export interface ImportRowError extends ImportRowProblem {
  row: number;
}

/**
 * One row offered to the runner: a value to write, or its problems. The reader's rows fit as they
 * are; a module may also pass rows it refused on its own checks.
 */
export type ImportRow<T> = { rowNumber: number; value: T } | { rowNumber: number; errors: readonly ImportRowProblem[] };

/** Kept as a job result, so plain JSON only. */
export interface ImportReport {
  dryRun: boolean;
  /** `invalid`: nothing written because of row errors; `dry_run`: nothing written on purpose; `applied`: written. */
  outcome: 'invalid' | 'dry_run' | 'applied';
  total: number;
  valid: number;
  invalid: number;
  applied: number;
  errors: ImportRowError[];
  /** Errors beyond `maxErrors`, counted but not listed. */
  errorsOmitted: number;
}

export interface ImportProgress {
  phase: 'validating' | 'applying';
  done: number;
  /** Unknown while rows are still being read. */
  total: number | null;
  /** 0–1 over the whole run: validation is the first half, writing the second. */
  fraction: number;
}

export interface ValidRow<T> {
  rowNumber: number;
  value: T;
}

export interface RunImportOptions<T> {
  rows: Iterable<ImportRow<T>> | AsyncIterable<ImportRow<T>>;
  dryRun: boolean;
  /**
   * Writes every valid row; the caller runs it inside one transaction so an import lands whole or
   * not at all. It may report how many rows it has written so far, and may return how many rows
   * it actually changed (defaults to all of them).
   */
  apply(rows: ValidRow<T>[], progress: (done: number) => Promise<void>): Promise<number | void>;
  onProgress?(progress: ImportProgress): Promise<void> | void;
  maxErrors?: number;
  /** Rows between two progress reports. */
  progressEvery?: number;
}

export const IMPORT_DEFAULTS = { maxErrors: 1000, progressEvery: 500 } as const;

/**
 * Validates all rows first and writes only when every row is valid and this is not a dry run;
 * the returned report says what was (or would have been) done and lists the row errors.
 */
export async function runImport<T>(options: RunImportOptions<T>): Promise<ImportReport> {
  const maxErrors = options.maxErrors ?? IMPORT_DEFAULTS.maxErrors;
  const every = Math.max(1, options.progressEvery ?? IMPORT_DEFAULTS.progressEvery);
  const report = async (progress: ImportProgress): Promise<void> => {
    await options.onProgress?.(progress);
  };

  const valid: ValidRow<T>[] = [];
  const errors: ImportRowError[] = [];
  let errorsOmitted = 0;
  let invalid = 0;
  let total = 0;
  for await (const row of options.rows) {
    total += 1;
    if ('value' in row) {
      valid.push({ rowNumber: row.rowNumber, value: row.value });
    } else {
      invalid += 1;
      for (const error of row.errors) {
        if (errors.length < maxErrors) {
          errors.push({ row: row.rowNumber, ...error });
        } else {
          errorsOmitted += 1;
        }
      }
    }
    if (total % every === 0) {
      await report({ phase: 'validating', done: total, total: null, fraction: 0 });
    }
  }
  await report({ phase: 'validating', done: total, total, fraction: 0.5 });

  const base = { dryRun: options.dryRun, total, valid: valid.length, invalid, errors, errorsOmitted };
  if (invalid > 0) {
    return { ...base, outcome: 'invalid', applied: 0 };
  }
  if (options.dryRun) {
    return { ...base, outcome: 'dry_run', applied: 0 };
  }

  let lastReported = 0;
  let finished = false;
  const applying = async (done: number): Promise<void> => {
    const bounded = Math.min(Math.max(0, done), valid.length);
    const last = bounded === valid.length;
    if ((last && !finished) || bounded - lastReported >= every) {
      lastReported = bounded;
      finished = last;
      const fraction = valid.length === 0 ? 1 : 0.5 + (0.5 * bounded) / valid.length;
      await report({ phase: 'applying', done: bounded, total: valid.length, fraction });
    }
  };
  const changed = await options.apply(valid, applying);
  await applying(valid.length);
  const applied = typeof changed === 'number' ? changed : valid.length;
  return { ...base, outcome: 'applied', applied };
}

/** A one-line progress message for the job view. */
export function importProgressMessage(locale: Locale, progress: ImportProgress): string {
  return progress.phase === 'validating'
    ? t(locale, 'documents.import.validating', { done: progress.done })
    : t(locale, 'documents.import.applying', { done: progress.done, total: progress.total ?? progress.done });
}
