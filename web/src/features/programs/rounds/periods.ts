import type { RoundKind } from '../../../../../common/contracts/programs.ts';

/**
 * The period a new round most likely reports on, given today's date. Provinces call for annual
 * reports from October (due in December, with estimates for the last weeks) and for half-year
 * reports from June, so from those months on the current period is meant, before them the last one.
 */
export function defaultPeriod(kind: RoundKind, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === 'half_year') {
    if (month >= 12) {
      return `${year}-H2`;
    }
    return month >= 6 ? `${year}-H1` : `${year - 1}-H2`;
  }
  return month >= 10 ? String(year) : String(year - 1);
}
