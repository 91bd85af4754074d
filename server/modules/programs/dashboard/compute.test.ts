import { describe, expect, it } from 'vitest';
import { assess, combine, fractionalYear, linearProjection, meets, provinceSeries, type IndicatorShape, type PeriodAggregate, type TargetRule } from './compute.ts';

const aggregate = (period: string, values: { province?: number; units?: number[] }): PeriodAggregate => ({
  period,
  periodEnd: `${period.slice(0, 4)}-12-31`,
  province: values.province ?? null,
  total: (values.units ?? []).reduce((sum, v) => sum + v, 0),
  count: values.units?.length ?? 0,
  maximum: values.units && values.units.length > 0 ? Math.max(...values.units) : null,
});

const atLeast = (min: number, deadline: string, applies: TargetRule['applies'] = 'by_deadline'): TargetRule => ({
  targetMin: min,
  targetMax: null,
  direction: 'at_least',
  applies,
  startYear: 2016,
  deadline,
});

const point = (year: number, value: number) => ({ period: String(year), periodEnd: `${year}-12-31`, value });

describe('combining units into the province value', () => {
  it('sums, averages or takes the largest, and prefers the province’s own figure', () => {
    const units = aggregate('2020', { units: [10, 20, 60] });
    expect(combine('sum', units)).toBe(90);
    expect(combine('mean', units)).toBe(30);
    expect(combine('max', units)).toBe(60);
    expect(combine('province_only', units)).toBeNull();
    expect(combine('sum', aggregate('2020', { province: 75, units: [10, 20] }))).toBe(75);
    expect(combine('mean', aggregate('2020', {}))).toBeNull();
  });

  it('divides a ratio’s numerator by its denominator period by period, skipping zero denominators', () => {
    const shapes = new Map<string, IndicatorShape>([
      ['staff', { id: 'staff', method: 'reported', aggregation: 'sum', numeratorId: null, denominatorId: null, multiplier: null }],
      ['people', { id: 'people', method: 'reported', aggregation: 'sum', numeratorId: null, denominatorId: null, multiplier: null }],
      ['ratio', { id: 'ratio', method: 'ratio', aggregation: 'sum', numeratorId: 'staff', denominatorId: 'people', multiplier: 10_000 }],
    ]);
    const aggregates = new Map([
      ['staff', [aggregate('2019', { units: [100, 200] }), aggregate('2020', { units: [450] }), aggregate('2021', { units: [5] })]],
      ['people', [aggregate('2019', { units: [200_000, 100_000] }), aggregate('2020', { units: [300_000] }), aggregate('2021', { units: [0] })]],
    ]);
    expect(provinceSeries(shapes, aggregates, ['ratio']).get('ratio')).toEqual([point(2019, 10), point(2020, 15)]);
  });
});

describe('targets', () => {
  it('meets at-least, at-most and range targets', () => {
    expect(meets(atLeast(2, '2020-12-31'), 2)).toBe(true);
    expect(meets(atLeast(2, '2020-12-31'), 1.99)).toBe(false);
    expect(meets({ ...atLeast(15, '2020-12-31'), targetMax: 20, direction: 'range' }, 21)).toBe(false);
    expect(meets({ targetMin: null, targetMax: 5, direction: 'at_most', applies: 'by_deadline', startYear: 2016, deadline: '2020-12-31' }, 4)).toBe(true);
  });

  it('fits a least-squares line', () => {
    expect(linearProjection([{ x: 1, y: 2 }, { x: 2, y: 4 }, { x: 3, y: 6 }], 5)).toBeCloseTo(10, 10);
    expect(linearProjection([{ x: 1, y: 1 }, { x: 2, y: 3 }, { x: 3, y: 2 }], 4)).toBeCloseTo(3, 10);
    expect(linearProjection([{ x: 1, y: 1 }], 4)).toBeNull();
    expect(linearProjection([{ x: 1, y: 1 }, { x: 1, y: 3 }], 4)).toBeNull();
    expect(fractionalYear('2015-12-31')).toBeCloseTo(2016, 2);
  });

  it('lights a target green when met or on track, amber when nearly, red when off track, grey without data', () => {
    const rule = atLeast(100, '2020-12-31');
    expect(assess(rule, [], '2018-12-31')).toMatchObject({ light: 'grey', met: null, current: null });
    // 40, 60, 80 by 2018: 120 at the end of 2020.
    const onTrack = assess(rule, [point(2016, 40), point(2017, 60), point(2018, 80)], '2018-12-31');
    expect(onTrack).toMatchObject({ light: 'green', met: false, forecast: { method: 'linear_trend', willMeet: true, pointsUsed: 3 } });
    // 2016 is a leap year, so the yearly steps are not quite equal on the calendar.
    expect(onTrack.forecast.projectedValue).toBeCloseTo(120, 0);
    // 72, 77, 82 by 2018: about 92 at the end of 2020 — short by less than 10 %.
    expect(assess(rule, [point(2016, 72), point(2017, 77), point(2018, 82)], '2018-12-31')).toMatchObject({ light: 'amber', forecast: { willMeet: false } });
    expect(assess(rule, [point(2016, 10), point(2017, 12), point(2018, 14)], '2018-12-31')).toMatchObject({ light: 'red' });
    expect(assess(rule, [point(2018, 50)], '2018-12-31')).toMatchObject({ light: 'amber', forecast: { method: 'insufficient_data' } });
    expect(assess(rule, [point(2018, 150)], '2018-12-31')).toMatchObject({ light: 'green', met: true });
  });

  it('judges a passed deadline by the last value before it, however later values went', () => {
    const rule = atLeast(100, '2020-12-31');
    const outcome = assess(rule, [point(2019, 90), point(2020, 105), point(2021, 80)], '2022-06-30');
    expect(outcome).toMatchObject({ current: { period: '2021', value: 80 }, met: false, light: 'green', forecast: { method: 'final', projectedValue: 105, willMeet: true } });
  });

  it('judges an every-period target by the share of its periods that met it', () => {
    const rule = atLeast(2, '2020-12-31', 'every_period');
    const series = [point(2015, 0.5), point(2016, 2.1), point(2017, 1.8), point(2018, 2.3)];
    const judged = assess(rule, series, '2019-06-30');
    expect(judged.forecast).toMatchObject({ method: 'share_of_periods', pointsUsed: 3, willMeet: false });
    expect(judged.forecast.shareMet).toBeCloseTo(2 / 3, 10);
    expect(judged.light).toBe('amber');
    expect(assess(rule, [point(2016, 2), point(2017, 3)], '2019-06-30').light).toBe('green');
    expect(assess(rule, [point(2016, 1), point(2017, 1), point(2018, 3)], '2019-06-30').light).toBe('red');
  });
});
