import { ACTION_STATUSES, type ActionStatus, type TActionCounts, type TDashboard, type TDashboardQuery, type TDashboardTarget, type TPublicDashboard, type TRoundCompliance } from '../../../../common/contracts/programs-dashboard.ts';
import { REPORT_STATUSES } from '../../../../common/contracts/programs.ts';
import { t } from '../../../../common/i18n/index.ts';
import type { Locale } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { can, scopeOf, whyNot, refusalError } from '../../../platform/access/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors.ts';
import { assess, FORECAST_POINTS, NEAR_MISS, provinceSeries, type IndicatorShape } from './compute.ts';
import { computePlanProgress, type ActionProgress } from '../plans/progress.ts';
import {
  actionsOf,
  complianceRows,
  findProgram,
  indicatorsWithComponents,
  overdue,
  periodAggregates,
  plannedUnits,
  programHasUnitUnder,
  sectionsOf,
  targetsOf,
  type ProgramRow,
  type SectionRow,
} from './dashboard.repository.ts';

/** Overdue entries listed by name; the rest are only counted. */
const OVERDUE_LISTED = 10;

/**
 * Anonymous traffic to a published dashboard may be heavy and needs no live figures, so its
 * answers are reused for this long (per process): publishing, unpublishing or a newly approved
 * value shows on the public page within that delay. Signed-in dashboards are always computed.
 */
const PUBLIC_TTL_MS = 30_000;
const PUBLIC_CACHE_ENTRIES = 200;

/** Today in Vietnam, yyyy-mm-dd. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * Who may read a program's dashboard: holders of `programs.read` over the program's jurisdiction
 * (or its owning department), and unit reporters whose organisation plans in it. Anyone else is
 * told the program does not exist.
 */
export async function assertMayRead(executor: Executor, actor: Actor, program: ProgramRow): Promise<void> {
  const refusal = whyNot(actor, 'programs.read');
  if (refusal) {
    throw refusalError(refusal);
  }
  if (can(actor, 'programs.read', { jurisdictionPath: program.jurisdiction_path, organisationPath: program.owner_path })) {
    return;
  }
  if (!(await programHasUnitUnder(executor, program.id, scopeOf(actor, 'programs.read').organisationPaths))) {
    throw notFound();
  }
}

/** The section and every section under it. */
export function sectionSubtree(sections: readonly SectionRow[], rootId: string): string[] {
  const children = new Map<string | null, string[]>();
  for (const section of sections) {
    children.set(section.parent_id, [...(children.get(section.parent_id) ?? []), section.id]);
  }
  const result: string[] = [];
  const queue = sections.some((s) => s.id === rootId) ? [rootId] : [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    result.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

export interface TargetOptions {
  sectionIds: readonly string[] | null;
  organisationId?: string;
  fromYear?: number;
  toYear?: number;
  asOf: string;
}

/** Every target of the program with its series, current value, light and forecast: four queries in all. */
export async function assessTargets(executor: Executor, program: ProgramRow, options: TargetOptions): Promise<TDashboardTarget[]> {
  const targets = await targetsOf(executor, program.id, options.sectionIds);
  const indicatorRows = await indicatorsWithComponents(executor, [...new Set(targets.map((target) => target.indicator_id))]);
  const indicators = new Map(indicatorRows.map((row) => [row.id, row]));
  const shapes = new Map<string, IndicatorShape>(
    indicatorRows.map((row) => [row.id, { id: row.id, method: row.method, aggregation: row.aggregation, numeratorId: row.numerator_id, denominatorId: row.denominator_id, multiplier: row.multiplier }]),
  );
  const toDate = options.toYear !== undefined ? `${options.toYear}-12-31` : undefined;
  const aggregates = await periodAggregates(executor, {
    indicatorIds: indicatorRows.map((row) => row.id),
    provinceKey: program.jurisdiction_id,
    organisationId: options.organisationId,
    fromDate: options.fromYear !== undefined ? `${options.fromYear}-01-01` : undefined,
    toDate: toDate && toDate < options.asOf ? toDate : options.asOf,
  });
  const series = provinceSeries(shapes, aggregates, indicators.keys());
  return targets.flatMap((target) => {
    const indicator = indicators.get(target.indicator_id);
    if (!indicator) {
      return [];
    }
    const points = series.get(target.indicator_id) ?? [];
    const rule = { targetMin: target.target_min, targetMax: target.target_max, direction: target.direction, applies: target.applies, startYear: target.start_year, deadline: target.deadline };
    const assessment = assess(rule, points, options.asOf);
    return [
      {
        id: target.id,
        code: target.code,
        label: target.label,
        sectionId: target.section_id,
        sectionRef: target.section_ref,
        indicator: {
          id: indicator.id,
          code: indicator.code,
          nameVi: indicator.name_vi,
          nameEn: indicator.name_en,
          unit: indicator.unit,
          decimals: indicator.decimals,
          periodType: indicator.period_type,
          method: indicator.method,
          aggregation: indicator.aggregation,
        },
        baselineValue: target.baseline_value,
        baselineYear: target.baseline_year,
        targetMin: target.target_min,
        targetMax: target.target_max,
        direction: target.direction,
        applies: target.applies,
        deadline: target.deadline,
        ...assessment,
        series: points,
      },
    ];
  });
}

function lightCounts(targets: readonly TDashboardTarget[]): TDashboard['lights'] {
  const counts = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const target of targets) {
    counts[target.light] += 1;
  }
  return counts;
}

function emptyActionCounts(): TActionCounts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as TActionCounts;
}

/** An action's status from the units' plans (computed by the plans' progress rules); no plan item carries it: not planned. */
export function actionStatus(progress: ActionProgress | undefined): ActionStatus {
  if (!progress) {
    return 'not_planned';
  }
  return progress.status === 'late' ? 'overdue' : progress.status;
}

export interface SectionActions {
  total: number;
  byStatus: TActionCounts;
  /** Mean progress of the section's planned actions; null when none is planned. */
  progress: number | null;
}

/** Actions counted by status per section, with the mean progress of those the plans carry. */
export function actionsBySection(actions: ReadonlyArray<{ id: string; section_id: string }>, progress: ReadonlyMap<string, ActionProgress>): Map<string, SectionActions> {
  const sums = new Map<string, SectionActions & { planned: number; sum: number }>();
  for (const action of actions) {
    const entry = sums.get(action.section_id) ?? { total: 0, byStatus: emptyActionCounts(), progress: null, planned: 0, sum: 0 };
    const planned = progress.get(action.id);
    entry.total += 1;
    entry.byStatus[actionStatus(planned)] += 1;
    if (planned) {
      entry.planned += 1;
      entry.sum += planned.progress;
    }
    sums.set(action.section_id, entry);
  }
  return new Map([...sums].map(([id, entry]) => [id, { total: entry.total, byStatus: entry.byStatus, progress: entry.planned > 0 ? entry.sum / entry.planned : null }]));
}

function dashboardMethod(locale: Locale): string {
  return t(locale, 'programsDashboard.method', { points: FORECAST_POINTS, nearMiss: NEAR_MISS * 100 });
}

function asOfFor(toYear: number | undefined, today: string): string {
  const end = toYear !== undefined ? `${toYear}-12-31` : today;
  return end < today ? end : today;
}

function sectionDtos(sections: readonly SectionRow[]): TDashboard['sections'] {
  return sections.map((s) => ({ id: s.id, ref: s.ref, title: s.title, parentId: s.parent_id }));
}

export function createDashboardService(executor: Executor, clock: () => number = Date.now) {
  const publicCache = new Map<string, { at: number; value: TPublicDashboard }>();

  async function computePublicDashboard(locale: Locale, code: string, query: { sectionId?: string; fromYear?: number; toYear?: number }, today: string): Promise<TPublicDashboard> {
    const program = await findProgram(executor, { code });
    if (!program || program.published !== 1) {
      throw notFound();
    }
    const sections = await sectionsOf(executor, program.id);
    const sectionIds = query.sectionId ? sectionSubtree(sections, query.sectionId) : null;
    const asOf = asOfFor(query.toYear, today);
    const targets = await assessTargets(executor, program, { sectionIds, fromYear: query.fromYear, toYear: query.toYear, asOf });
    return {
      program: { code: program.code, title: program.title, titleEn: program.title_en, startYear: program.start_year, endYear: program.end_year },
      asOf,
      method: dashboardMethod(locale),
      sections: sectionDtos(sections),
      lights: lightCounts(targets),
      targets,
    };
  }

  return {
    async dashboard(actor: Actor, programId: string, query: TDashboardQuery, today = todayInVietnam()): Promise<TDashboard> {
      const program = await findProgram(executor, { id: programId });
      if (!program) {
        throw notFound();
      }
      await assertMayRead(executor, actor, program);
      const sections = await sectionsOf(executor, program.id);
      const sectionIds = query.sectionId ? sectionSubtree(sections, query.sectionId) : null;
      const asOf = asOfFor(query.toYear, today);
      const range = {
        fromDate: query.fromYear !== undefined ? `${query.fromYear}-01-01` : undefined,
        toDate: query.toYear !== undefined ? `${query.toYear}-12-31` : undefined,
      };
      const planScope = { programId: program.id, organisationId: query.organisationId, sectionIds, asOf };
      const [targets, actions, progress, late, rounds, expected] = await Promise.all([
        assessTargets(executor, program, { sectionIds, organisationId: query.organisationId, fromYear: query.fromYear, toYear: query.toYear, asOf }),
        actionsOf(executor, program.id, sectionIds),
        computePlanProgress(executor, { programId: program.id, organisationIds: query.organisationId ? [query.organisationId] : undefined, today: asOf }),
        overdue(executor, planScope, OVERDUE_LISTED),
        complianceRows(executor, { programId: program.id, organisationId: query.organisationId, ...range }),
        plannedUnits(executor, program.id, query.organisationId),
      ]);

      const actionProgress = new Map(progress.actions.map((entry) => [entry.actionId, entry]));
      const byStatus = emptyActionCounts();
      for (const action of actions) {
        byStatus[actionStatus(actionProgress.get(action.id))] += 1;
      }
      const bySection = actionsBySection(actions, actionProgress);

      return {
        program: { id: program.id, code: program.code, title: program.title, published: program.published === 1, startYear: program.start_year, endYear: program.end_year },
        asOf,
        filters: { sectionId: query.sectionId ?? null, organisationId: query.organisationId ?? null, fromYear: query.fromYear ?? null, toYear: query.toYear ?? null },
        method: dashboardMethod(actor.locale),
        sections: sectionDtos(sections),
        lights: lightCounts(targets),
        targets,
        actions: {
          total: actions.length,
          byStatus,
          bySection: sections.flatMap((s) => {
            const entry = bySection.get(s.id);
            return entry ? [{ sectionId: s.id, ...entry }] : [];
          }),
        },
        compliance: roundCompliance(rounds, expected, today),
        overdue: {
          items: late.itemCount,
          milestones: late.milestoneCount,
          oldest: [
            ...late.items.map((row) => ({ kind: 'item' as const, id: row.id, title: row.title, dueOn: row.due_on ?? '', planItemCode: row.code, organisationId: row.organisation_id, organisationName: row.organisation_name })),
            ...late.milestones.map((row) => ({ kind: 'milestone' as const, id: row.id, title: row.title, dueOn: row.due_on, planItemCode: row.code, organisationId: row.organisation_id, organisationName: row.organisation_name })),
          ]
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
            .slice(0, OVERDUE_LISTED),
        },
      };
    },

    /** The published view of a program, for anyone: approved values only, no units, no narratives. */
    async publicDashboard(locale: Locale, code: string, query: { sectionId?: string; fromYear?: number; toYear?: number }, today = todayInVietnam()): Promise<TPublicDashboard> {
      const key = JSON.stringify([locale, code, query.sectionId, query.fromYear, query.toYear, today]);
      const cached = publicCache.get(key);
      if (cached && clock() - cached.at < PUBLIC_TTL_MS) {
        return cached.value;
      }
      const value = await computePublicDashboard(locale, code, query, today);
      publicCache.delete(key);
      publicCache.set(key, { at: clock(), value });
      if (publicCache.size > PUBLIC_CACHE_ENTRIES) {
        publicCache.delete(publicCache.keys().next().value as string);
      }
      return value;
    },
  };
}

type ComplianceRow = Awaited<ReturnType<typeof complianceRows>>[number];

/** Folds the per-status rows of each round into its counts; units without a report row have not started. */
export function roundCompliance(rows: readonly ComplianceRow[], expected: number, today: string): TRoundCompliance[] {
  const rounds = new Map<string, TRoundCompliance>();
  for (const row of rows) {
    let round = rounds.get(row.id);
    if (!round) {
      round = {
        roundId: row.id,
        title: row.title,
        kind: row.kind,
        period: row.period,
        dueOn: row.due_on,
        status: row.status,
        expected,
        byStatus: Object.fromEntries(REPORT_STATUSES.map((status) => [status, 0])) as TRoundCompliance['byStatus'],
        onTime: 0,
        late: 0,
      };
      rounds.set(row.id, round);
    }
    if (row.report_status !== null) {
      round.byStatus[row.report_status] += row.n;
      if (row.report_status === 'submitted' || row.report_status === 'approved') {
        round.onTime += row.on_time;
        round.late += row.n - row.on_time;
      }
    }
  }
  for (const round of rounds.values()) {
    const started = round.byStatus.draft + round.byStatus.submitted + round.byStatus.returned + round.byStatus.approved;
    round.expected = Math.max(expected, started + round.byStatus.not_started);
    round.byStatus.not_started = round.expected - started;
    if (today > round.dueOn) {
      round.late += round.byStatus.not_started + round.byStatus.draft + round.byStatus.returned;
    }
  }
  return [...rounds.values()];
}
