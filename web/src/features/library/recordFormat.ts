import { LIBRARY_DETAILS_SCHEMAS, type LibraryRecordType } from '../../../../common/contracts/library.ts';
import { formatDate, formatMoney, formatNumber, type Locale } from '../../../../common/i18n/index.ts';
import type { Translate } from '../../app/messages.ts';
import { DETAIL_INPUTS } from './depositForm.ts';
import { valueLabel } from './labels.ts';

/** A calendar date (`2024-05-31`) as Vietnam reads it; it is a date, not an instant, so no zone shift. */
export function formatCalendarDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(`${iso}T00:00:00+07:00`) : iso;
}

/** The type's own fields in the order the contract declares them. */
export function detailKeys(type: LibraryRecordType): string[] {
  return Object.keys(LIBRARY_DETAILS_SCHEMAS[type].shape);
}

/** One type-specific value for reading; null when there is nothing to show. */
export function detailValue(type: LibraryRecordType, key: string, value: unknown, locale: Locale, t: Translate): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const input = DETAIL_INPUTS[type].find((candidate) => candidate.key === key);
  if (input?.kind === 'select' && typeof value === 'string') {
    return valueLabel(locale, t, input.namespace, value);
  }
  if (typeof value === 'boolean') {
    return value ? t('ui.library.deposit.yes') : t('ui.library.deposit.no');
  }
  if (typeof value === 'number') {
    return key === 'fundingVnd' ? formatMoney(value, locale) : formatNumber(value, locale);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? null : value.map(String).join('; ');
  }
  if (typeof value === 'string') {
    return /Date$/.test(key) ? formatCalendarDate(value) : value;
  }
  return null;
}

/** Whether an embargo still holds on a given day (both ISO calendar dates). */
export function underEmbargo(embargoUntil: string | null, today: string): boolean {
  return embargoUntil !== null && embargoUntil.slice(0, 10) > today;
}
