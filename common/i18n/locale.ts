export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** Picks the first supported language of an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  if (!header) {
    return fallback;
  }
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (isLocale(tag)) {
      return tag;
    }
  }
  return fallback;
}
