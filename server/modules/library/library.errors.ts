import { t } from '../../../common/i18n/index.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { AppError, badRequest, type FieldError } from '../../platform/errors.ts';

/** Library-specific field error codes; titles live in `library.fieldErrors.*`. */
export type LibraryFieldCode =
  | 'jurisdiction_unknown'
  | 'jurisdiction_required'
  | 'organisation_unknown'
  | 'person_unknown'
  | 'field_unknown'
  | 'program_unknown'
  | 'identifier_taken'
  | 'comment_required';

export function fieldError(locale: Locale, path: string, code: LibraryFieldCode): FieldError {
  return { path, code, message: t(locale, `library.fieldErrors.${code}`) };
}

export function invalidReference(locale: Locale, path: string, code: LibraryFieldCode): AppError {
  return badRequest([fieldError(locale, path, code)]);
}

export function identifierTaken(locale: Locale, path: string): AppError {
  return new AppError('duplicate_code', 409, { fieldErrors: [fieldError(locale, path, 'identifier_taken')] });
}

/** The record is not in a state that allows the action (e.g. publishing a draft nobody submitted). */
export function wrongState(status: string): AppError {
  return new AppError('conflict', 409, { detail: `not allowed while the record is ${status}` });
}
