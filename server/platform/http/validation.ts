import type { z } from 'zod';
import { AppError, type FieldError } from '../errors.ts';

/** Turns zod issues into field errors addressed by path (`body.name`, `query.page`). */
export function toFieldErrors(location: string, issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    code: issue.code === 'custom' ? issue.message : issue.code,
    message: issue.message,
  }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, location: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('validation_failed', 400, { fieldErrors: toFieldErrors(location, result.error.issues) });
  }
  return result.data;
}
