import type { IndicatorAggregation, TargetApplies, TargetDirection } from '../../../../common/contracts/programs.ts';
import type { TForecast, TSeriesPoint, TrafficLight } from '../../../../common/contracts/programs-dashboard.ts';

/**
 * The arithmetic of the dashboard, kept apart from SQL so the rules can be read and tested alone.
 *
 * Province value of an indicator for a period: a value recorded for the province itself (its
 * unit key is the program's jurisdiction) is taken as it is; otherwise the units' approved values
 * are combined by the indicator's aggregation (sum, mean, max; `province_only` indicators have no
 * unit combination). A ratio indicator is numerator ÷ denominator × multiplier, each side being
 * its own province value for the same period.
 *
 * Forecast of a `by_deadline` target: a least-squares straight line through the last
 * FORECAST_POINTS periods (x = the period's last day as a fractional year), read at the deadline.
 * Once the deadline has passed, the outcome is the value of the last period ending by it. An
 * `every_period` target is judged by the share of periods (from its start year to its deadline)
 * whose value met it.
 *
 * Traffic light: grey without data; green when met (by_deadline: met now, met at a passed
 * deadline, or on track by the trend; every_period: every period met); amber when at risk (the
 * trend falls short by at most NEAR_MISS of the target, too few periods to draw a trend, or at
 * least half the periods met); red otherwise.
 */

export const FORECAST_POINTS = 6;
export const NEAR_MISS = 0.1;

const YEAR_MS = 365.2425 * 24 * 60 * 60 * 1000;

/** A calendar date as a fractional year (2015-12-31 ≈ 2016.0), the x axis of the trend. */
export function fractionalYear(date: string): number {
  return 1970 + (Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000) / YEAR_MS;
}

/** Aggregates of one indicator's approved values for one period, as the SQL returns them. */
export interface PeriodAggregate {
  period: string;
  periodEnd: string;
  /** The value recorded for the province itself, if any; when present, the other fields are not used. */
  province: number | null;
  /** Sum, number and largest of the period's values. */
  total: number;
  count: number;
  maximum: number | null;
}

export function combine(aggregation: IndicatorAggregation, aggregate: PeriodAggregate): number | null {
  if (aggregate.province !== null) {
    return aggregate.province;
  }
  if (aggregate.count === 0) {
    return null;
  }
  switch (aggregation) {
    case 'sum':
      return aggregate.total;
    case 'mean':
      return aggregate.total / aggregate.count;
    case 'max':
      return aggregate.maximum;
    case 'province_only':
      return null;
  }
}

export interface IndicatorShape {
  id: string;
  method: string;
  aggregation: IndicatorAggregation;
  numeratorId: string | null;
  denominatorId: string | null;
  multiplier: number | null;
}

/**
 * The province series of every indicator asked for, ordered by period. A ratio takes the periods
 * where both sides have a value and the denominator is not zero; periods where it has values of
 * its own and no components fill in.
 */
export function provinceSeries(
  indicators: ReadonlyMap<string, IndicatorShape>,
  aggregates: ReadonlyMap<string, PeriodAggregate[]>,
  wanted: Iterable<string>,
): Map<string, TSeriesPoint[]> {
  const plain = new Map<string, Map<string, TSeriesPoint>>();
  const plainOf = (id: string): Map<string, TSeriesPoint> => {
    let series = plain.get(id);
    if (!series) {
      series = new Map();
      const indicator = indicators.get(id);
      for (const aggregate of aggregates.get(id) ?? []) {
        const value = indicator ? combine(indicator.aggregation, aggregate) : null;
        if (value !== null && Number.isFinite(value)) {
          series.set(aggregate.period, { period: aggregate.period, periodEnd: aggregate.periodEnd, value });
        }
      }
      plain.set(id, series);
    }
    return series;
  };
  const result = new Map<string, TSeriesPoint[]>();
  for (const id of wanted) {
    const indicator = indicators.get(id);
    const points = new Map(plainOf(id));
    if (indicator?.method === 'ratio' && indicator.numeratorId && indicator.denominatorId) {
      const numerator = plainOf(indicator.numeratorId);
      const denominator = plainOf(indicator.denominatorId);
      for (const [period, top] of numerator) {
        const bottom = denominator.get(period);
        if (bottom && bottom.value !== 0) {
          points.set(period, { period, periodEnd: top.periodEnd, value: (top.value / bottom.value) * (indicator.multiplier ?? 1) });
        }
      }
    }
    result.set(id, [...points.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.period.localeCompare(b.period)));
  }
  return result;
}

export interface TargetRule {
  targetMin: number | null;
  targetMax: number | null;
  direction: TargetDirection;
  applies: TargetApplies;
  startYear: number;
  deadline: string;
}

export function meets(rule: TargetRule, value: number): boolean {
  const aboveMin = rule.targetMin === null || value >= rule.targetMin;
  const belowMax = rule.targetMax === null || value <= rule.targetMax;
  switch (rule.direction) {
    case 'at_least':
      return aboveMin;
    case 'at_most':
      return belowMax;
    case 'range':
      return aboveMin && belowMax;
  }
}

/** Within NEAR_MISS of the bound(s) the value fails. */
function nearlyMeets(rule: TargetRule, value: number): boolean {
  const slack = (bound: number) => Math.abs(bound) * NEAR_MISS;
  const aboveMin = rule.targetMin === null || value >= rule.targetMin - slack(rule.targetMin);
  const belowMax = rule.targetMax === null || value <= rule.targetMax + slack(rule.targetMax);
  return rule.direction === 'at_least' ? aboveMin : rule.direction === 'at_most' ? belowMax : aboveMin && belowMax;
}

/** Least-squares value at `x` of the line through the points; null when their x values do not spread. */
export function linearProjection(points: ReadonlyArray<{ x: number; y: number }>, x: number): number | null {
  if (points.length < 2) {
    return null;
  }
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  return sxx === 0 ? null : meanY + (sxy / sxx) * (x - meanX);
}

export interface Assessment {
  current: TSeriesPoint | null;
  met: boolean | null;
  light: TrafficLight;
  forecast: TForecast;
}

/** Current value, traffic light and forecast of one target from its series, as of `asOf` (yyyy-mm-dd). */
export function assess(rule: TargetRule, series: readonly TSeriesPoint[], asOf: string): Assessment {
  const current = series.at(-1) ?? null;
  const noForecast: TForecast = { method: 'insufficient_data', projectedValue: null, shareMet: null, willMeet: null, pointsUsed: 0 };
  if (!current) {
    return { current: null, met: null, light: 'grey', forecast: noForecast };
  }
  const met = meets(rule, current.value);

  if (rule.applies === 'every_period') {
    const window = series.filter((p) => p.periodEnd >= `${rule.startYear}-01-01` && p.periodEnd <= rule.deadline);
    const judged = window.length > 0 ? window : series;
    const share = judged.filter((p) => meets(rule, p.value)).length / judged.length;
    const light: TrafficLight = share === 1 ? 'green' : share >= 0.5 ? 'amber' : 'red';
    return { current, met, light, forecast: { method: 'share_of_periods', projectedValue: null, shareMet: share, willMeet: share === 1, pointsUsed: judged.length } };
  }

  if (asOf >= rule.deadline) {
    const outcome = series.filter((p) => p.periodEnd <= rule.deadline).at(-1) ?? current;
    const willMeet = meets(rule, outcome.value);
    return { current, met, light: willMeet ? 'green' : 'red', forecast: { method: 'final', projectedValue: outcome.value, shareMet: null, willMeet, pointsUsed: 1 } };
  }

  const recent = series.slice(-FORECAST_POINTS).map((p) => ({ x: fractionalYear(p.periodEnd), y: p.value }));
  const projected = linearProjection(recent, fractionalYear(rule.deadline));
  if (projected === null) {
    return { current, met, light: met ? 'green' : 'amber', forecast: { ...noForecast, willMeet: met ? true : null, pointsUsed: recent.length } };
  }
  const willMeet = meets(rule, projected);
  const light: TrafficLight = met || willMeet ? 'green' : nearlyMeets(rule, projected) ? 'amber' : 'red';
  return { current, met, light, forecast: { method: 'linear_trend', projectedValue: projected, shareMet: null, willMeet, pointsUsed: recent.length } };
}
