import type { ReportStatus } from '../../../../common/contracts/programs.ts';
import type { TReportCounts } from '../../../../common/contracts/programs-rounds.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { unitScopeSql } from '../plans/access.ts';
import type { IndicatorValuesTable, IndicatorsTable, ReportingRoundsTable, RoundReportsTable } from '../programs.tables.ts';
import '../plans/plans.tables.ts';

export type RoundRow = ReportingRoundsTable;
export type ReportRow = RoundReportsTable;
export type ValueRow = IndicatorValuesTable;
export type IndicatorRow = IndicatorsTable;

export async function findRound(executor: Executor, id: string): Promise<RoundRow | undefined> {
  return executor.selectFrom('reporting_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReport(executor: Executor, id: string): Promise<ReportRow | undefined> {
  return executor.selectFrom('round_reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listRounds(
  executor: Executor,
  filter: { programId: string; kind?: RoundRow['kind']; status?: RoundRow['status']; page: number; pageSize: number },
): Promise<{ rows: RoundRow[]; total: number }> {
  let base = executor.selectFrom('reporting_rounds').where('program_id', '=', filter.programId);
  if (filter.kind) {
    base = base.where('kind', '=', filter.kind);
  }
  if (filter.status) {
    base = base.where('status', '=', filter.status);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('period_end', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

const NO_REPORTS: TReportCounts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };

/** Reports per status for each round, in one grouped query. */
export async function reportCounts(executor: Executor, roundIds: readonly string[]): Promise<Map<string, TReportCounts>> {
  const out = new Map<string, TReportCounts>(roundIds.map((id) => [id, { ...NO_REPORTS }]));
  if (roundIds.length === 0) {
    return out;
  }
  const rows = await executor
    .selectFrom('round_reports')
    .select((eb) => ['round_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('round_id', 'in', [...roundIds])
    .groupBy(['round_id', 'status'])
    .execute();
  for (const row of rows) {
    const counts = out.get(row.round_id);
    if (counts) {
      counts[row.status] = Number(row.n);
    }
  }
  return out;
}

/** Reports of a round the actor may read, by unit name. */
export async function listReports(
  executor: Executor,
  actor: Actor,
  filter: { roundId: string; status?: ReportStatus; page: number; pageSize: number },
): Promise<{ rows: (ReportRow & { organisation_name: string })[]; total: number }> {
  let base = executor
    .selectFrom('round_reports')
    .innerJoin('organisations as o', 'o.id', 'round_reports.organisation_id')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
    .where('round_reports.round_id', '=', filter.roundId)
    .where(unitScopeSql(actor));
  if (filter.status) {
    base = base.where('round_reports.status', '=', filter.status);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('round_reports')
      .select('o.name_vi as organisation_name')
      .orderBy('o.name_folded')
      .orderBy('round_reports.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Indicators of the program: those its targets measure and the inputs of the ratios among them
 * (S&T spending and total spending for the spending share), which is where reported values go.
 */
export async function programIndicators(executor: Executor, programId: string): Promise<IndicatorRow[]> {
  const measured = await executor
    .selectFrom('indicators')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('program_targets').select('indicator_id').where('program_id', '=', programId))
    .execute();
  const known = new Set(measured.map((row) => row.id));
  const inputs = [...new Set(measured.flatMap((row) => [row.numerator_id, row.denominator_id]).filter((id): id is string => id !== null && !known.has(id)))];
  const more = inputs.length > 0 ? await executor.selectFrom('indicators').selectAll().where('id', 'in', inputs).execute() : [];
  return [...measured, ...more].sort((a, b) => a.code.localeCompare(b.code));
}

/** A unit's values for a period, for the given indicators. */
export async function unitValues(executor: Executor, organisationId: string, period: string, indicatorIds: readonly string[]): Promise<ValueRow[]> {
  if (indicatorIds.length === 0) {
    return [];
  }
  return executor
    .selectFrom('indicator_values')
    .selectAll()
    .where('unit_key', '=', organisationId)
    .where('period', '=', period)
    .where('indicator_id', 'in', [...indicatorIds])
    .execute();
}

export async function findValue(executor: Executor, indicatorId: string, period: string, unitKey: string): Promise<ValueRow | undefined> {
  return executor
    .selectFrom('indicator_values')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .where('unit_key', '=', unitKey)
    .executeTakeFirst();
}

/** Actions the unit's plan for the program links its items to, in program order. */
export async function actionsOfUnitPlan(executor: Executor, programId: string, organisationId: string): Promise<{ id: string; ref: string; text: string }[]> {
  return executor
    .selectFrom('program_actions')
    .select(['program_actions.id', 'program_actions.ref', 'program_actions.text'])
    .where('program_actions.id', 'in', (eb) =>
      eb
        .selectFrom('plan_items')
        .innerJoin('plans', 'plans.id', 'plan_items.plan_id')
        .select('plan_items.action_id')
        .where('plans.program_id', '=', programId)
        .where('plans.organisation_id', '=', organisationId)
        .where('plan_items.action_id', 'is not', null)
        .$narrowType<{ action_id: string }>(),
    )
    .orderBy('program_actions.sort_order')
    .execute();
}
