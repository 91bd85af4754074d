/**
 * Vocabulary of the programs pillar, shared by the server and the web app. DTOs of the programs
 * API live beside these enums as the routes are written.
 */
export const PROGRAM_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** How a period is cut: `2015` (year), `2015-H1` (half year), `2015-Q3` (quarter). */
export const PERIOD_TYPES = ['year', 'half_year', 'quarter'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * How an indicator's value is obtained: computed from records by a computation a module registers,
 * the ratio of two other indicators (numerator ÷ denominator × multiplier), or reported by a unit.
 */
export const INDICATOR_METHODS = ['computed', 'ratio', 'reported'] as const;
export type IndicatorMethod = (typeof INDICATOR_METHODS)[number];

/** How units' values combine into the province's value for a period. */
export const INDICATOR_AGGREGATIONS = ['sum', 'mean', 'max', 'province_only'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** `at_least`: reach target_min; `at_most`: stay under target_max; `range`: stay within both. */
export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'range'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** `by_deadline`: the value at the deadline counts; `every_period`: each period must meet it. */
export const TARGET_APPLIES = ['by_deadline', 'every_period'] as const;
export type TargetApplies = (typeof TARGET_APPLIES)[number];

export const VALUE_SOURCES = ['computed', 'reported', 'imported'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

export const VALUE_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ValueStatus = (typeof VALUE_STATUSES)[number];

export const SUPPORT_KINDS = ['research', 'application', 'technology_renewal', 'intellectual_property', 'training', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const MILESTONE_KINDS = ['milestone', 'deliverable'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Half-year, annual, mid-term review (sơ kết) and final review (tổng kết). */
export const ROUND_KINDS = ['half_year', 'annual', 'mid_term', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_EVENTS = ['saved', 'submitted', 'returned', 'approved', 'restated', 'reminded'] as const;
export type ReportEvent = (typeof REPORT_EVENTS)[number];

/** Party format (HD 36) for the Provincial Party Committee; Decree 30/2020 for the People's Committee. */
export const DOCUMENT_ADDRESSEES = ['party', 'state'] as const;
export type DocumentAddressee = (typeof DOCUMENT_ADDRESSEES)[number];

export const DOCUMENT_FORMATS = ['docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_STATUSES = ['queued', 'running', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
