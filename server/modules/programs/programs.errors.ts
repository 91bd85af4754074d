import { t } from '../../../common/i18n/index.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { AppError, badRequest, type FieldError } from '../../platform/errors.ts';

/** Field error codes of the programs pillar; titles live in `programs.fieldErrors.*`. */
export type ProgramsFieldCode =
  | 'jurisdiction_unknown'
  | 'organisation_unknown'
  | 'organisation_ambiguous'
  | 'section_unknown'
  | 'indicator_unknown'
  | 'program_unknown'
  | 'duplicate_ref'
  | 'duplicate_code'
  | 'program_code_taken'
  | 'section_cycle'
  | 'ratio_inputs_required'
  | 'ratio_inputs_forbidden'
  | 'ratio_cycle'
  | 'computation_required'
  | 'computation_unknown'
  | 'computation_forbidden'
  | 'target_bound_missing'
  | 'year_outside_program'
  | 'end_before_start';

export function fieldError(locale: Locale, path: string, code: ProgramsFieldCode): FieldError {
  return { path, code, message: t(locale, `programs.fieldErrors.${code}`) };
}

export function invalidField(locale: Locale, path: string, code: ProgramsFieldCode): AppError {
  return badRequest([fieldError(locale, path, code)]);
}

export function duplicateCode(locale: Locale, path: string, code: ProgramsFieldCode = 'duplicate_code'): AppError {
  return new AppError('duplicate_code', 409, { fieldErrors: [fieldError(locale, path, code)] });
}
