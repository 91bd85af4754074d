import type { ProblemFieldError } from '../../../common/contracts/errors.ts';

/** An API failure as the screens see it: a stable code, a localised title, and errors per field. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: ProblemFieldError[];
  readonly requestId: string | null;

  constructor(init: { status: number; code: string; title: string; fieldErrors?: ProblemFieldError[]; requestId?: string | null }) {
    super(init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.requestId = init.requestId ?? null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an `application/problem+json` body defensively: a proxy or an old server may answer with
 * something else, and the screen still needs a code and a title to show.
 */
export function problemToError(status: number, body: unknown, fallbackTitle: string): ApiError {
  if (!isRecord(body)) {
    return new ApiError({ status, code: status >= 500 ? 'internal_error' : 'unknown', title: fallbackTitle });
  }
  const code = typeof body.code === 'string' ? body.code : status >= 500 ? 'internal_error' : 'unknown';
  const title = typeof body.title === 'string' && body.title !== '' ? body.title : fallbackTitle;
  const fieldErrors: ProblemFieldError[] = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((entry) => ({
        path: typeof entry.path === 'string' ? entry.path : '',
        code: typeof entry.code === 'string' ? entry.code : 'invalid',
        message: typeof entry.message === 'string' ? entry.message : '',
      }))
    : [];
  const requestId = typeof body.requestId === 'string' ? body.requestId : null;
  return new ApiError({ status, code, title, fieldErrors, requestId });
}
