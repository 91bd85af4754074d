import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { TJobAccepted, TTransferJob } from '../../../../common/contracts/programs-rounds.ts';
import { optionalText, requiredText } from '../../../../common/contracts/text.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { isAdmin, whyNot } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import {
  defineSheet,
  importProgressMessage,
  isValidRow,
  READ_DEFAULTS,
  readSheet,
  runImport,
  writeSheetToBuffer,
  XLSX_MEDIA_TYPE,
  type ColumnSpec,
  type ImportReport,
  type ImportRowError,
  type SheetRow,
} from '../../../platform/documents/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { JobDefinition, JobRunContext } from '../../../platform/jobs/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import { authorizeUnit, findProgram, readableOr404, unitScopeSql, unitsByIds, type ServiceContext } from '../plans/access.ts';
import { itemsOfPlan, type ItemRow } from '../plans/plans.repository.ts';
import { findRound, programIndicators, type IndicatorRow } from './rounds.repository.ts';
import { reportedByUnits, type RoundService } from './rounds.service.ts';

/**
 * Indicator values of a round and items of a plan in and out of Excel, with the same columns both
 * ways. Imports run as jobs: every row is checked first (a dry run stops there), and only a file
 * without a single bad row is written, in one transaction.
 */
export const VALUES_EXPORT_JOB = 'programs.values_export';
export const VALUES_IMPORT_JOB = 'programs.values_import';
export const ITEMS_EXPORT_JOB = 'programs.items_export';
export const ITEMS_IMPORT_JOB = 'programs.items_import';
const TRANSFER_JOBS = [VALUES_EXPORT_JOB, VALUES_IMPORT_JOB, ITEMS_EXPORT_JOB, ITEMS_IMPORT_JOB];

const header = (key: string) => ({ vi: t('vi', `programsRounds.columns.${key}`), en: t('en', `programsRounds.columns.${key}`) });
function column<K extends string, S extends z.ZodType>(key: K, schema: S, extra: Pick<ColumnSpec, 'type' | 'width' | 'example'> = {}): ColumnSpec<K, S> {
  return { key, header: header(key), schema, ...extra };
}
const optional = <T extends z.ZodType>(schema: T) => schema.optional().transform((value): z.output<T> | null => value ?? null);

export const valueSheet = defineSheet({
  name: 'Số liệu chỉ tiêu',
  columns: [
    column('organisationId', z.uuid(), { width: 38 }),
    column('organisationName', optionalText(300), { width: 40 }),
    column('indicatorCode', requiredText(60), { width: 26, example: 'KHCN.TECH_RENEWAL_RATE' }),
    column('indicatorName', optionalText(500), { width: 50 }),
    column('period', requiredText(10), { example: '2024' }),
    column('value', z.number().finite(), { type: 'number' }),
    column('unit', requiredText(30), { example: '%/năm' }),
    column('sourceNote', optionalText(500), { width: 40 }),
  ],
});

export const itemSheet = defineSheet({
  name: 'Kế hoạch',
  columns: [
    column('itemCode', requiredText(40), { example: 'II.1.a' }),
    column('parentCode', optionalText(40)),
    column('actionRef', optionalText(40)),
    column('title', requiredText(500), { width: 60 }),
    column('ownerName', optionalText(200), { width: 30 }),
    column('weight', optional(z.number().positive().max(1000)), { type: 'number' }),
    column('deadline', optional(z.iso.date()), { type: 'date' }),
  ],
});

type ValueCells = SheetRow<typeof valueSheet.columns>;
type ItemCells = SheetRow<typeof itemSheet.columns>;

const ZExportPayload = z.object({ targetId: z.uuid(), locale: z.enum(LOCALES) });
const ZImportPayload = z.object({ targetId: z.uuid(), fileId: z.uuid(), dryRun: z.boolean(), locale: z.enum(LOCALES) });
type ExportPayload = z.infer<typeof ZExportPayload>;
type ImportPayload = z.infer<typeof ZImportPayload>;

type ImportRowProblem = Omit<ImportRowError, 'row'>;
type Checked<T> = { rowNumber: number; value: T } | { rowNumber: number; errors: ImportRowProblem[] };

/** Thrown to undo a trial write; never leaves this file. */
class TrialRollback extends Error {}

async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function problem(locale: Locale, key: string, code: string, message?: string, params?: Record<string, string | number>): ImportRowProblem {
  const sheetColumn = [...valueSheet.columns, ...itemSheet.columns].find((c) => c.key === key);
  return { key, column: sheetColumn?.header[locale] ?? '', code, message: message ?? t(locale, `programsRounds.fieldErrors.${code}`, params) };
}

/** Where a service error about a value belongs in the sheet. */
function valueProblems(error: AppError, locale: Locale): ImportRowProblem[] {
  if (error.fieldErrors?.length) {
    return error.fieldErrors.map((fieldError) => {
      const field = fieldError.path.split('.').at(-1) ?? '';
      const key = field === 'indicatorId' ? 'indicatorCode' : ['unit', 'period'].includes(field) ? field : 'value';
      return problem(locale, key, fieldError.code, fieldError.message);
    });
  }
  return [problem(locale, 'organisationId', error.code, t(locale, `errors.${error.code}`, error.params))];
}

function fileRejected(error: AppError, payload: ImportPayload): ImportReport {
  const errors = (error.fieldErrors ?? []).map((fieldError) => ({ row: 0, column: fieldError.path, code: fieldError.code, message: fieldError.message }));
  return {
    dryRun: payload.dryRun,
    outcome: 'invalid',
    total: 0,
    valid: 0,
    invalid: 0,
    applied: 0,
    errors: errors.length > 0 ? errors : [{ row: 0, column: '', code: error.code, message: t(payload.locale, `errors.${error.code}`, error.params) }],
    errorsOmitted: 0,
  };
}

async function storeWorkbook(platform: Platform, actor: Actor, fileName: string, buffer: Buffer): Promise<{ fileId: string; fileName: string }> {
  const stored = await platform.files.store(actor, { fileName, data: buffer, purpose: 'programs.export', visibility: 'owner', accept: [XLSX_MEDIA_TYPE] });
  return { fileId: stored.id, fileName: stored.fileName };
}

async function runReading(platform: Platform, payload: ImportPayload, context: JobRunContext, importer: (buffer: Buffer, progress: (f: number, m?: string) => Promise<void>) => Promise<ImportReport>): Promise<ImportReport> {
  const opened = await platform.files.open(payload.fileId);
  if (!opened) {
    throw new Error('The uploaded file no longer exists');
  }
  const buffer = await bufferOf(opened.stream);
  await context.reportProgress(0, t(payload.locale, 'programsRounds.jobs.validating'));
  let report: ImportReport;
  try {
    report = await importer(buffer, (fraction, message) => context.reportProgress(fraction, message));
  } catch (error) {
    if (!(error instanceof AppError)) {
      throw error;
    }
    report = fileRejected(error, payload);
  }
  const outcome = report.outcome === 'applied' ? 'imported' : report.outcome === 'dry_run' ? 'dryRun' : 'rejected';
  await context.reportProgress(1, t(payload.locale, `programsRounds.jobs.${outcome}`));
  return report;
}

export function defineTransferJobs(platform: Platform, rounds: RoundService): void {
  const { db } = platform;

  async function valueRows(executor: Executor, actor: Actor, roundId: string): Promise<ValueCells[]> {
    const round = await findRound(executor, roundId);
    if (!round) {
      return [];
    }
    const indicators = (await programIndicators(executor, round.program_id)).filter(reportedByUnits);
    if (indicators.length === 0) {
      return [];
    }
    const rows = await executor
      .selectFrom('indicator_values as v')
      .innerJoin('round_reports as r', (join) => join.onRef('r.organisation_id', '=', 'v.organisation_id').on('r.round_id', '=', round.id))
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .select(['v.organisation_id', 'o.name_vi', 'i.code', 'i.name_vi as indicator_name', 'v.period', 'v.value', 'i.unit', 'v.source_note'])
      .where('v.period', '=', round.period)
      .where('v.indicator_id', 'in', indicators.map((row) => row.id))
      .where(unitScopeSql(actor))
      .orderBy('o.name_folded')
      .orderBy('i.code')
      .execute();
    return rows.map((row) => ({
      organisationId: row.organisation_id ?? '',
      organisationName: row.name_vi,
      indicatorCode: row.code,
      indicatorName: row.indicator_name,
      period: row.period,
      value: Number(row.value),
      unit: row.unit,
      sourceNote: row.source_note,
    }));
  }

  async function itemRows(executor: Executor, planId: string): Promise<ItemCells[]> {
    const items = await itemsOfPlan(executor, planId);
    const byId = new Map(items.map((item) => [item.id, item]));
    const actionIds = items.flatMap((item) => (item.action_id ? [item.action_id] : []));
    const actions = actionIds.length ? await executor.selectFrom('program_actions').select(['id', 'ref']).where('id', 'in', actionIds).execute() : [];
    const refs = new Map(actions.map((action) => [action.id, action.ref]));
    const depth = (item: ItemRow): number => (item.parent_id && byId.get(item.parent_id) ? depth(byId.get(item.parent_id) as ItemRow) + 1 : 0);
    // Parents before children, so the same file imports back in one pass.
    return [...items]
      .sort((a, b) => depth(a) - depth(b) || a.sort_order - b.sort_order)
      .map((item) => ({
        itemCode: item.code,
        parentCode: item.parent_id ? (byId.get(item.parent_id)?.code ?? null) : null,
        actionRef: item.action_id ? (refs.get(item.action_id) ?? null) : null,
        title: item.title,
        ownerName: item.owner_name,
        weight: Number(item.weight),
        deadline: item.deadline,
      }));
  }

  const valuesExport: JobDefinition<ExportPayload> = {
    kind: VALUES_EXPORT_JOB,
    payload: ZExportPayload,
    maxAttempts: 3,
    async run(payload, context) {
      await context.reportProgress(0.1, t(payload.locale, 'programsRounds.jobs.exportReading'));
      const rows = await valueRows(db, context.actor, payload.targetId);
      await context.reportProgress(0.6, t(payload.locale, 'programsRounds.jobs.exportWriting'));
      const buffer = await writeSheetToBuffer(valueSheet, rows, { locale: payload.locale });
      return { ...(await storeWorkbook(platform, context.actor, 'so-lieu-chi-tieu.xlsx', buffer)), rows: rows.length };
    },
  };

  const itemsExport: JobDefinition<ExportPayload> = {
    kind: ITEMS_EXPORT_JOB,
    payload: ZExportPayload,
    maxAttempts: 3,
    async run(payload, context) {
      await context.reportProgress(0.1, t(payload.locale, 'programsRounds.jobs.exportReading'));
      const rows = await itemRows(db, payload.targetId);
      const buffer = await writeSheetToBuffer(itemSheet, rows, { locale: payload.locale });
      return { ...(await storeWorkbook(platform, context.actor, 'ke-hoach-thuc-hien.xlsx', buffer)), rows: rows.length };
    },
  };

  const valuesImport: JobDefinition<ImportPayload> = {
    kind: VALUES_IMPORT_JOB,
    payload: ZImportPayload,
    maxAttempts: 2,
    run: (payload, context) =>
      runReading(platform, payload, context, async (buffer, progress) => {
        const { locale } = payload;
        const ctx: ServiceContext = { actor: { ...context.actor, locale }, requestId: null };
        const round = await findRound(db, payload.targetId);
        const program = round ? await findProgram(db, round.program_id) : undefined;
        if (!round || !program) {
          throw new Error('The round no longer exists');
        }
        const reports = await db.selectFrom('round_reports').selectAll().where('round_id', '=', round.id).execute();
        const reportOf = new Map(reports.map((report) => [report.organisation_id, report]));
        const units = await unitsByIds(db, reports.map((report) => report.organisation_id));
        const indicators = new Map((await programIndicators(db, program.id)).map((row): [string, IndicatorRow] => [row.id, row]));
        const byCode = new Map([...indicators.values()].map((row) => [row.code, row]));
        const seen = new Map<string, number>();

        /** The report the row writes into, or why it may not. */
        function reportFor(cells: ValueCells): { reportId: string } | ImportRowProblem {
          const report = reportOf.get(cells.organisationId);
          const unit = units.get(cells.organisationId);
          if (!report || !unit || whyNot(ctx.actor, 'programs.report.submit', unit.placement) !== null) {
            return problem(locale, 'organisationId', 'report_unknown');
          }
          try {
            rounds.assertEditable(report, round as NonNullable<typeof round>);
          } catch (error) {
            if (error instanceof AppError) {
              return problem(locale, 'organisationId', error.code, t(locale, `errors.${error.code}`));
            }
            throw error;
          }
          return { reportId: report.id };
        }

        async function write(executor: Executor, cells: ValueCells, reportId: string, indicator: IndicatorRow): Promise<void> {
          await rounds.writeValue(
            executor,
            ctx,
            { program: program as NonNullable<typeof program>, period: (round as NonNullable<typeof round>).period, organisationId: cells.organisationId, unitKey: cells.organisationId, reportId, status: 'draft', lock: false },
            indicators,
            { indicatorId: indicator.id, period: cells.period, value: cells.value, unit: cells.unit, sourceNote: cells.sourceNote, evidenceFileId: null },
            'row',
          );
        }

        async function* checked(): AsyncGenerator<Checked<{ cells: ValueCells; reportId: string; indicator: IndicatorRow }>> {
          for await (const row of readSheet(valueSheet, buffer, { locale, maxRows: READ_DEFAULTS.maxRows })) {
            if (!isValidRow(row)) {
              yield row;
              continue;
            }
            const cells = row.value;
            const target = reportFor(cells);
            const indicator = byCode.get(cells.indicatorCode);
            if (!('reportId' in target)) {
              yield { rowNumber: row.rowNumber, errors: [target] };
              continue;
            }
            if (!indicator) {
              yield { rowNumber: row.rowNumber, errors: [problem(locale, 'indicatorCode', 'indicator_unknown')] };
              continue;
            }
            const key = `${cells.organisationId}|${indicator.id}|${cells.period}`;
            const earlier = seen.get(key);
            if (earlier !== undefined) {
              yield { rowNumber: row.rowNumber, errors: [problem(locale, 'indicatorCode', 'duplicate_in_file', undefined, { row: earlier })] };
              continue;
            }
            seen.set(key, row.rowNumber);
            let problems: ImportRowProblem[] = [];
            try {
              await db.transaction().execute(async (tx) => {
                await write(tx, cells, target.reportId, indicator);
                throw new TrialRollback();
              });
            } catch (error) {
              if (error instanceof AppError) {
                problems = valueProblems(error, locale);
              } else if (!(error instanceof TrialRollback)) {
                throw error;
              }
            }
            yield problems.length > 0 ? { rowNumber: row.rowNumber, errors: problems } : { rowNumber: row.rowNumber, value: { cells, reportId: target.reportId, indicator } };
          }
        }

        return runImport({
          rows: checked(),
          dryRun: payload.dryRun,
          onProgress: (state) => progress(state.fraction, importProgressMessage(locale, state)),
          apply: (rows) =>
            db.transaction().execute(async (tx) => {
              for (const row of rows) {
                await write(tx, row.value.cells, row.value.reportId, row.value.indicator);
              }
              const touched = [...new Set(rows.map((row) => row.value.reportId))];
              const now = nowIso();
              for (const reportId of touched) {
                await tx.updateTable('round_reports').set((eb) => ({ status: 'draft', version: eb('version', '+', 1), updated_at: now })).where('id', '=', reportId).execute();
                await tx.insertInto('round_report_events').values({ id: newId(), report_id: reportId, event: 'saved', comment: null, actor_id: ctx.actor.userId ?? ctx.actor.displayName, created_at: now }).execute();
              }
              await recordAudit(tx, ctx, { action: 'programs.values.import', subjectType: 'file', subjectId: payload.fileId, after: { roundId: round.id, rows: rows.length, reports: touched.length } });
            }),
        });
      }),
  };

  const itemsImport: JobDefinition<ImportPayload> = {
    kind: ITEMS_IMPORT_JOB,
    payload: ZImportPayload,
    maxAttempts: 2,
    run: (payload, context) =>
      runReading(platform, payload, context, async (buffer, progress) => {
        const { locale } = payload;
        const ctx: ServiceContext = { actor: { ...context.actor, locale }, requestId: null };
        const plan = await db.selectFrom('plans').selectAll().where('id', '=', payload.targetId).executeTakeFirst();
        if (!plan) {
          throw new Error('The plan no longer exists');
        }
        const existing = await itemsOfPlan(db, plan.id);
        const byCode = new Map(existing.map((item) => [item.code, item]));
        const actions = await db.selectFrom('program_actions').select(['id', 'ref']).where('program_id', '=', plan.program_id).execute();
        const actionByRef = new Map(actions.map((action) => [action.ref, action.id]));
        const inFile = new Map<string, number>();
        const parentOf = new Map<string, string | null>();

        /** Whether giving `code` the parent `parent` would put it under itself. */
        function makesCycle(code: string, parent: string | null): boolean {
          const visited = new Set<string>([code]);
          for (let current = parent; current !== null; ) {
            if (visited.has(current)) {
              return true;
            }
            visited.add(current);
            const next: string | null | undefined = parentOf.has(current) ? parentOf.get(current) : (() => {
              const item = byCode.get(current);
              const parentItem = item?.parent_id ? existing.find((other) => other.id === item.parent_id) : undefined;
              return parentItem?.code ?? null;
            })();
            current = next ?? null;
          }
          return false;
        }

        async function* checked(): AsyncGenerator<Checked<ItemCells>> {
          for await (const row of readSheet(itemSheet, buffer, { locale, maxRows: READ_DEFAULTS.maxRows })) {
            if (!isValidRow(row)) {
              yield row;
              continue;
            }
            const cells = row.value;
            const problems: ImportRowProblem[] = [];
            const earlier = inFile.get(cells.itemCode);
            if (earlier !== undefined) {
              problems.push(problem(locale, 'itemCode', 'duplicate_in_file', undefined, { row: earlier }));
            }
            if (cells.parentCode !== null && !inFile.has(cells.parentCode) && !byCode.has(cells.parentCode)) {
              problems.push(problem(locale, 'parentCode', 'parent_unknown'));
            } else if (makesCycle(cells.itemCode, cells.parentCode)) {
              problems.push(problem(locale, 'parentCode', 'parent_cycle'));
            }
            if (cells.actionRef !== null && !actionByRef.has(cells.actionRef)) {
              problems.push(problem(locale, 'actionRef', 'action_unknown'));
            }
            inFile.set(cells.itemCode, earlier ?? row.rowNumber);
            parentOf.set(cells.itemCode, cells.parentCode);
            yield problems.length > 0 ? { rowNumber: row.rowNumber, errors: problems } : row;
          }
        }

        const found = await unitsByIds(db, [plan.organisation_id]);
        const unit = found.get(plan.organisation_id);
        if (!unit) {
          throw new Error('The plan’s unit no longer exists');
        }
        authorizeUnit(ctx.actor, 'programs.plan.write', unit.placement);
        return runImport({
          rows: checked(),
          dryRun: payload.dryRun,
          onProgress: (state) => progress(state.fraction, importProgressMessage(locale, state)),
          apply: (rows) =>
            db.transaction().execute(async (tx) => {
              const now = nowIso();
              const ids = new Map(existing.map((item) => [item.code, item.id]));
              for (const [index, { value }] of rows.entries()) {
                const current = byCode.get(value.itemCode);
                const fields = {
                  action_id: value.actionRef ? (actionByRef.get(value.actionRef) ?? null) : null,
                  title: value.title,
                  owner_name: value.ownerName,
                  weight: value.weight ?? 1,
                  deadline: value.deadline,
                  updated_at: now,
                };
                if (current) {
                  await tx.updateTable('plan_items').set({ ...fields, version: current.version + 1 }).where('id', '=', current.id).execute();
                } else {
                  const id = newId();
                  ids.set(value.itemCode, id);
                  await tx
                    .insertInto('plan_items')
                    .values({ id, plan_id: plan.id, parent_id: null, code: value.itemCode, owner_person_id: null, sort_order: existing.length + index, version: 1, created_at: now, ...fields })
                    .execute();
                }
              }
              // Parents are set once every row exists, so a row may name a parent further down the file.
              for (const { value } of rows) {
                const id = ids.get(value.itemCode);
                const parentId = value.parentCode ? (ids.get(value.parentCode) ?? null) : null;
                if (id) {
                  await tx.updateTable('plan_items').set({ parent_id: parentId }).where('id', '=', id).execute();
                }
              }
              await tx.updateTable('plans').set({ updated_at: now }).where('id', '=', plan.id).execute();
              await recordAudit(tx, ctx, { action: 'programs.plan_items.import', subjectType: 'plan', subjectId: plan.id, after: { fileId: payload.fileId, rows: rows.length } });
            }),
        });
      }),
  };

  platform.jobs.define(valuesExport);
  platform.jobs.define(itemsExport);
  platform.jobs.define(valuesImport);
  platform.jobs.define(itemsImport);
}

export interface ImportUpload {
  fileName: string;
  data: Buffer;
  dryRun: boolean;
  locale: Locale;
}

export function createTransferService(platform: Platform) {
  const { db, jobs } = platform;

  async function enqueue(ctx: ServiceContext, kind: string, payload: ExportPayload | ImportPayload, subject: { type: string; id: string }): Promise<string> {
    return db.transaction().execute(async (tx) => {
      const id = await jobs.enqueue(tx, kind, payload, { createdBy: ctx.actor.userId });
      await recordAudit(tx, ctx, { action: `${kind}.request`, subjectType: subject.type, subjectId: subject.id, after: { jobId: id, ...payload } });
      return id;
    });
  }

  async function store(ctx: ServiceContext, upload: ImportUpload): Promise<string> {
    const stored = await platform.files.store(
      ctx.actor,
      { fileName: upload.fileName, data: upload.data, purpose: 'programs.import', visibility: 'owner', accept: [XLSX_MEDIA_TYPE], maxBytes: Math.min(platform.files.uploadMaxBytes, READ_DEFAULTS.maxBytes) },
      ctx.requestId,
    );
    return stored.id;
  }

  async function readableRound(ctx: ServiceContext, roundId: string): Promise<string> {
    const round = await findRound(db, roundId);
    if (!round || !(await findProgram(db, round.program_id))) {
      throw notFound();
    }
    return round.id;
  }

  async function planUnit(ctx: ServiceContext, planId: string) {
    const plan = await db.selectFrom('plans').select(['id', 'organisation_id']).where('id', '=', planId).executeTakeFirst();
    const unit = plan ? (await unitsByIds(db, [plan.organisation_id])).get(plan.organisation_id) : undefined;
    if (!plan || !unit) {
      throw notFound();
    }
    readableOr404(ctx.actor, unit.placement);
    return { plan, unit };
  }

  return {
    async exportValues(ctx: ServiceContext, roundId: string, locale: Locale): Promise<TJobAccepted> {
      const id = await readableRound(ctx, roundId);
      return { jobId: await enqueue(ctx, VALUES_EXPORT_JOB, { targetId: id, locale }, { type: 'reporting_round', id }), fileId: null };
    },
    async importValues(ctx: ServiceContext, roundId: string, upload: ImportUpload): Promise<TJobAccepted> {
      const id = await readableRound(ctx, roundId);
      const fileId = await store(ctx, upload);
      return { jobId: await enqueue(ctx, VALUES_IMPORT_JOB, { targetId: id, fileId, dryRun: upload.dryRun, locale: upload.locale }, { type: 'reporting_round', id }), fileId };
    },
    async exportItems(ctx: ServiceContext, planId: string, locale: Locale): Promise<TJobAccepted> {
      const { plan } = await planUnit(ctx, planId);
      return { jobId: await enqueue(ctx, ITEMS_EXPORT_JOB, { targetId: plan.id, locale }, { type: 'plan', id: plan.id }), fileId: null };
    },
    async importItems(ctx: ServiceContext, planId: string, upload: ImportUpload): Promise<TJobAccepted> {
      const { plan, unit } = await planUnit(ctx, planId);
      authorizeUnit(ctx.actor, 'programs.plan.write', unit.placement);
      const fileId = await store(ctx, upload);
      return { jobId: await enqueue(ctx, ITEMS_IMPORT_JOB, { targetId: plan.id, fileId, dryRun: upload.dryRun, locale: upload.locale }, { type: 'plan', id: plan.id }), fileId };
    },
    /** A transfer job, for the user who asked for it (and administrators); anyone else gets a 404. */
    async job(ctx: ServiceContext, id: string): Promise<TTransferJob> {
      const job = await jobs.get(id);
      const mine = job !== null && ctx.actor.userId !== null && job.createdBy === ctx.actor.userId;
      if (!job || !TRANSFER_JOBS.includes(job.kind) || !(mine || isAdmin(ctx.actor))) {
        throw notFound();
      }
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        progress: job.progress,
        progressMessage: job.progressMessage,
        result: job.result ?? null,
        lastError: job.lastError,
        createdAt: job.createdAt,
        finishedAt: job.finishedAt,
      };
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
