import type {
  TIndicatorValue,
  TJobAccepted,
  TProvinceValueInput,
  TReminderRequest,
  TReport,
  TReportApprove,
  TReportDetail,
  TReportListQuery,
  TReportReturn,
  TReportSave,
  TRestate,
  TRestatement,
  TRestatementQuery,
  TRound,
  TRoundListQuery,
  TRoundOpen,
  TRoundUpdate,
  TValueInput,
} from '../../../../common/contracts/programs-rounds.ts';
import type { Page } from '../../../../common/contracts/text.ts';
import type { ReportEvent, ReportStatus } from '../../../../common/contracts/programs.ts';
import { t } from '../../../../common/i18n/index.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, whyNot } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { AppError, conflict, notFound } from '../../../platform/errors.ts';
import { sendStoredFile } from '../../../platform/files/http.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Platform } from '../../../platform/platform.ts';
import {
  authorizeUnit,
  checkEvidence,
  duplicate,
  fieldError,
  findUnit,
  invalid,
  programOr404,
  programPlacement,
  readableOr404,
  unitScopeSql,
  type ProgramRow,
  type ServiceContext,
  type Unit,
} from '../plans/access.ts';
import { fitsPeriodType, periodEnd, roundBounds } from './periods.ts';
import { MATERIALISE_JOB } from '../indicators/job-kinds.ts';
import { ensureReminderSchedule, REMINDER_JOB, type ReminderPayload } from './reminders.ts';
import {
  actionsOfUnitPlan,
  findReport,
  findRound,
  findValue,
  listReports,
  listRounds,
  programIndicators,
  reportCounts,
  unitValues,
  type IndicatorRow,
  type ReportRow,
  type RoundRow,
  type ValueRow,
} from './rounds.repository.ts';

function presentRound(row: RoundRow, counts: TRound['reports']): TRound {
  return {
    id: row.id,
    programId: row.program_id,
    kind: row.kind,
    title: row.title,
    period: row.period,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    dueOn: row.due_on,
    status: row.status,
    remindDaysBefore: row.remind_days_before,
    remindedOn: row.reminded_on,
    reports: counts,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentReport(row: ReportRow, unitName: string): TReport {
  return {
    id: row.id,
    roundId: row.round_id,
    organisation: { id: row.organisation_id, name: unitName },
    status: row.status,
    summary: row.summary,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    reviewComment: row.review_comment,
    lockedAt: row.locked_at,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function presentValue(row: ValueRow, indicator: Pick<IndicatorRow, 'code' | 'unit'> | undefined): TIndicatorValue {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    indicatorCode: indicator?.code ?? '',
    period: row.period,
    organisationId: row.organisation_id,
    value: Number(row.value),
    unit: indicator?.unit ?? '',
    source: row.source,
    sourceNote: row.source_note,
    evidenceFileId: row.evidence_file_id,
    reportId: row.report_id,
    status: row.status,
    lockedAt: row.locked_at,
    version: row.version,
  };
}

/** The default title of a round, in Vietnamese as official documents are. */
export function defaultRoundTitle(kind: RoundRow['kind'], period: string): string {
  const [year = period, half = ''] = period.split('-H');
  return t('vi', `programsRounds.roundTitles.${kind}`, { period, year, half: half === '1' ? 'đầu' : 'cuối' });
}

/**
 * Whether units report an indicator in their round reports: a reported figure that the province's
 * value combines from the units' (sum, mean, max). A province-level figure (`province_only`: the
 * TFP share, total budget spending) exists once for the whole province, and the department enters
 * it as a province value; asking every commune for it would only collect conflicting numbers.
 */
export function reportedByUnits(indicator: Pick<IndicatorRow, 'method' | 'aggregation'>): boolean {
  return indicator.method === 'reported' && indicator.aggregation !== 'province_only';
}

const NO_REPORTS: TRound['reports'] = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };

/** Statuses in which the unit may still change its report. */
const EDITABLE: readonly ReportStatus[] = ['not_started', 'draft', 'returned'];

export interface ReportContext {
  report: ReportRow;
  round: RoundRow;
  program: ProgramRow;
  unit: Unit;
}

export function createRoundService(platform: Platform) {
  const { db, jobs } = platform;

  async function roundAndProgram(executor: Executor, actor: Actor, roundId: string): Promise<{ round: RoundRow; program: ProgramRow }> {
    const round = await findRound(executor, roundId);
    if (!round) {
      throw notFound();
    }
    return { round, program: await programOr404(executor, actor, round.program_id) };
  }

  async function reportContext(executor: Executor, actor: Actor, reportId: string): Promise<ReportContext> {
    const report = await findReport(executor, reportId);
    const unit = report ? await findUnit(executor, report.organisation_id) : undefined;
    if (!report || !unit) {
      throw notFound();
    }
    readableOr404(actor, unit.placement);
    const { round, program } = await roundAndProgram(executor, actor, report.round_id);
    return { report, round, program, unit };
  }

  async function addEvent(executor: Executor, ctx: ServiceContext, reportId: string, event: ReportEvent, comment: string | null): Promise<void> {
    await executor
      .insertInto('round_report_events')
      .values({ id: newId(), report_id: reportId, event, comment, actor_id: ctx.actor.userId ?? ctx.actor.displayName, created_at: nowIso() })
      .execute();
  }

  /** Moves a report on, guarded by its version; returns the row as stored. */
  async function updateReport(executor: Executor, current: ReportRow, version: number, changes: Partial<ReportRow>): Promise<ReportRow> {
    if (current.version !== version) {
      throw conflict('stale_version');
    }
    const next: ReportRow = { ...current, ...changes, version: current.version + 1, updated_at: nowIso() };
    const { id: _id, round_id: _round, organisation_id: _org, created_at: _created, ...set } = next;
    const result = await executor.updateTable('round_reports').set(set).where('id', '=', current.id).where('version', '=', current.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw conflict('stale_version');
    }
    return next;
  }

  function assertEditable(report: ReportRow, round: RoundRow): void {
    if (report.locked_at !== null || report.status === 'approved') {
      throw new AppError('report_locked', 409);
    }
    if (!EDITABLE.includes(report.status) || round.status !== 'open') {
      throw new AppError('report_state_invalid', 409);
    }
  }

  /**
   * Checks one value against the program's indicators and the round's period and writes it for
   * the report's unit; a value already approved for that unit and period is locked.
   */
  async function writeValue(
    executor: Executor,
    ctx: ServiceContext,
    target: { program: ProgramRow; period: string; organisationId: string | null; unitKey: string; reportId: string | null; status: ValueRow['status']; lock: boolean },
    indicators: ReadonlyMap<string, IndicatorRow>,
    input: TValueInput,
    path: string,
  ): Promise<ValueRow> {
    const locale = ctx.actor.locale;
    const indicator = indicators.get(input.indicatorId);
    if (!indicator) {
      throw invalid(locale, `${path}.indicatorId`, 'indicator_unknown');
    }
    if (indicator.method !== 'reported') {
      throw invalid(locale, `${path}.indicatorId`, 'indicator_not_reported');
    }
    if (target.organisationId !== null && !reportedByUnits(indicator)) {
      throw invalid(locale, `${path}.indicatorId`, 'indicator_province_level');
    }
    const problems = [
      ...(input.unit !== indicator.unit ? [fieldError(locale, `${path}.unit`, 'unit_mismatch', { unit: indicator.unit })] : []),
      ...(input.period !== target.period || !fitsPeriodType(input.period, indicator.period_type)
        ? [fieldError(locale, `${path}.period`, 'period_mismatch', { period: target.period })]
        : []),
    ];
    if (problems.length > 0) {
      throw new AppError('validation_failed', 400, { fieldErrors: problems });
    }
    const evidence = input.evidenceFileId ? await checkEvidence(platform, ctx.actor, input.evidenceFileId, `${path}.evidenceFileId`) : null;
    const existing = await findValue(executor, indicator.id, input.period, target.unitKey);
    if (existing?.locked_at) {
      throw new AppError('report_locked', 409, { fieldErrors: [fieldError(locale, path, 'value_locked')] });
    }
    const now = nowIso();
    const row: ValueRow = {
      id: existing?.id ?? newId(),
      indicator_id: indicator.id,
      period: input.period,
      period_end: periodEnd(input.period) ?? `${input.period.slice(0, 4)}-12-31`,
      jurisdiction_id: target.program.jurisdiction_id,
      organisation_id: target.organisationId,
      unit_key: target.unitKey,
      value: input.value,
      source: 'reported',
      source_note: input.sourceNote,
      evidence_file_id: evidence?.id ?? existing?.evidence_file_id ?? null,
      report_id: target.reportId,
      status: target.status,
      locked_at: target.lock ? now : null,
      provenance: null,
      version: (existing?.version ?? 0) + 1,
      created_by: existing?.created_by ?? ctx.actor.userId,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    };
    if (existing) {
      const { id: _id, created_at: _created, ...set } = row;
      await executor.updateTable('indicator_values').set(set).where('id', '=', existing.id).execute();
    } else {
      await executor.insertInto('indicator_values').values(row).execute();
    }
    await recordAudit(executor, ctx, { action: 'programs.value.write', subjectType: 'indicator_value', subjectId: row.id, before: existing ?? null, after: row });
    return row;
  }

  async function reportDetail(executor: Executor, context: ReportContext): Promise<TReportDetail> {
    const { report, round, program, unit } = context;
    const indicators = (await programIndicators(executor, program.id)).filter(reportedByUnits);
    const [actions, narratives, values, files, events] = await Promise.all([
      actionsOfUnitPlan(executor, program.id, unit.id),
      executor.selectFrom('round_report_narratives').selectAll().where('report_id', '=', report.id).execute(),
      unitValues(executor, unit.id, round.period, indicators.map((indicator) => indicator.id)),
      executor
        .selectFrom('round_report_files')
        .innerJoin('files', 'files.id', 'round_report_files.file_id')
        .select(['round_report_files.file_id', 'round_report_files.caption', 'round_report_files.created_at', 'files.file_name', 'files.media_type', 'files.size'])
        .where('round_report_files.report_id', '=', report.id)
        .orderBy('round_report_files.created_at')
        .execute(),
      executor.selectFrom('round_report_events').selectAll().where('report_id', '=', report.id).orderBy('created_at').orderBy('id').execute(),
    ]);
    const texts = new Map(narratives.map((narrative) => [narrative.action_id, narrative.text]));
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    const listed = new Set(actions.map((action) => action.id));
    const extra = narratives.filter((narrative) => !listed.has(narrative.action_id));
    const extraActions = extra.length
      ? await executor.selectFrom('program_actions').select(['id', 'ref', 'text']).where('id', 'in', extra.map((n) => n.action_id)).orderBy('sort_order').execute()
      : [];
    return {
      ...presentReport(report, unit.name),
      round: { id: round.id, kind: round.kind, period: round.period, title: round.title, dueOn: round.due_on, status: round.status },
      narratives: [...actions, ...extraActions].map((action) => ({ actionId: action.id, ref: action.ref, action: action.text, text: texts.get(action.id) ?? '' })),
      indicators: indicators.map((indicator) => ({
        id: indicator.id,
        code: indicator.code,
        nameVi: indicator.name_vi,
        nameEn: indicator.name_en,
        unit: indicator.unit,
        periodType: indicator.period_type,
      })),
      values: values.map((value) => presentValue(value, byId.get(value.indicator_id))),
      files: files.map((file) => ({
        fileId: file.file_id,
        fileName: file.file_name,
        mediaType: file.media_type,
        size: Number(file.size),
        caption: file.caption,
        createdAt: file.created_at,
        downloadUrl: `/api/v1/programs/reports/${report.id}/files/${file.file_id}`,
      })),
      events: events.map((event) => ({ id: event.id, event: event.event, comment: event.comment, actorId: event.actor_id, createdAt: event.created_at })),
    };
  }

  /**
   * Queues the recomputation of the programs that measure an indicator, directly or through a
   * ratio, once approved data changed: their province figures combine the values just locked.
   */
  async function refreshFigures(tx: Executor, ctx: ServiceContext, indicatorIds: readonly string[]): Promise<void> {
    if (indicatorIds.length === 0) {
      return;
    }
    const programs = await tx
      .selectFrom('program_targets as t')
      .innerJoin('indicators as i', 'i.id', 't.indicator_id')
      .select('t.program_id')
      .distinct()
      .where((eb) => eb.or([eb('i.id', 'in', indicatorIds), eb('i.numerator_id', 'in', indicatorIds), eb('i.denominator_id', 'in', indicatorIds)]))
      .execute();
    for (const { program_id: programId } of programs) {
      await jobs.enqueue(tx, MATERIALISE_JOB, { programId }, { createdBy: ctx.actor.userId });
    }
  }

  /** Report transitions an officer makes: return with a comment, or approve and lock. */
  async function review(ctx: ServiceContext, reportId: string, version: number, decision: 'returned' | 'approved', comment: string | null): Promise<TReportDetail> {
    return db.transaction().execute(async (tx) => {
      const context = await reportContext(tx, ctx.actor, reportId);
      authorizeUnit(ctx.actor, 'programs.round.manage', context.unit.placement);
      if (context.report.locked_at !== null) {
        throw new AppError('report_locked', 409);
      }
      if (context.report.status !== 'submitted') {
        throw new AppError('report_state_invalid', 409);
      }
      const now = nowIso();
      const report = await updateReport(tx, context.report, version, {
        status: decision,
        reviewed_at: now,
        reviewed_by: ctx.actor.userId,
        review_comment: comment,
        locked_at: decision === 'approved' ? now : null,
      });
      await tx
        .updateTable('indicator_values')
        .set(decision === 'approved' ? { status: 'approved', locked_at: now, updated_at: now } : { status: 'draft', updated_at: now })
        .where('report_id', '=', report.id)
        .execute();
      await addEvent(tx, ctx, report.id, decision, comment);
      if (decision === 'approved') {
        const locked = await tx.selectFrom('indicator_values').select('indicator_id').distinct().where('report_id', '=', report.id).execute();
        await refreshFigures(tx, ctx, locked.map((row) => row.indicator_id));
      }
      await recordAudit(tx, ctx, { action: `programs.report.${decision === 'approved' ? 'approve' : 'return'}`, subjectType: 'round_report', subjectId: report.id, before: context.report, after: report });
      return reportDetail(tx, { ...context, report });
    });
  }

  return {
    reportContext,
    writeValue,
    assertEditable,

    async listRounds(ctx: ServiceContext, programId: string, query: TRoundListQuery): Promise<Page<TRound>> {
      const program = await programOr404(db, ctx.actor, programId);
      const { rows, total } = await listRounds(db, { programId: program.id, ...query });
      const counts = await reportCounts(db, rows.map((row) => row.id));
      return { items: rows.map((row) => presentRound(row, counts.get(row.id) ?? { ...NO_REPORTS })), total, page: query.page, pageSize: query.pageSize };
    },

    async getRound(ctx: ServiceContext, roundId: string): Promise<TRound> {
      const { round } = await roundAndProgram(db, ctx.actor, roundId);
      const counts = await reportCounts(db, [round.id]);
      return presentRound(round, counts.get(round.id) ?? { ...NO_REPORTS });
    },

    /** Opens a round and gives every unit with an active plan its report, not started. */
    async openRound(ctx: ServiceContext, programId: string, input: TRoundOpen): Promise<TRound> {
      return db.transaction().execute(async (tx) => {
        const program = await programOr404(tx, ctx.actor, programId);
        authorize(ctx.actor, 'programs.round.manage', programPlacement(program));
        const bounds = roundBounds(input.kind, input.period, program.start_year);
        if (!bounds) {
          throw invalid(ctx.actor.locale, 'body.period', 'period_invalid_for_kind');
        }
        const taken = await tx
          .selectFrom('reporting_rounds')
          .select('id')
          .where('program_id', '=', program.id)
          .where('kind', '=', input.kind)
          .where('period', '=', input.period)
          .executeTakeFirst();
        if (taken) {
          throw duplicate(ctx.actor.locale, 'body.period', 'round_exists');
        }
        const now = nowIso();
        const round: RoundRow = {
          id: newId(),
          program_id: program.id,
          kind: input.kind,
          title: input.title ?? defaultRoundTitle(input.kind, input.period),
          period: input.period,
          period_start: bounds.start,
          period_end: bounds.end,
          due_on: input.dueOn,
          status: 'open',
          reminded_on: null,
          remind_days_before: input.remindDaysBefore,
          opened_by: ctx.actor.userId ?? ctx.actor.displayName,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await tx.insertInto('reporting_rounds').values(round).execute();
        const units = await tx.selectFrom('plans').select('organisation_id').where('program_id', '=', program.id).where('status', '=', 'active').execute();
        const reports: ReportRow[] = units.map((unit) => ({
          id: newId(),
          round_id: round.id,
          organisation_id: unit.organisation_id,
          status: 'not_started',
          summary: null,
          submitted_at: null,
          submitted_by: null,
          reviewed_at: null,
          reviewed_by: null,
          review_comment: null,
          locked_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        }));
        for (let start = 0; start < reports.length; start += 500) {
          await tx.insertInto('round_reports').values(reports.slice(start, start + 500)).execute();
        }
        await recordAudit(tx, ctx, { action: 'programs.round.open', subjectType: 'reporting_round', subjectId: round.id, after: { ...round, reports: reports.length } });
        await ensureReminderSchedule(tx, jobs);
        return presentRound(round, { not_started: reports.length, draft: 0, submitted: 0, returned: 0, approved: 0 });
      });
    },

    async updateRound(ctx: ServiceContext, roundId: string, input: TRoundUpdate): Promise<TRound> {
      return db.transaction().execute(async (tx) => {
        const { round, program } = await roundAndProgram(tx, ctx.actor, roundId);
        authorize(ctx.actor, 'programs.round.manage', programPlacement(program));
        if (round.version !== input.version) {
          throw conflict('stale_version');
        }
        const next: RoundRow = {
          ...round,
          due_on: input.dueOn ?? round.due_on,
          title: input.title ?? round.title,
          remind_days_before: input.remindDaysBefore ?? round.remind_days_before,
          status: input.status ?? round.status,
          version: round.version + 1,
          updated_at: nowIso(),
        };
        const { id: _id, program_id: _program, created_at: _created, ...set } = next;
        const result = await tx.updateTable('reporting_rounds').set(set).where('id', '=', round.id).where('version', '=', round.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw conflict('stale_version');
        }
        await recordAudit(tx, ctx, { action: 'programs.round.update', subjectType: 'reporting_round', subjectId: round.id, before: round, after: next });
        const counts = await reportCounts(tx, [round.id]);
        return presentRound(next, counts.get(round.id) ?? { ...NO_REPORTS });
      });
    },

    async listReports(ctx: ServiceContext, roundId: string, query: TReportListQuery): Promise<Page<TReport>> {
      const { round } = await roundAndProgram(db, ctx.actor, roundId);
      const { rows, total } = await listReports(db, ctx.actor, { roundId: round.id, ...query });
      return { items: rows.map((row) => presentReport(row, row.organisation_name)), total, page: query.page, pageSize: query.pageSize };
    },

    async getReport(ctx: ServiceContext, reportId: string): Promise<TReportDetail> {
      return reportDetail(db, await reportContext(db, ctx.actor, reportId));
    },

    /** The unit's own writing: summary, narratives per action, values for the round's period. */
    async saveReport(ctx: ServiceContext, reportId: string, input: TReportSave): Promise<TReportDetail> {
      return db.transaction().execute(async (tx) => {
        const context = await reportContext(tx, ctx.actor, reportId);
        authorizeUnit(ctx.actor, 'programs.report.submit', context.unit.placement);
        assertEditable(context.report, context.round);
        if (context.report.version !== input.version) {
          throw conflict('stale_version');
        }
        const actionIds = [...new Set(input.narratives.map((narrative) => narrative.actionId))];
        if (actionIds.length > 0) {
          const known = await tx.selectFrom('program_actions').select('id').where('program_id', '=', context.program.id).where('id', 'in', actionIds).execute();
          const knownIds = new Set(known.map((row) => row.id));
          const unknown = input.narratives.findIndex((narrative) => !knownIds.has(narrative.actionId));
          if (unknown >= 0) {
            throw invalid(ctx.actor.locale, `body.narratives.${unknown}.actionId`, 'action_unknown');
          }
          const now = nowIso();
          await tx.deleteFrom('round_report_narratives').where('report_id', '=', context.report.id).where('action_id', 'in', actionIds).execute();
          const kept = input.narratives.filter((narrative) => narrative.text !== '');
          if (kept.length > 0) {
            await tx
              .insertInto('round_report_narratives')
              .values([...new Map(kept.map((n) => [n.actionId, n])).values()].map((n) => ({ report_id: context.report.id, action_id: n.actionId, text: n.text, updated_at: now })))
              .execute();
          }
        }
        const indicators = new Map((await programIndicators(tx, context.program.id)).map((row) => [row.id, row]));
        const target = { program: context.program, period: context.round.period, organisationId: context.unit.id, unitKey: context.unit.id, reportId: context.report.id, status: 'draft' as const, lock: false };
        for (const [index, value] of input.values.entries()) {
          await writeValue(tx, ctx, target, indicators, value, `body.values.${index}`);
        }
        const report = await updateReport(tx, context.report, input.version, {
          status: 'draft',
          summary: input.summary === undefined ? context.report.summary : input.summary,
        });
        await addEvent(tx, ctx, report.id, 'saved', null);
        await recordAudit(tx, ctx, {
          action: 'programs.report.save',
          subjectType: 'round_report',
          subjectId: report.id,
          before: context.report,
          after: { ...report, narratives: input.narratives.length, values: input.values.length },
        });
        return reportDetail(tx, { ...context, report });
      });
    },

    async submitReport(ctx: ServiceContext, reportId: string, version: number): Promise<TReportDetail> {
      return db.transaction().execute(async (tx) => {
        const context = await reportContext(tx, ctx.actor, reportId);
        authorizeUnit(ctx.actor, 'programs.report.submit', context.unit.placement);
        assertEditable(context.report, context.round);
        if (context.report.status === 'not_started') {
          throw new AppError('report_state_invalid', 409);
        }
        const now = nowIso();
        const report = await updateReport(tx, context.report, version, { status: 'submitted', submitted_at: now, submitted_by: ctx.actor.userId });
        await tx.updateTable('indicator_values').set({ status: 'submitted', updated_at: now }).where('report_id', '=', report.id).execute();
        await addEvent(tx, ctx, report.id, 'submitted', null);
        await recordAudit(tx, ctx, { action: 'programs.report.submit', subjectType: 'round_report', subjectId: report.id, before: context.report, after: report });
        return reportDetail(tx, { ...context, report });
      });
    },

    returnReport: (ctx: ServiceContext, reportId: string, input: TReportReturn) => review(ctx, reportId, input.version, 'returned', input.comment),
    approveReport: (ctx: ServiceContext, reportId: string, input: TReportApprove) => review(ctx, reportId, input.version, 'approved', input.comment),

    async linkFile(ctx: ServiceContext, reportId: string, input: { fileId: string; caption: string }): Promise<TReportDetail> {
      const evidence = await checkEvidence(platform, ctx.actor, input.fileId, 'body.fileId');
      return db.transaction().execute(async (tx) => {
        const context = await reportContext(tx, ctx.actor, reportId);
        authorizeUnit(ctx.actor, 'programs.report.submit', context.unit.placement);
        assertEditable(context.report, context.round);
        const linked = await tx.selectFrom('round_report_files').select('file_id').where('report_id', '=', context.report.id).where('file_id', '=', evidence.id).executeTakeFirst();
        if (!linked) {
          await tx.insertInto('round_report_files').values({ report_id: context.report.id, file_id: evidence.id, caption: input.caption, created_at: nowIso() }).execute();
          await recordAudit(tx, ctx, { action: 'programs.report.file_link', subjectType: 'round_report', subjectId: context.report.id, after: { fileId: evidence.id, caption: input.caption } });
        }
        return reportDetail(tx, context);
      });
    },

    async unlinkFile(ctx: ServiceContext, reportId: string, fileId: string): Promise<TReportDetail> {
      return db.transaction().execute(async (tx) => {
        const context = await reportContext(tx, ctx.actor, reportId);
        authorizeUnit(ctx.actor, 'programs.report.submit', context.unit.placement);
        assertEditable(context.report, context.round);
        const result = await tx.deleteFrom('round_report_files').where('report_id', '=', context.report.id).where('file_id', '=', fileId).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) {
          throw notFound();
        }
        await recordAudit(tx, ctx, { action: 'programs.report.file_unlink', subjectType: 'round_report', subjectId: context.report.id, before: { fileId } });
        return reportDetail(tx, context);
      });
    },

    /** Evidence is read through its report: whoever may read the report may read the files linked to it. */
    async downloadFile(ctx: ServiceContext, reportId: string, fileId: string, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
      const context = await reportContext(db, ctx.actor, reportId);
      const linked = await db.selectFrom('round_report_files').select('file_id').where('report_id', '=', context.report.id).where('file_id', '=', fileId).executeTakeFirst();
      const opened = linked ? await platform.files.open(fileId) : null;
      if (!opened) {
        throw notFound();
      }
      return sendStoredFile(request, reply, opened);
    },

    /** A correction of locked data by an officer: the old and new value and the reason stay on record. */
    async restate(ctx: ServiceContext, valueId: string, input: TRestate): Promise<TIndicatorValue> {
      return db.transaction().execute(async (tx) => {
        const value = await tx.selectFrom('indicator_values').selectAll().where('id', '=', valueId).executeTakeFirst();
        if (!value) {
          throw notFound();
        }
        const unit = value.organisation_id ? await findUnit(tx, value.organisation_id) : undefined;
        const jurisdiction = await tx.selectFrom('jurisdictions').select('path').where('id', '=', value.jurisdiction_id).executeTakeFirstOrThrow();
        const placement = unit?.placement ?? { jurisdictionPath: jurisdiction.path };
        if (whyNot(ctx.actor, 'programs.read', placement) !== null && whyNot(ctx.actor, 'programs.round.manage', placement) !== null) {
          throw notFound();
        }
        authorize(ctx.actor, 'programs.round.manage', placement);
        if (value.locked_at === null) {
          throw new AppError('report_state_invalid', 409);
        }
        const now = nowIso();
        const next: ValueRow = { ...value, value: input.value, version: value.version + 1, updated_at: now };
        await tx.updateTable('indicator_values').set({ value: next.value, version: next.version, updated_at: now }).where('id', '=', value.id).execute();
        const restatement = { id: newId(), value_id: value.id, previous_value: Number(value.value), new_value: input.value, reason: input.reason, actor_id: ctx.actor.userId ?? ctx.actor.displayName, created_at: now };
        await tx.insertInto('indicator_restatements').values(restatement).execute();
        if (value.report_id) {
          await addEvent(tx, ctx, value.report_id, 'restated', input.reason);
        }
        await refreshFigures(tx, ctx, [value.indicator_id]);
        await recordAudit(tx, ctx, { action: 'programs.value.restate', subjectType: 'indicator_value', subjectId: value.id, before: value, after: { ...next, reason: input.reason } });
        const indicator = await tx.selectFrom('indicators').select(['code', 'unit']).where('id', '=', value.indicator_id).executeTakeFirst();
        return presentValue(next, indicator);
      });
    },

    /** The visible log of restatements of a program's values, newest first. */
    async restatements(ctx: ServiceContext, programId: string, query: TRestatementQuery): Promise<Page<TRestatement>> {
      const program = await programOr404(db, ctx.actor, programId);
      let base = db
        .selectFrom('indicator_restatements as r')
        .innerJoin('indicator_values as v', 'v.id', 'r.value_id')
        .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
        .innerJoin('jurisdictions as j', 'j.id', 'v.jurisdiction_id')
        .leftJoin('organisations as o', 'o.id', 'v.organisation_id')
        .leftJoin('round_reports as rr', 'rr.id', 'v.report_id')
        .leftJoin('reporting_rounds as round', 'round.id', 'rr.round_id')
        .where((eb) =>
          eb.or([
            eb('round.program_id', '=', program.id),
            eb.and([eb('v.report_id', 'is', null), eb('v.indicator_id', 'in', eb.selectFrom('program_targets').select('indicator_id').where('program_id', '=', program.id))]),
          ]),
        )
        .where(unitScopeSql(ctx.actor));
      if (query.roundId) {
        base = base.where('round.id', '=', query.roundId);
      }
      const [rows, count] = await Promise.all([
        base
          .leftJoin('users as u', 'u.id', 'r.actor_id')
          .select([
            'r.id',
            'r.value_id',
            'r.previous_value',
            'r.new_value',
            'r.reason',
            'r.actor_id',
            'r.created_at',
            'i.code as indicator_code',
            'i.name_vi as indicator_name',
            'v.period',
            'v.organisation_id',
            'o.name_vi as organisation_name',
            'u.display_name as actor_name',
          ])
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((row) => ({
          id: row.id,
          valueId: row.value_id,
          indicatorCode: row.indicator_code,
          indicatorName: row.indicator_name,
          period: row.period,
          organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
          previousValue: Number(row.previous_value),
          newValue: Number(row.new_value),
          reason: row.reason,
          actorId: row.actor_id,
          actorName: row.actor_name ?? null,
          createdAt: row.created_at,
        })),
        total: Number(count.n),
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** A value the province reports for itself (statistics office figures): approved and locked when entered. */
    async provinceValue(ctx: ServiceContext, programId: string, input: TProvinceValueInput): Promise<TIndicatorValue> {
      return db.transaction().execute(async (tx) => {
        const program = await programOr404(tx, ctx.actor, programId);
        authorize(ctx.actor, 'programs.round.manage', programPlacement(program));
        const indicators = new Map((await programIndicators(tx, program.id)).map((row) => [row.id, row]));
        const indicator = indicators.get(input.indicatorId);
        // No round fixes the period here: any period of the indicator's own type is accepted.
        const row = await writeValue(
          tx,
          ctx,
          { program, period: input.period, organisationId: null, unitKey: program.jurisdiction_id, reportId: null, status: 'approved', lock: true },
          indicators,
          input,
          'body',
        );
        await refreshFigures(tx, ctx, [row.indicator_id]);
        return presentValue(row, indicator);
      });
    },

    async requestReminders(ctx: ServiceContext, roundId: string, input: TReminderRequest): Promise<TJobAccepted> {
      return db.transaction().execute(async (tx) => {
        const { round, program } = await roundAndProgram(tx, ctx.actor, roundId);
        authorize(ctx.actor, 'programs.round.manage', programPlacement(program));
        const payload: ReminderPayload = { roundId: round.id, daysBefore: input.daysBefore, scheduled: false };
        const jobId = await jobs.enqueue(tx, REMINDER_JOB, payload, { createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx, { action: 'programs.round.remind_request', subjectType: 'reporting_round', subjectId: round.id, after: payload });
        return { jobId, fileId: null };
      });
    },
  };
}

export type RoundService = ReturnType<typeof createRoundService>;
