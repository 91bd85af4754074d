import { z } from 'zod';
import {
  DOCUMENT_ADDRESSEES,
  DOCUMENT_FORMATS,
  DOCUMENT_STATUSES,
  INDICATOR_AGGREGATIONS,
  INDICATOR_METHODS,
  PERIOD_TYPES,
  REPORT_STATUSES,
  ROUND_KINDS,
  ROUND_STATUSES,
  TARGET_APPLIES,
  TARGET_DIRECTIONS,
} from './programs.ts';
import { pageQuery, paged } from './text.ts';

/**
 * The programs dashboard and the official review documents. Numbers travel raw (with their unit
 * and the indicator's decimals); the web app formats them the Vietnamese way.
 */

/** green: met or on track; amber: at risk; red: off track; grey: no data. */
export const TRAFFIC_LIGHTS = ['green', 'amber', 'red', 'grey'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

/**
 * How a forecast was made: `linear_trend` (least squares over the last periods, extrapolated to
 * the deadline), `share_of_periods` (every_period targets), `final` (the deadline has passed: the
 * last value by the deadline is the outcome), `insufficient_data` (fewer than two periods).
 */
export const FORECAST_METHODS = ['linear_trend', 'share_of_periods', 'final', 'insufficient_data'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Where an action stands, from the milestones of the plan items that carry it out. */
export const ACTION_STATUSES = ['not_planned', 'not_started', 'in_progress', 'overdue', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const period = z.string().regex(/^\d{4}(-(H[12]|Q[1-4]))?$/);

export const ZDashboardQuery = z
  .object({
    sectionId: z.uuid().optional(),
    organisationId: z.uuid().optional(),
    fromYear: z.coerce.number().int().min(1900).max(2200).optional(),
    toYear: z.coerce.number().int().min(1900).max(2200).optional(),
  })
  .refine((query) => query.fromYear === undefined || query.toYear === undefined || query.fromYear <= query.toYear, {
    path: ['toYear'],
    message: 'range_reversed',
  });
export type TDashboardQuery = z.output<typeof ZDashboardQuery>;

export const ZPublicDashboardQuery = z
  .object({
    sectionId: z.uuid().optional(),
    fromYear: z.coerce.number().int().min(1900).max(2200).optional(),
    toYear: z.coerce.number().int().min(1900).max(2200).optional(),
  })
  .refine((query) => query.fromYear === undefined || query.toYear === undefined || query.fromYear <= query.toYear, {
    path: ['toYear'],
    message: 'range_reversed',
  });
export type TPublicDashboardQuery = z.output<typeof ZPublicDashboardQuery>;

export const ZSeriesPoint = z.object({ period, periodEnd: z.iso.date(), value: z.number() });
export type TSeriesPoint = z.output<typeof ZSeriesPoint>;

export const ZForecast = z.object({
  method: z.enum(FORECAST_METHODS),
  /** Value the trend reaches at the deadline (linear_trend), or the outcome (final). */
  projectedValue: z.number().nullable(),
  /** For every_period targets: periods that met the target ÷ periods with data. */
  shareMet: z.number().nullable(),
  willMeet: z.boolean().nullable(),
  pointsUsed: z.number().int(),
});
export type TForecast = z.output<typeof ZForecast>;

export const ZDashboardTarget = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string(),
  sectionId: z.uuid(),
  sectionRef: z.string(),
  indicator: z.object({
    id: z.uuid(),
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    periodType: z.enum(PERIOD_TYPES),
    method: z.enum(INDICATOR_METHODS),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
  }),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetMin: z.number().nullable(),
  targetMax: z.number().nullable(),
  direction: z.enum(TARGET_DIRECTIONS),
  applies: z.enum(TARGET_APPLIES),
  deadline: z.iso.date(),
  current: ZSeriesPoint.nullable(),
  /** Whether the current value meets the target; null without data. */
  met: z.boolean().nullable(),
  light: z.enum(TRAFFIC_LIGHTS),
  forecast: ZForecast,
  series: z.array(ZSeriesPoint),
});
export type TDashboardTarget = z.output<typeof ZDashboardTarget>;

const ZLightCounts = z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), grey: z.number().int() });
const ZActionCounts = z.object({
  not_planned: z.number().int(),
  not_started: z.number().int(),
  in_progress: z.number().int(),
  overdue: z.number().int(),
  done: z.number().int(),
});
export type TActionCounts = z.output<typeof ZActionCounts>;

export const ZDashboardSection = z.object({ id: z.uuid(), ref: z.string(), title: z.string(), parentId: z.uuid().nullable() });

export const ZRoundCompliance = z.object({
  roundId: z.uuid(),
  title: z.string(),
  kind: z.enum(ROUND_KINDS),
  period,
  dueOn: z.iso.date(),
  status: z.enum(ROUND_STATUSES),
  /** Units expected to report: those with a plan in the program (or the filtered unit). */
  expected: z.number().int(),
  byStatus: z.object(Object.fromEntries(REPORT_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof REPORT_STATUSES)[number], z.ZodNumber>),
  /** Reports submitted by the end of the due day (Vietnam time). */
  onTime: z.number().int(),
  /** Reports submitted after the due day, plus units still not submitted once it has passed. */
  late: z.number().int(),
});
export type TRoundCompliance = z.output<typeof ZRoundCompliance>;

export const ZOverdueEntry = z.object({
  kind: z.enum(['item', 'milestone']),
  id: z.uuid(),
  title: z.string(),
  dueOn: z.iso.date(),
  planItemCode: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
});

export const ZDashboard = z.object({
  program: z.object({ id: z.uuid(), code: z.string(), title: z.string(), published: z.boolean(), startYear: z.number().int(), endYear: z.number().int() }),
  /** The day the dashboard is computed for: today, or the end of the period range if earlier. */
  asOf: z.iso.date(),
  filters: z.object({ sectionId: z.uuid().nullable(), organisationId: z.uuid().nullable(), fromYear: z.number().int().nullable(), toYear: z.number().int().nullable() }),
  /** How current values, traffic lights and forecasts are computed, in the reader's language. */
  method: z.string(),
  sections: z.array(ZDashboardSection),
  lights: ZLightCounts,
  targets: z.array(ZDashboardTarget),
  actions: z.object({
    total: z.number().int(),
    byStatus: ZActionCounts,
    bySection: z.array(z.object({ sectionId: z.uuid(), total: z.number().int(), byStatus: ZActionCounts, progress: z.number().nullable() })),
  }),
  compliance: z.array(ZRoundCompliance),
  overdue: z.object({ items: z.number().int(), milestones: z.number().int(), oldest: z.array(ZOverdueEntry) }),
});
export type TDashboard = z.output<typeof ZDashboard>;

/** The published view: targets, values and trends of approved data; no units, no narratives. */
export const ZPublicDashboard = z.object({
  program: z.object({ code: z.string(), title: z.string(), titleEn: z.string().nullable(), startYear: z.number().int(), endYear: z.number().int() }),
  asOf: z.iso.date(),
  method: z.string(),
  sections: z.array(ZDashboardSection),
  lights: ZLightCounts,
  targets: z.array(ZDashboardTarget),
});
export type TPublicDashboard = z.output<typeof ZPublicDashboard>;

export const ZProgramDocumentRequest = z.object({
  format: z.enum(DOCUMENT_FORMATS),
  /** Party format (HD 36) for the Provincial Party Committee; Decree 30/2020 for the People's Committee. */
  addressee: z.enum(DOCUMENT_ADDRESSEES).default('state'),
});
export type TProgramDocumentRequest = z.output<typeof ZProgramDocumentRequest>;

export const ZProgramDocument = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  roundId: z.uuid(),
  format: z.enum(DOCUMENT_FORMATS),
  addressee: z.enum(DOCUMENT_ADDRESSEES),
  revision: z.number().int(),
  status: z.enum(DOCUMENT_STATUSES),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  jobId: z.uuid().nullable(),
  progress: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProgramDocument = z.output<typeof ZProgramDocument>;

export const ZProgramDocumentList = paged(ZProgramDocument);
export const ZProgramDocumentListQuery = pageQuery;
