import { TIME_ZONE } from '../../../common/i18n/locale.ts';

/**
 * Dates typed the Vietnamese way, dd/MM/yyyy (also d/M/yyyy, and with "-" or "."), as the ISO
 * calendar date the API takes; null when the text is not a real date (31/02/2026).
 */
export function parseVnDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null;
}

/** An ISO calendar date as dd/MM/yyyy, for putting a stored filter back into its field. */
export function isoToVnDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** Today's calendar date in Vietnam (where a day ends at 17:00 UTC), as an ISO date. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
