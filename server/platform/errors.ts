import type { ErrorCode } from '../../common/contracts/errors.ts';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/**
 * The one error type services throw. `code` is stable and documented; the HTTP layer turns it into
 * `application/problem+json` with a title localised from the catalogs.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    options: { detail?: string; fieldErrors?: FieldError[]; params?: Record<string, string | number>; headers?: Record<string, string> } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.detail = options.detail;
    this.fieldErrors = options.fieldErrors;
    this.params = options.params;
    this.headers = options.headers;
  }

  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[] | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly headers: Record<string, string> | undefined;
}

export const notFound = (): AppError => new AppError('not_found', 404);
export const unauthenticated = (): AppError => new AppError('unauthenticated', 401);
export const forbidden = (reason: ErrorCode = 'forbidden', params?: Record<string, string | number>): AppError =>
  new AppError(reason, 403, { params });
export const conflict = (code: ErrorCode, detail?: string): AppError => new AppError(code, 409, { detail });
export const badRequest = (fieldErrors: FieldError[], code: ErrorCode = 'validation_failed'): AppError =>
  new AppError(code, 400, { fieldErrors });
