import { TIME_ZONE, type Locale } from './locale.ts';

// Official Vietnamese documents write numbers as 1.434.171,5 and dates as dd/MM/yyyy whatever the
// interface language, so the formatters below are Vietnamese for `vi` and plain ISO-like for `en`.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: { min: number; max: number }): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits.min}:${fractionDigits.max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: fractionDigits.min,
      maximumFractionDigits: fractionDigits.max,
    });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, locale: Locale = 'vi', maxFractionDigits = 2): string {
  return numberFormat(locale, { min: 0, max: maxFractionDigits }).format(value);
}

export function formatPercent(value: number, locale: Locale = 'vi', fractionDigits = 1): string {
  return `${numberFormat(locale, { min: 0, max: fractionDigits }).format(value)} %`;
}

/** Money is VND held as an integer number of đồng. */
export function formatMoney(amountVnd: number, locale: Locale = 'vi'): string {
  const digits = numberFormat(locale, { min: 0, max: 0 }).format(Math.round(amountVnd));
  return locale === 'vi' ? `${digits} đồng` : `VND ${digits}`;
}

function datePartsInZone(value: Date | string): { day: string; month: string; year: string; hour: string; minute: string } {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('day'), month: get('month'), year: get('year'), hour: get('hour'), minute: get('minute') };
}

/** dd/MM/yyyy in Vietnam time, the form official correspondence uses. */
export function formatDate(value: Date | string): string {
  const { day, month, year } = datePartsInZone(value);
  return `${day}/${month}/${year}`;
}

export function formatDateTime(value: Date | string): string {
  const { day, month, year, hour, minute } = datePartsInZone(value);
  return `${hour}:${minute} ${day}/${month}/${year}`;
}

/**
 * The place-and-date line of an administrative document (Decree 30/2020, Appendix I):
 * days 01–09 and months 01–02 take a leading zero, other months do not —
 * "Thái Nguyên, ngày 05 tháng 02 năm 2026", "Thái Nguyên, ngày 15 tháng 3 năm 2026".
 */
export function formatPlaceAndDate(place: string, value: Date | string): string {
  const { day, month, year } = datePartsInZone(value);
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? month : String(monthNumber);
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}
