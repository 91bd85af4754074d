import { formatNumber, type Locale } from '../../../../common/i18n/index.ts';
import type { Translate } from '../../app/messages.ts';
import { hasMessage } from '../../app/messages.ts';

/**
 * The name of a coded value under a catalog prefix: `library.types` and the like, which the server
 * also writes documents with, or `ui.library.values.*` for those only the screens show. A value
 * the catalog does not know (an old import, say) is shown as stored rather than as a key.
 */
export function valueLabel(locale: Locale, t: Translate, prefix: string, value: string): string {
  // Catalog keys are dotted paths, so a value's own dots (`cc-by-4.0`) are written as underscores.
  const key = `${prefix}.${value.replaceAll('.', '_')}`;
  return hasMessage(locale, key) ? t(key) : value;
}

/** "1,2 MB" — file sizes the way people read them, with the locale's decimal comma or point. */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) {
    return `${formatNumber(bytes, locale)} B`;
  }
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${formatNumber(rounded, locale)} ${units[unit] ?? 'GB'}`;
}

/** Authors as a byline: all of them up to three, then the first with "et al." in the locale's words. */
export function byline(authors: readonly string[], t: Translate): string {
  if (authors.length <= 3) {
    return authors.join('; ');
  }
  return t('ui.library.record.etAl', { first: authors.slice(0, 3).join('; ') });
}

const MEDIA_TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
};

export function mediaTypeName(mediaType: string): string {
  return MEDIA_TYPE_NAMES[mediaType] ?? mediaType;
}
