import type { TMaterialiseResult } from '../../../../common/contracts/programs.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { toJson } from '../../../platform/db/json.ts';
import type { Platform } from '../../../platform/platform.ts';
import { findProgramWithPlace, firstYearsMeasuring, jurisdictionsByIds, targetsOf, type IndicatorRow, type PlaceRow } from '../programs.repository.ts';
import { indicatorsWithInputs } from '../programs.service.ts';
import { periodsOf, type Period } from './periods.ts';
import { insertValue, updateComputedValue, valuesUnder, type ValueRow } from './values.repository.ts';

export interface MaterialiseOptions {
  fromYear?: number;
  /** Defaults to the current year: the running year's value is the figure so far. */
  toYear?: number;
  /** Who asked (a user through the job queue); the system otherwise. */
  context?: AuditContext;
}

/** Values rounded to 6 decimals, so floating-point noise never counts as a change. */
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Computed and ratio indicators in the order they can be evaluated: ratios after their inputs. */
function evaluationOrder(indicators: ReadonlyMap<string, IndicatorRow>): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const seen = new Set<string>();
  const visit = (row: IndicatorRow, trail: Set<string>): void => {
    if (seen.has(row.id) || trail.has(row.id)) {
      return;
    }
    trail.add(row.id);
    for (const input of [row.numerator_id, row.denominator_id]) {
      const inputRow = input ? indicators.get(input) : undefined;
      if (inputRow) {
        visit(inputRow, trail);
      }
    }
    seen.add(row.id);
    if (row.method !== 'reported') {
      out.push(row);
    }
  };
  for (const row of indicators.values()) {
    visit(row, new Set());
  }
  return out;
}

interface Figure {
  value: number;
  valueIds: string[];
}

/**
 * The jurisdiction's figure for an indicator and period: its own value when there is one,
 * otherwise the units' values combined by the indicator's aggregation. Reported values count once
 * approved; computed ones always.
 */
function figureOf(indicator: IndicatorRow, rows: readonly ValueRow[], jurisdictionId: string): Figure | null {
  const usable = rows.filter((row) => row.source === 'computed' || row.status === 'approved');
  const own = usable.find((row) => row.unit_key === jurisdictionId);
  if (own) {
    return { value: own.value, valueIds: [own.id] };
  }
  const units = usable.filter((row) => row.organisation_id !== null);
  if (indicator.aggregation === 'province_only' || units.length === 0) {
    return null;
  }
  const values = units.map((row) => row.value);
  const sum = values.reduce((total, value) => total + value, 0);
  const value = indicator.aggregation === 'sum' ? sum : indicator.aggregation === 'mean' ? sum / values.length : Math.max(...values);
  return { value, valueIds: units.map((row) => row.id) };
}

/**
 * Writes the computed and ratio values of a program's indicators for every period from the
 * program's start (values are per indicator, period and jurisdiction, shared by every program
 * measuring the indicator; a cumulative count starts with the first such program), at each jurisdiction its targets apply to (source `computed`, with a provenance
 * a reader can follow back to the records). Idempotent: an unchanged figure is not rewritten, and
 * a locked or unit-reported value never is. One transaction and one audit entry per run.
 */
export async function materialiseIndicatorValues(platform: Platform, programId: string, options: MaterialiseOptions = {}): Promise<TMaterialiseResult> {
  return platform.db.transaction().execute((tx) => materialiseIndicatorValuesIn(tx, platform, programId, options));
}

/** The same inside the caller's transaction (a service that changes what the values count, e.g. an approval). */
export async function materialiseIndicatorValuesIn(tx: Tx, platform: Platform, programId: string, options: MaterialiseOptions = {}): Promise<TMaterialiseResult> {
  const context = options.context ?? { actor: systemActor('Tính chỉ tiêu tự động'), requestId: null };
  const program = await findProgramWithPlace(tx, programId);
  const result: TMaterialiseResult = { programId, periods: 0, created: 0, updated: 0, unchanged: 0, locked: 0, missing: 0 };
  if (!program) {
    return result;
  }
  const targets = await targetsOf(tx, programId);
  const indicators = await indicatorsWithInputs(tx, targets.map((target) => target.indicator_id));
  const order = evaluationOrder(indicators);
  if (order.length === 0) {
    return result;
  }
  const fromYear = options.fromYear ?? program.start_year;
  const toYear = Math.max(fromYear, options.toYear ?? new Date().getUTCFullYear());
  const [places, firstYears] = await Promise.all([
    jurisdictionsByIds(tx, [program.jurisdiction_id, ...targets.map((target) => target.jurisdiction_id)]),
    firstYearsMeasuring(tx, order.map((row) => row.id)),
  ]);
  const cumulativeFrom = (indicatorId: string): string => `${Math.min(firstYears.get(indicatorId) ?? program.start_year, program.start_year)}-01-01`;
  const periodsSeen = new Set<string>();
  for (const place of places.values()) {
    await materialiseAt(platform, tx, { place, cumulativeFrom, fromYear, toYear, order, indicators, result, periodsSeen });
  }
  result.periods = periodsSeen.size;
  if (result.created + result.updated > 0) {
    await recordAudit(tx, context, { action: 'programs.values.materialise', subjectType: 'program', subjectId: programId, after: { ...result, fromYear, toYear } });
  }
  return result;
}

interface AtJurisdiction {
  place: PlaceRow;
  /** Where a cumulative count of an indicator starts: the first program measuring it began that year. */
  cumulativeFrom: (indicatorId: string) => string;
  fromYear: number;
  toYear: number;
  order: IndicatorRow[];
  indicators: ReadonlyMap<string, IndicatorRow>;
  result: TMaterialiseResult;
  periodsSeen: Set<string>;
}

async function materialiseAt(platform: Platform, tx: Tx, at: AtJurisdiction): Promise<void> {
  const { place, order, indicators, result } = at;
  const periodsByIndicator = new Map<string, Period[]>();
  for (const row of indicators.values()) {
    periodsByIndicator.set(row.id, periodsOf(row.period_type, at.fromYear, at.toYear));
  }
  const allPeriods = [...new Set([...periodsByIndicator.values()].flat().map((p) => p.period))];
  const existing = await valuesUnder(tx, { indicatorIds: [...indicators.keys()], periods: allPeriods, jurisdictionPath: place.path });
  const byKey = new Map<string, ValueRow[]>();
  const key = (indicatorId: string, period: string): string => `${indicatorId}|${period}`;
  for (const row of existing) {
    byKey.set(key(row.indicator_id, row.period), [...(byKey.get(key(row.indicator_id, row.period)) ?? []), row]);
  }
  const now = nowIso();

  async function store(indicator: IndicatorRow, period: Period, value: number, provenance: Record<string, unknown>): Promise<void> {
    at.periodsSeen.add(period.period);
    const rows = byKey.get(key(indicator.id, period.period)) ?? [];
    const current = rows.find((row) => row.unit_key === place.id);
    const rounded = round6(value);
    const provenanceText = toJson(provenance);
    if (current && (current.locked_at !== null || current.source !== 'computed')) {
      result.locked += 1;
      return;
    }
    if (current) {
      if (current.value === rounded && current.provenance === provenanceText) {
        result.unchanged += 1;
        return;
      }
      const changes = { value: rounded, provenance: provenanceText, version: current.version + 1, updated_at: now };
      await updateComputedValue(tx, current.id, changes);
      Object.assign(current, changes);
      result.updated += 1;
      return;
    }
    const row: ValueRow = {
      id: newId(),
      indicator_id: indicator.id,
      period: period.period,
      period_end: period.end,
      jurisdiction_id: place.id,
      organisation_id: null,
      unit_key: place.id,
      value: rounded,
      source: 'computed',
      source_note: null,
      evidence_file_id: null,
      report_id: null,
      status: 'approved',
      locked_at: null,
      provenance: provenanceText,
      version: 1,
      created_by: null,
      created_at: now,
      updated_at: now,
    };
    await insertValue(tx, row);
    byKey.set(key(indicator.id, period.period), [...rows, row]);
    result.created += 1;
  }

  for (const indicator of order) {
    for (const period of periodsByIndicator.get(indicator.id) ?? []) {
      if (indicator.method === 'computed') {
        const computation = indicator.computation ? platform.indicators.get(indicator.computation) : undefined;
        if (!computation) {
          result.missing += 1;
          continue;
        }
        const scope = { jurisdictionPath: place.path, periodStart: computation.cumulative ? at.cumulativeFrom(indicator.id) : period.start, periodEnd: period.end };
        const computed = await computation.compute(tx, scope);
        await store(indicator, period, computed.value, { method: 'computed', computation: computation.key, ...scope, ...computed.provenance });
        continue;
      }
      const numerator = indicator.numerator_id ? indicators.get(indicator.numerator_id) : undefined;
      const denominator = indicator.denominator_id ? indicators.get(indicator.denominator_id) : undefined;
      const top = numerator ? figureOf(numerator, byKey.get(key(numerator.id, period.period)) ?? [], place.id) : null;
      const bottom = denominator ? figureOf(denominator, byKey.get(key(denominator.id, period.period)) ?? [], place.id) : null;
      if (!top || !bottom || bottom.value === 0) {
        result.missing += 1;
        continue;
      }
      const multiplier = indicator.multiplier ?? 1;
      await store(indicator, period, (top.value / bottom.value) * multiplier, {
        method: 'ratio',
        multiplier,
        numerator: { indicatorId: numerator?.id, value: top.value, valueIds: top.valueIds },
        denominator: { indicatorId: denominator?.id, value: bottom.value, valueIds: bottom.valueIds },
      });
    }
  }
}
