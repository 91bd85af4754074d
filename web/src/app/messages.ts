import { t, type Locale } from '../../../common/i18n/index.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** Whether the catalog holds `key` (the translator answers with the key itself when it does not). */
export function hasMessage(locale: Locale, key: string): boolean {
  return t(locale, key) !== key;
}

/**
 * The sentence shown under a form field for an error code, whether it came from the server
 * (`body.email` → `email_taken`) or from validating the form with the same contract first.
 * Codes are looked up among the generic field messages, then the directory's and the library's, then the API errors.
 */
export function fieldErrorMessage(locale: Locale, code: string, params?: Record<string, string | number>): string {
  for (const namespace of ['ui.fieldErrors', 'directory.fieldErrors', 'library.fieldErrors', 'errors']) {
    const key = `${namespace}.${code}`;
    if (hasMessage(locale, key)) {
      return t(locale, key, params);
    }
  }
  return t(locale, 'ui.fieldErrors.invalid');
}

/** The title of an API error code in the interface language, with a generic fallback. */
export function errorTitle(locale: Locale, code: string, serverTitle?: string): string {
  if (hasMessage(locale, `ui.apiErrors.${code}`)) {
    return t(locale, `ui.apiErrors.${code}`);
  }
  if (serverTitle) {
    return serverTitle;
  }
  return hasMessage(locale, `errors.${code}`) ? t(locale, `errors.${code}`) : t(locale, 'errors.internal_error');
}
