/**
 * OAI-PMH datestamps (§3.3). The repository answers at seconds granularity and accepts day
 * granularity in `from`/`until` too; the two bounds of one request must share a granularity.
 * Stored times are ISO strings with milliseconds, so bounds are widened to milliseconds before
 * being compared with them as text.
 */

export type Granularity = 'day' | 'second';

export const GRANULARITY = 'YYYY-MM-DDThh:mm:ssZ';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export interface Datestamp {
  granularity: Granularity;
  /** The first millisecond the value covers. */
  start: string;
  /** The last millisecond the value covers (a whole day for day granularity). */
  end: string;
}

function valid(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** The bounds a `from`/`until` value covers, or null when it is not a legal datestamp. */
export function parseDatestamp(value: string): Datestamp | null {
  const day = DAY.exec(value);
  if (day) {
    const [y, m, d] = day.slice(1).map(Number) as [number, number, number];
    return valid(y, m, d) ? { granularity: 'day', start: `${value}T00:00:00.000Z`, end: `${value}T23:59:59.999Z` } : null;
  }
  const second = SECOND.exec(value);
  if (second) {
    const [y, m, d, hh, mm, ss] = second.slice(1).map(Number) as [number, number, number, number, number, number];
    const base = value.slice(0, 19);
    return valid(y, m, d, hh, mm, ss) ? { granularity: 'second', start: `${base}.000Z`, end: `${base}.999Z` } : null;
  }
  return null;
}

/** A stored ISO time as a datestamp of the repository's granularity. */
export function toDatestamp(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}
