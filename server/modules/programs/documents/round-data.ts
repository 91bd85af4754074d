import type { TDashboardTarget } from '../../../../common/contracts/programs-dashboard.ts';
import type { ReportStatus } from '../../../../common/contracts/programs.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { ReportingRoundsTable } from '../programs.tables.ts';
import { computePlanProgress, type PlanProgress } from '../plans/progress.ts';
import { actionsOf, findProgram, sectionsOf, type ProgramRow, type SectionRow } from '../dashboard/dashboard.repository.ts';
import { actionsBySection, assessTargets } from '../dashboard/dashboard.service.ts';

/**
 * Everything a round's review documents show, gathered in a fixed number of queries: the targets
 * as of the round's last day, the indicator values of its period, plan progress by section and by
 * unit, who reported and when, and the units' narratives.
 */

export interface RoundValue {
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  decimals: number;
  period: string;
  organisationName: string | null;
  value: number;
  source: string;
  status: string;
}

export interface SectionProgress {
  ref: string;
  title: string;
  actions: number;
  done: number;
  inProgress: number;
  overdue: number;
  notStarted: number;
  progress: number | null;
}

export interface UnitProgress {
  organisationName: string;
  items: number;
  progress: number;
  lateItems: number;
}

export interface UnitCompliance {
  organisationName: string;
  status: ReportStatus;
  submittedAt: string | null;
  onTime: boolean | null;
}

export interface UnitNarrative {
  organisationName: string;
  actionRef: string;
  actionText: string;
  text: string;
}

export interface RoundData {
  program: ProgramRow & { issuingBody: string; ownerName: string | null; jurisdictionName: string; jurisdictionKind: string };
  round: ReportingRoundsTable;
  sections: SectionRow[];
  targets: TDashboardTarget[];
  values: RoundValue[];
  sectionProgress: SectionProgress[];
  unitProgress: UnitProgress[];
  compliance: UnitCompliance[];
  narratives: UnitNarrative[];
}

export async function findRound(executor: Executor, programId: string, roundIdOrPeriod: string): Promise<ReportingRoundsTable | undefined> {
  const rows = await executor
    .selectFrom('reporting_rounds')
    .selectAll()
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('id', '=', roundIdOrPeriod), eb('period', '=', roundIdOrPeriod)]))
    .orderBy('period_end', 'desc')
    .execute();
  // A period may have several rounds (an annual round and the mid-term review of the same year):
  // the id names one exactly; a period takes the review over the annual report.
  const rank = { final: 0, mid_term: 1, annual: 2, half_year: 3 } as const;
  return rows.find((row) => row.id === roundIdOrPeriod) ?? rows.sort((a, b) => rank[a.kind] - rank[b.kind])[0];
}

async function programDetails(executor: Executor, programId: string) {
  return executor
    .selectFrom('programs as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .select(['p.issuing_body', 'o.name_vi as owner_name', 'j.name as jurisdiction_name', 'j.kind_label as jurisdiction_kind'])
    .where('p.id', '=', programId)
    .executeTakeFirstOrThrow();
}

async function roundValues(executor: Executor, indicatorIds: readonly string[], round: ReportingRoundsTable): Promise<RoundValue[]> {
  if (indicatorIds.length === 0) {
    return [];
  }
  const rows = await executor
    .selectFrom('indicator_values as v')
    .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
    .leftJoin('organisations as o', 'o.id', 'v.organisation_id')
    .select(['i.code', 'i.name_vi', 'i.unit', 'i.decimals', 'v.period', 'o.name_vi as organisation_name', 'v.value', 'v.source', 'v.status'])
    .where('v.indicator_id', 'in', [...indicatorIds])
    .where('v.period_end', '>=', round.period_start)
    .where('v.period_end', '<=', round.period_end)
    .orderBy('i.code')
    .orderBy('v.period')
    .orderBy('o.name_vi')
    .execute();
  return rows.map((row) => ({
    indicatorCode: row.code,
    indicatorName: row.name_vi,
    unit: row.unit,
    decimals: row.decimals,
    period: row.period,
    organisationName: row.organisation_name,
    value: row.value,
    source: row.source,
    status: row.status,
  }));
}

async function unitProgress(executor: Executor, plans: readonly PlanProgress[]): Promise<UnitProgress[]> {
  if (plans.length === 0) {
    return [];
  }
  const names = new Map(
    (await executor.selectFrom('organisations').select(['id', 'name_vi']).where('id', 'in', plans.map((plan) => plan.organisationId)).execute()).map((row) => [row.id, row.name_vi]),
  );
  return plans
    .map((plan) => ({ organisationName: names.get(plan.organisationId) ?? '', items: plan.itemCount, progress: plan.progress, lateItems: plan.lateItemCount }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'vi'));
}

/** Every unit with a plan or a report in the round, with its report's status and whether it came in by the due day. */
async function compliance(executor: Executor, programId: string, round: ReportingRoundsTable): Promise<UnitCompliance[]> {
  const [planned, reports] = await Promise.all([
    executor
      .selectFrom('plans as pl')
      .innerJoin('organisations as o', 'o.id', 'pl.organisation_id')
      .select(['o.id', 'o.name_vi'])
      .where('pl.program_id', '=', programId)
      .execute(),
    executor
      .selectFrom('round_reports as rr')
      .innerJoin('organisations as o', 'o.id', 'rr.organisation_id')
      .select(['o.id', 'o.name_vi', 'rr.status', 'rr.submitted_at'])
      .where('rr.round_id', '=', round.id)
      .execute(),
  ]);
  const dueEnd = `${round.due_on}T17:00:00.000Z`;
  const byUnit = new Map<string, UnitCompliance>();
  for (const unit of planned) {
    byUnit.set(unit.id, { organisationName: unit.name_vi, status: 'not_started', submittedAt: null, onTime: null });
  }
  for (const report of reports) {
    const submitted = report.status === 'submitted' || report.status === 'approved';
    byUnit.set(report.id, {
      organisationName: report.name_vi,
      status: report.status,
      submittedAt: submitted ? report.submitted_at : null,
      onTime: submitted && report.submitted_at ? report.submitted_at < dueEnd : null,
    });
  }
  return [...byUnit.values()].sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'vi'));
}

/** Narratives of the reports an officer could read as sent: submitted or approved, not drafts. */
async function narratives(executor: Executor, round: ReportingRoundsTable): Promise<UnitNarrative[]> {
  const rows = await executor
    .selectFrom('round_report_narratives as n')
    .innerJoin('round_reports as rr', 'rr.id', 'n.report_id')
    .innerJoin('organisations as o', 'o.id', 'rr.organisation_id')
    .innerJoin('program_actions as a', 'a.id', 'n.action_id')
    .select(['o.name_vi', 'a.ref', 'a.text as action_text', 'a.sort_order', 'n.text'])
    .where('rr.round_id', '=', round.id)
    .where('rr.status', 'in', ['submitted', 'approved'])
    .orderBy('o.name_vi')
    .orderBy('a.sort_order')
    .execute();
  return rows.map((row) => ({ organisationName: row.name_vi, actionRef: row.ref, actionText: row.action_text, text: row.text }));
}

export async function collectRoundData(executor: Executor, programId: string, round: ReportingRoundsTable): Promise<RoundData> {
  const program = await findProgram(executor, { id: programId });
  if (!program) {
    throw new Error('The program of the round no longer exists');
  }
  const asOf = round.period_end;
  const [details, sections, targets, actions, progress, reported, texts] = await Promise.all([
    programDetails(executor, programId),
    sectionsOf(executor, programId),
    assessTargets(executor, program, { sectionIds: null, asOf }),
    actionsOf(executor, programId, null),
    computePlanProgress(executor, { programId, today: asOf }),
    compliance(executor, programId, round),
    narratives(executor, round),
  ]);
  const indicatorIds = [...new Set(targets.map((target) => target.indicator.id))];
  const [values, units] = await Promise.all([roundValues(executor, indicatorIds, round), unitProgress(executor, progress.plans)]);
  const bySection = actionsBySection(actions, new Map(progress.actions.map((entry) => [entry.actionId, entry])));

  return {
    program: { ...program, issuingBody: details.issuing_body, ownerName: details.owner_name, jurisdictionName: details.jurisdiction_name, jurisdictionKind: details.jurisdiction_kind },
    round,
    sections,
    targets,
    values,
    sectionProgress: sections.flatMap((section) => {
      const entry = bySection.get(section.id);
      return entry
        ? [
            {
              ref: section.ref,
              title: section.title,
              actions: entry.total,
              done: entry.byStatus.done,
              inProgress: entry.byStatus.in_progress,
              overdue: entry.byStatus.overdue,
              notStarted: entry.byStatus.not_started + entry.byStatus.not_planned,
              progress: entry.progress,
            },
          ]
        : [];
    }),
    unitProgress: units,
    compliance: reported,
    narratives: texts,
  };
}
