import { sql, type ExpressionBuilder } from 'kysely';
import type { ReportStatus } from '../../../../common/contracts/programs.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { PlanMilestonesTable } from '../programs.tables.ts';
import type { PeriodAggregate } from './compute.ts';

/**
 * The dashboard's SQL: a handful of set-based queries per request, whatever the number of targets,
 * units or periods. Values are aggregated in the database; only one row per indicator and period
 * comes back.
 */

export interface ProgramRow {
  id: string;
  code: string;
  title: string;
  title_en: string | null;
  published: number;
  start_year: number;
  end_year: number;
  jurisdiction_id: string;
  jurisdiction_path: string;
  owner_path: string | null;
}

export async function findProgram(executor: Executor, where: { id: string } | { code: string }): Promise<ProgramRow | undefined> {
  let query = executor
    .selectFrom('programs as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .select(['p.id', 'p.code', 'p.title', 'p.title_en', 'p.published', 'p.start_year', 'p.end_year', 'p.jurisdiction_id', 'j.path as jurisdiction_path', 'o.path as owner_path']);
  query = 'id' in where ? query.where('p.id', '=', where.id) : query.where('p.code', '=', where.code);
  return query.executeTakeFirst();
}

/** Whether any unit planning in the program sits under one of the organisation paths (unit reporters' reach). */
export async function programHasUnitUnder(executor: Executor, programId: string, organisationPaths: readonly string[]): Promise<boolean> {
  if (organisationPaths.length === 0) {
    return false;
  }
  const row = await executor
    .selectFrom('plans as pl')
    .innerJoin('organisations as o', 'o.id', 'pl.organisation_id')
    .select('pl.id')
    .where('pl.program_id', '=', programId)
    .where((eb) => eb.or(organisationPaths.map((path) => eb('o.path', 'like', `${path}%`))))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function sectionsOf(executor: Executor, programId: string) {
  return executor
    .selectFrom('program_sections')
    .select(['id', 'parent_id', 'ref', 'title', 'sort_order'])
    .where('program_id', '=', programId)
    .orderBy('sort_order')
    .orderBy('ref')
    .execute();
}
export type SectionRow = Awaited<ReturnType<typeof sectionsOf>>[number];

export async function targetsOf(executor: Executor, programId: string, sectionIds: readonly string[] | null) {
  let query = executor
    .selectFrom('program_targets as t')
    .innerJoin('program_sections as s', 's.id', 't.section_id')
    .select([
      't.id',
      't.code',
      't.label',
      't.section_id',
      's.ref as section_ref',
      't.indicator_id',
      't.baseline_value',
      't.baseline_year',
      't.target_min',
      't.target_max',
      't.direction',
      't.applies',
      't.start_year',
      't.deadline',
      't.sort_order',
    ])
    .where('t.program_id', '=', programId);
  if (sectionIds) {
    query = query.where('t.section_id', 'in', sectionIds.length > 0 ? [...sectionIds] : ['']);
  }
  return query.orderBy('t.sort_order').orderBy('t.code').execute();
}
export type TargetRow = Awaited<ReturnType<typeof targetsOf>>[number];

/** The indicators asked for and, for ratios, their numerators and denominators, in two round trips at most. */
export async function indicatorsWithComponents(executor: Executor, ids: readonly string[]) {
  const select = (wanted: readonly string[]) =>
    executor
      .selectFrom('indicators')
      .select(['id', 'code', 'name_vi', 'name_en', 'unit', 'decimals', 'period_type', 'method', 'aggregation', 'numerator_id', 'denominator_id', 'multiplier'])
      .where('id', 'in', [...wanted])
      .execute();
  if (ids.length === 0) {
    return [];
  }
  const rows = await select(ids);
  const known = new Set(rows.map((row) => row.id));
  const missing = [...new Set(rows.flatMap((row) => [row.numerator_id, row.denominator_id]).filter((id): id is string => id !== null && !known.has(id)))];
  return missing.length > 0 ? [...rows, ...(await select(missing))] : rows;
}
export type IndicatorRow = Awaited<ReturnType<typeof indicatorsWithComponents>>[number];

export interface ValueFilter {
  indicatorIds: readonly string[];
  /** Unit key of the province itself: its values are taken as they are, not combined. */
  provinceKey: string;
  organisationId?: string;
  fromDate?: string;
  toDate?: string;
}

/**
 * Approved values per indicator and period, combined in SQL: the province's own value apart, and
 * the sum, count and maximum of all values (only used when the province has no value of its own).
 * Grouping by period end before period follows `indicator_values_dashboard_idx`, which holds every
 * column read, so the database neither sorts nor visits the table.
 */
export async function periodAggregates(executor: Executor, filter: ValueFilter): Promise<Map<string, PeriodAggregate[]>> {
  const result = new Map<string, PeriodAggregate[]>();
  if (filter.indicatorIds.length === 0) {
    return result;
  }
  let query = executor
    .selectFrom('indicator_values')
    .select((eb) => [
      'indicator_id',
      'period_end',
      'period',
      eb.fn.max(sql<number | null>`case when unit_key = ${filter.provinceKey} then value end`).as('province'),
      eb.fn.sum<number>('value').as('total'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('value').as('maximum'),
    ])
    .where('indicator_id', 'in', [...filter.indicatorIds])
    .where('status', '=', 'approved');
  if (filter.fromDate) {
    query = query.where('period_end', '>=', filter.fromDate);
  }
  if (filter.toDate) {
    query = query.where('period_end', '<=', filter.toDate);
  }
  if (filter.organisationId) {
    query = query.where('organisation_id', '=', filter.organisationId);
  }
  const rows = await query.groupBy(['indicator_id', 'period_end', 'period']).execute();
  // A period recorded with two different end dates would come back as two groups: fold them.
  const byKey = new Map<string, PeriodAggregate>();
  for (const row of rows) {
    const key = `${row.indicator_id}\u0000${row.period}`;
    const province = row.province === null ? null : Number(row.province);
    const maximum = row.maximum === null ? null : Number(row.maximum);
    const aggregate = byKey.get(key);
    if (!aggregate) {
      const created = { period: row.period, periodEnd: row.period_end, province, total: Number(row.total), count: Number(row.n), maximum };
      byKey.set(key, created);
      const list = result.get(row.indicator_id);
      if (list) {
        list.push(created);
      } else {
        result.set(row.indicator_id, [created]);
      }
      continue;
    }
    aggregate.periodEnd = row.period_end > aggregate.periodEnd ? row.period_end : aggregate.periodEnd;
    aggregate.province ??= province;
    aggregate.total += Number(row.total);
    aggregate.count += Number(row.n);
    aggregate.maximum = aggregate.maximum === null ? maximum : maximum === null ? aggregate.maximum : Math.max(aggregate.maximum, maximum);
  }
  return result;
}

export interface PlanScope {
  programId: string;
  organisationId?: string;
  sectionIds: readonly string[] | null;
  asOf: string;
}

/** The program's actions (in the given sections), for their status from the plans. */
export async function actionsOf(executor: Executor, programId: string, sectionIds: readonly string[] | null) {
  let query = executor.selectFrom('program_actions').select(['id', 'section_id']).where('program_id', '=', programId);
  if (sectionIds) {
    query = query.where('section_id', 'in', sectionIds.length > 0 ? [...sectionIds] : ['']);
  }
  return query.execute();
}

/** As of `asOf`: plan items past their deadline and not finished (no milestones, or one still open), and open milestones past due. */
export async function overdue(executor: Executor, scope: PlanScope, limit: number) {
  const base = () => {
    let query = executor
      .selectFrom('plan_items as pi')
      .innerJoin('plans as pl', 'pl.id', 'pi.plan_id')
      .innerJoin('organisations as o', 'o.id', 'pl.organisation_id')
      .where('pl.program_id', '=', scope.programId);
    if (scope.organisationId) {
      query = query.where('pl.organisation_id', '=', scope.organisationId);
    }
    if (scope.sectionIds) {
      const sections = scope.sectionIds.length > 0 ? [...scope.sectionIds] : [''];
      query = query.where((eb) => eb.exists(eb.selectFrom('program_actions as a').select('a.id').whereRef('a.id', '=', 'pi.action_id').where('a.section_id', 'in', sections)));
    }
    return query;
  };
  const openAt = (eb: ExpressionBuilder<{ m: PlanMilestonesTable }, 'm'>) => eb.or([eb('m.completed_on', 'is', null), eb('m.completed_on', '>', scope.asOf)]);
  const lateItems = () =>
    base()
      .where('pi.deadline', '<', scope.asOf)
      .where((eb) =>
        eb.or([
          eb.not(eb.exists(eb.selectFrom('plan_milestones as m').select('m.id').whereRef('m.item_id', '=', 'pi.id'))),
          eb.exists(eb.selectFrom('plan_milestones as m').select('m.id').whereRef('m.item_id', '=', 'pi.id').where(openAt)),
        ]),
      );
  const lateMilestones = () => base().innerJoin('plan_milestones as m', 'm.item_id', 'pi.id').where(openAt).where('m.due_on', '<', scope.asOf);
  const [itemCount, milestoneCount, items, milestones] = await Promise.all([
    lateItems().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    lateMilestones().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    lateItems()
      .select(['pi.id', 'pi.title', 'pi.code', 'pi.deadline as due_on', 'o.id as organisation_id', 'o.name_vi as organisation_name'])
      .orderBy('pi.deadline')
      .orderBy('pi.id')
      .limit(limit)
      .execute(),
    lateMilestones()
      .select(['m.id', 'm.title', 'pi.code', 'm.due_on', 'o.id as organisation_id', 'o.name_vi as organisation_name'])
      .orderBy('m.due_on')
      .orderBy('m.id')
      .limit(limit)
      .execute(),
  ]);
  return { itemCount: Number(itemCount.n), milestoneCount: Number(milestoneCount.n), items, milestones };
}

export interface ComplianceScope {
  programId: string;
  organisationId?: string;
  fromDate?: string;
  toDate?: string;
}

/** Reports of each round by status, with submissions on time and late (the due day ends at midnight in Vietnam). */
export async function complianceRows(executor: Executor, scope: ComplianceScope) {
  let query = executor
    .selectFrom('reporting_rounds as r')
    .leftJoin(
      (eb) => {
        let reports = eb.selectFrom('round_reports').select(['id', 'round_id', 'status', 'submitted_at']);
        if (scope.organisationId) {
          reports = reports.where('organisation_id', '=', scope.organisationId);
        }
        return reports.as('rr');
      },
      (join) => join.onRef('rr.round_id', '=', 'r.id'),
    )
    .select((eb) => [
      'r.id',
      'r.title',
      'r.kind',
      'r.period',
      'r.period_end',
      'r.due_on',
      'r.status',
      'rr.status as report_status',
      eb.fn.count<number>('rr.id').as('n'),
      eb.fn.sum<number>(sql`case when rr.submitted_at is not null and rr.submitted_at < (r.due_on || 'T17:00:00.000Z') then 1 else 0 end`).as('on_time'),
    ])
    .where('r.program_id', '=', scope.programId);
  if (scope.fromDate) {
    query = query.where('r.period_end', '>=', scope.fromDate);
  }
  if (scope.toDate) {
    query = query.where('r.period_start', '<=', scope.toDate);
  }
  const rows = await query.groupBy(['r.id', 'r.title', 'r.kind', 'r.period', 'r.period_end', 'r.due_on', 'r.status', 'rr.status']).orderBy('r.period_end').orderBy('r.id').execute();
  return rows.map((row) => ({ ...row, report_status: row.report_status as ReportStatus | null, n: Number(row.n), on_time: Number(row.on_time ?? 0) }));
}

/** Units expected to report in the program's rounds: those with a plan (or just the filtered unit, if it has one). */
export async function plannedUnits(executor: Executor, programId: string, organisationId?: string): Promise<number> {
  let query = executor.selectFrom('plans').select((eb) => eb.fn.countAll<number>().as('n')).where('program_id', '=', programId);
  if (organisationId) {
    query = query.where('organisation_id', '=', organisationId);
  }
  return Number((await query.executeTakeFirstOrThrow()).n);
}
