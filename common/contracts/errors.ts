/**
 * Stable error and refusal codes. Clients branch on these; titles come from the i18n catalogs
 * (`errors.<code>`), and a test checks that every code has a Vietnamese and an English title.
 */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'internal_error',
  'csrf_failed',
  'too_many_attempts',
  'invalid_credentials',
  'account_pending',
  'account_disabled',
  'email_taken',
  'reset_token_invalid',
  'not_admin',
  'missing_role',
  'outside_scope',
  'stale_version',
  'file_type_rejected',
  'file_too_large',
  'file_name_invalid',
  'import_invalid',
  'import_columns_mismatch',
  'import_too_many_rows',
  'job_not_retryable',
  'job_not_cancellable',
  'organisation_cycle',
  'section_cycle',
  'duplicate_code',
  'in_use',
  'service_unavailable',
  'report_locked',
  'report_state_invalid',
  'search_syntax',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProblemFieldError {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: ProblemFieldError[];
  requestId: string;
}
