import type { ForecastMethod, TrafficLight } from '../../../../common/contracts/programs-dashboard.ts';
import type { TargetDirection } from '../../../../common/contracts/programs.ts';
import { formatNumber, type Locale } from '../../../../common/i18n/index.ts';
import type { Translate } from '../../app/messages.ts';

/** A value with as many decimals as its indicator declares, in the reader's number format. */
export function formatValue(value: number, decimals: number, locale: Locale): string {
  return formatNumber(value, locale, decimals);
}

/** "35,2 %", "120 doanh nghiệp": the unit follows the number after a space, as official tables write it. */
export function formatWithUnit(value: number, decimals: number, unit: string, locale: Locale): string {
  const number = formatValue(value, decimals, locale);
  return unit ? `${number} ${unit}` : number;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** `2015` → "2015"; `2015-H1` → "6 tháng đầu năm 2015"; `2015-Q3` → "Quý III/2015". */
export function formatPeriod(period: string, t: Translate): string {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/.exec(period);
  if (!match) {
    return period;
  }
  const [, year = '', part] = match;
  if (!part) {
    return t('ui.programs.periods.year', { year });
  }
  if (part.startsWith('H')) {
    return t(part === 'H1' ? 'ui.programs.periods.firstHalf' : 'ui.programs.periods.secondHalf', { year });
  }
  const quarter = Number(part.slice(1));
  return t('ui.programs.periods.quarter', { roman: ROMAN_QUARTERS[quarter - 1] ?? part, quarter, year });
}

/** A compact label for chart axes, where a full period name would not fit: `2015`, `2015 H1`. */
export function shortPeriod(period: string): string {
  return period.replace('-', ' ');
}

export interface TargetBounds {
  direction: TargetDirection;
  targetMin: number | null;
  targetMax: number | null;
}

/** The target as a reader states it: "≥ 35 %", "≤ 5 %", "15–20 %". */
export function formatTarget(target: TargetBounds, decimals: number, unit: string, locale: Locale): string {
  const show = (value: number) => formatValue(value, decimals, locale);
  const suffix = unit ? ` ${unit}` : '';
  if (target.direction === 'range' && target.targetMin !== null && target.targetMax !== null) {
    return `${show(target.targetMin)}–${show(target.targetMax)}${suffix}`;
  }
  if (target.direction === 'at_most' && target.targetMax !== null) {
    return `≤ ${show(target.targetMax)}${suffix}`;
  }
  if (target.targetMin !== null) {
    return `≥ ${show(target.targetMin)}${suffix}`;
  }
  return '—';
}

/** Mantine colour of each traffic light; the label always travels with it, never the colour alone. */
export const LIGHT_COLORS: Record<TrafficLight, string> = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
  grey: 'gray',
};

/** Ordered worst first, so the cards a leader must act on come first. */
export const LIGHT_ORDER: readonly TrafficLight[] = ['red', 'amber', 'green', 'grey'];

export function sortByLight<T extends { light: TrafficLight }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => LIGHT_ORDER.indexOf(a.light) - LIGHT_ORDER.indexOf(b.light));
}

export interface ForecastView {
  method: ForecastMethod;
  projectedValue: number | null;
  shareMet: number | null;
  willMeet: boolean | null;
}

/** One sentence saying whether the target will be met by its deadline and how that was worked out. */
export function forecastSentence(
  forecast: ForecastView,
  target: { deadline: string; decimals: number; unit: string },
  t: Translate,
  locale: Locale,
  formatDeadline: (iso: string) => string,
): string {
  const deadline = formatDeadline(target.deadline);
  switch (forecast.method) {
    case 'insufficient_data':
      return t('ui.programs.forecast.insufficient');
    case 'final': {
      const value = forecast.projectedValue === null ? '—' : formatWithUnit(forecast.projectedValue, target.decimals, target.unit, locale);
      return t(forecast.willMeet ? 'ui.programs.forecast.finalMet' : 'ui.programs.forecast.finalMissed', { value, deadline });
    }
    case 'share_of_periods': {
      const share = forecast.shareMet === null ? '—' : formatNumber(forecast.shareMet * 100, locale, 0);
      return t(forecast.willMeet ? 'ui.programs.forecast.shareOnTrack' : 'ui.programs.forecast.shareAtRisk', { share });
    }
    case 'linear_trend': {
      const value = forecast.projectedValue === null ? '—' : formatWithUnit(forecast.projectedValue, target.decimals, target.unit, locale);
      return t(forecast.willMeet ? 'ui.programs.forecast.trendMet' : 'ui.programs.forecast.trendMissed', { value, deadline });
    }
  }
}

/** A year typed in a URL, kept only when it is a plausible calendar year. */
export function yearParam(value: string): number | undefined {
  if (!/^\d{4}$/.test(value)) {
    return undefined;
  }
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : undefined;
}

/** Dashboard filters read from the URL; a reversed year range is dropped rather than sent to fail. */
export function dashboardFilters(raw: { section: string; unit: string; from: string; to: string }): {
  sectionId?: string;
  organisationId?: string;
  fromYear?: number;
  toYear?: number;
} {
  const fromYear = yearParam(raw.from);
  const toYear = yearParam(raw.to);
  const reversed = fromYear !== undefined && toYear !== undefined && fromYear > toYear;
  return {
    sectionId: raw.section || undefined,
    organisationId: raw.unit || undefined,
    fromYear: reversed ? undefined : fromYear,
    toYear: reversed ? undefined : toYear,
  };
}
