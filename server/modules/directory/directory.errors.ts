import { t } from '../../../common/i18n/index.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { AppError, badRequest, type FieldError } from '../../platform/errors.ts';

/** Directory-specific field error codes; titles live in `directory.fieldErrors.*`. */
export type DirectoryFieldCode =
  | 'jurisdiction_unknown'
  | 'commune_unknown'
  | 'commune_outside_jurisdiction'
  | 'organisation_unknown'
  | 'person_unknown'
  | 'field_unknown'
  | 'orcid_taken'
  | 'end_before_start';

export function fieldError(locale: Locale, path: string, code: DirectoryFieldCode): FieldError {
  return { path, code, message: t(locale, `directory.fieldErrors.${code}`) };
}

export function invalidReference(locale: Locale, path: string, code: DirectoryFieldCode): AppError {
  return badRequest([fieldError(locale, path, code)]);
}

export function orcidTaken(locale: Locale): AppError {
  return new AppError('duplicate_code', 409, { fieldErrors: [fieldError(locale, 'body.orcid', 'orcid_taken')] });
}
