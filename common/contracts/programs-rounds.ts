import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';
import { PERIOD_TYPES, REPORT_EVENTS, REPORT_STATUSES, ROUND_KINDS, ROUND_STATUSES, VALUE_SOURCES, VALUE_STATUSES, type RoundKind } from './programs.ts';
import { optionalText, pageQuery, paged, requiredText, text } from './text.ts';

/**
 * Reporting rounds (program §III.3): a round per period, one report per unit with a plan, the
 * report's narratives, indicator values and evidence; review, approval and lock; restatements.
 */

/** Half-year rounds cover `2024-H1`; every other kind covers a calendar year `2024`. */
export const PERIOD_PATTERNS: Record<RoundKind, RegExp> = {
  half_year: /^(\d{4})-H([12])$/,
  annual: /^(\d{4})$/,
  mid_term: /^(\d{4})$/,
  final: /^(\d{4})$/,
};

const isoDate = z.iso.date();
/** Narratives and comments run over several paragraphs. */
const longText = (max: number) =>
  text({ max, multiline: true })
    .nullish()
    .transform((value) => (value ? value : null));
const version = z.number().int().min(1);

export const ZRoundOpen = z
  .object({
    kind: z.enum(ROUND_KINDS),
    period: z.string().trim().max(10),
    dueOn: isoDate,
    title: optionalText(300),
    remindDaysBefore: z.number().int().min(0).max(60).default(7),
  })
  .superRefine((value, ctx) => {
    const match = PERIOD_PATTERNS[value.kind].exec(value.period);
    const year = match ? Number(match[1]) : 0;
    if (!match || year < 1990 || year > 2100) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'period_invalid_for_kind' });
    }
  });
export type TRoundOpen = z.output<typeof ZRoundOpen>;

export const ZRoundUpdate = z.object({
  version,
  dueOn: isoDate.optional(),
  title: requiredText(300).optional(),
  remindDaysBefore: z.number().int().min(0).max(60).optional(),
  status: z.enum(ROUND_STATUSES).optional(),
});
export type TRoundUpdate = z.output<typeof ZRoundUpdate>;

export const ZRoundListQuery = pageQuery.extend({
  kind: z.enum(ROUND_KINDS).optional(),
  status: z.enum(ROUND_STATUSES).optional(),
});
export type TRoundListQuery = z.output<typeof ZRoundListQuery>;

const count = z.number().int();
export const ZReportCounts = z.object({ not_started: count, draft: count, submitted: count, returned: count, approved: count });
export type TReportCounts = z.infer<typeof ZReportCounts>;

export const ZRound = z.object({
  id: z.string(),
  programId: z.string(),
  kind: z.enum(ROUND_KINDS),
  title: z.string(),
  period: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  status: z.enum(ROUND_STATUSES),
  remindDaysBefore: z.number().int(),
  remindedOn: z.string().nullable(),
  reports: ZReportCounts,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TRound = z.infer<typeof ZRound>;
export const ZRoundList = paged(ZRound);

export const ZReportListQuery = pageQuery.extend({
  status: z.enum(REPORT_STATUSES).optional(),
});
export type TReportListQuery = z.output<typeof ZReportListQuery>;

export const ZReport = z.object({
  id: z.string(),
  roundId: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(REPORT_STATUSES),
  summary: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  lockedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type TReport = z.infer<typeof ZReport>;
export const ZReportList = paged(ZReport);

export const ZReportIndicator = z.object({
  id: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  periodType: z.enum(PERIOD_TYPES),
});

export const ZIndicatorValue = z.object({
  id: z.string(),
  indicatorId: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  organisationId: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  source: z.enum(VALUE_SOURCES),
  sourceNote: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  reportId: z.string().nullable(),
  status: z.enum(VALUE_STATUSES),
  lockedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZReportFile = z.object({
  fileId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  caption: z.string(),
  createdAt: z.string(),
  downloadUrl: z.string(),
});

export const ZReportEventView = z.object({
  id: z.string(),
  event: z.enum(REPORT_EVENTS),
  comment: z.string().nullable(),
  actorId: z.string(),
  createdAt: z.string(),
});

export const ZReportDetail = ZReport.extend({
  round: z.object({ id: z.string(), kind: z.enum(ROUND_KINDS), period: z.string(), title: z.string(), dueOn: z.string(), status: z.enum(ROUND_STATUSES) }),
  /** The actions the unit's plan carries out, each with the unit's narrative (empty when not written yet). */
  narratives: z.array(z.object({ actionId: z.string(), ref: z.string(), action: z.string(), text: z.string() })),
  /** Reported indicators of the program's targets, which this report may carry values for. */
  indicators: z.array(ZReportIndicator),
  values: z.array(ZIndicatorValue),
  files: z.array(ZReportFile),
  events: z.array(ZReportEventView),
});
export type TReportDetail = z.infer<typeof ZReportDetail>;

export const ZValueInput = z.object({
  indicatorId: z.uuid(),
  /** Must be the round's period; stated so that a value typed for the wrong period is caught. */
  period: z.string().trim().max(10),
  value: z.number().finite(),
  /** Must be the indicator's unit, for the same reason. */
  unit: z.string().trim().min(1).max(30),
  sourceNote: optionalText(500),
  evidenceFileId: z.uuid().nullable().default(null),
});
export type TValueInput = z.output<typeof ZValueInput>;

export const ZReportSave = z.object({
  version,
  summary: longText(20_000).optional(),
  narratives: z.array(z.object({ actionId: z.uuid(), text: text({ max: 20_000, multiline: true }) })).max(500).default([]),
  values: z.array(ZValueInput).max(500).default([]),
});
export type TReportSave = z.output<typeof ZReportSave>;


export const ZReportSubmit = z.object({ version });
export const ZReportReturn = z.object({ version, comment: text({ min: 1, max: 2000, multiline: true }) });
export const ZReportApprove = z.object({ version, comment: longText(2000) });
export type TReportReturn = z.output<typeof ZReportReturn>;
export type TReportApprove = z.output<typeof ZReportApprove>;

export const ZReportFileLink = z.object({ fileId: z.uuid(), caption: requiredText(300) });
export type TReportFileLink = z.output<typeof ZReportFileLink>;

export const ZRestate = z.object({ value: z.number().finite(), reason: text({ min: 1, max: 2000, multiline: true }) });
export type TRestate = z.output<typeof ZRestate>;

export const ZRestatement = z.object({
  id: z.string(),
  valueId: z.string(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  period: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  previousValue: z.number(),
  newValue: z.number(),
  reason: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
});
export type TRestatement = z.infer<typeof ZRestatement>;
export const ZRestatementList = paged(ZRestatement);
export const ZRestatementQuery = pageQuery.extend({ roundId: z.uuid().optional() });
export type TRestatementQuery = z.output<typeof ZRestatementQuery>;

/** A value the province itself reports (e.g. TFP share from the statistics office): approved and locked at once. */
export const ZProvinceValueInput = ZValueInput.extend({ sourceNote: requiredText(500) });
export type TProvinceValueInput = z.output<typeof ZProvinceValueInput>;

export const ZReminderRequest = z.object({ daysBefore: z.number().int().min(0).max(60).optional() });
export type TReminderRequest = z.output<typeof ZReminderRequest>;

export const ZReminderResult = z.object({
  rounds: z.number().int(),
  reportsReminded: z.number().int(),
  messages: z.number().int(),
});
export type TReminderResult = z.infer<typeof ZReminderResult>;

export const ZTransferImportFields = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  locale: z.enum(LOCALES).default('vi'),
});
export type TTransferImportFields = z.output<typeof ZTransferImportFields>;
export const ZTransferExportRequest = z.object({ locale: z.enum(LOCALES).default('vi') });

export const ZJobAccepted = z.object({ jobId: z.string(), fileId: z.string().nullable() });
export type TJobAccepted = z.infer<typeof ZJobAccepted>;

export const ZTransferJob = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number(),
  progressMessage: z.string().nullable(),
  result: z.unknown(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TTransferJob = z.infer<typeof ZTransferJob>;
