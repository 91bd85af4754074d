import { PERIOD_PATTERNS } from '../../../../common/contracts/programs-rounds.ts';
import type { PeriodType, RoundKind } from '../../../../common/contracts/programs.ts';

/**
 * Periods of rounds and values. A half-year round covers `2024-H1` (January–June) or `2024-H2`;
 * an annual round the calendar year `2024`; a mid-term or final review covers the program from
 * its first year up to the end of the named year, and the values it collects are that year's.
 */

export interface PeriodBounds {
  start: string;
  end: string;
}

export function roundBounds(kind: RoundKind, period: string, programStartYear: number): PeriodBounds | null {
  const match = PERIOD_PATTERNS[kind].exec(period);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (kind === 'half_year') {
    return match[2] === '1' ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
  }
  if (kind === 'annual') {
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  return { start: `${Math.min(programStartYear, year)}-01-01`, end: `${year}-12-31` };
}

const VALUE_PERIODS: Record<PeriodType, RegExp> = {
  year: /^\d{4}$/,
  half_year: /^\d{4}-H[12]$/,
  quarter: /^\d{4}-Q[1-4]$/,
};

/** Whether `period` is written the way an indicator of `periodType` counts time. */
export function fitsPeriodType(period: string, periodType: PeriodType): boolean {
  return VALUE_PERIODS[periodType].test(period);
}

/** Last day of a value's period (yyyy-mm-dd); null when the period is malformed. */
export function periodEnd(period: string): string | null {
  const year = /^(\d{4})/.exec(period)?.[1];
  if (!year) {
    return null;
  }
  if (/^\d{4}$/.test(period)) {
    return `${year}-12-31`;
  }
  const half = /^\d{4}-H([12])$/.exec(period)?.[1];
  if (half) {
    return half === '1' ? `${year}-06-30` : `${year}-12-31`;
  }
  const quarter = /^\d{4}-Q([1-4])$/.exec(period)?.[1];
  if (quarter) {
    return `${year}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter) - 1]}`;
  }
  return null;
}
