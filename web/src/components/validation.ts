import type { z } from 'zod';
import type { ProblemFieldError } from '../../../common/contracts/errors.ts';

const MESSAGE_KEY = /^[a-z][a-z0-9_]*$/;

/**
 * The error code of one issue. Contracts name their custom failures in the message
 * (`password_too_short`, `orcid_invalid`), so a message that is an identifier wins over zod's
 * generic code; an empty required field reads as `required`.
 */
export function issueCode(issue: { code: string; message: string; minimum?: unknown; origin?: unknown }): string {
  if (MESSAGE_KEY.test(issue.message)) {
    return issue.message;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && (issue.minimum === 1 || issue.minimum === 1n)) {
    return 'required';
  }
  return issue.code;
}

/** Field errors of a problem document, keyed by field (`body.email` → `email`); the first per field wins. */
export function problemFieldCodes(errors: readonly ProblemFieldError[], location = 'body'): Record<string, string> {
  const byField: Record<string, string> = {};
  const prefix = `${location}.`;
  for (const error of errors) {
    if (!error.path.startsWith(prefix)) {
      continue;
    }
    const field = error.path.slice(prefix.length);
    if (field !== '' && !(field in byField)) {
      byField[field] = issueCode({ code: error.code, message: error.message });
    }
  }
  return byField;
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) {
      return undefined;
    }
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/** Checks form values against the same zod contract the server applies, before sending them. */
export function validateWith<S extends z.ZodType>(schema: S, values: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) {
    return { ok: true, data: result.data };
  }
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (field in errors) {
      continue;
    }
    const code = issueCode(issue);
    // A required field left blank fails as a wrong type or format; say what is actually wrong.
    const generic = code === 'invalid_type' || code === 'invalid_format' || code === 'too_small' || code === 'invalid_value';
    errors[field] = generic && isBlank(valueAt(values, issue.path)) ? 'required' : code;
  }
  return { ok: false, errors };
}
