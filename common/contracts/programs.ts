import { z } from 'zod';
import { optionalText, paged, requiredText, text } from './text.ts';

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

// DTOs of the programs API ------------------------------------------------------------------


const pageFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` (2025-02-30 is refused, not rolled over). */
export const ZProgramDate = z.string().refine(isIsoDate, { message: 'date_invalid' });
const ZYear = z.number().int().min(1945).max(2100);
/** Codes of programs, indicators and targets: letters, digits and `. _ / -`, as official numbering uses them. */
export const ZProgramCode = z.string().trim().regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,59}$/u, { message: 'code_invalid' });
/** A section or action reference in the program's own numbering: `I`, `I.2.1`, `II.2.3.a`. */
export const ZProgramRef = z.string().trim().regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u, { message: 'ref_invalid' });
const nullableNumber = z.number().finite().nullish().transform((value) => value ?? null);

export const ZUnitRef = z.object({ id: z.string(), nameVi: z.string() });
export type TUnitRef = z.infer<typeof ZUnitRef>;

export const ZProgramJurisdiction = z.object({ id: z.string(), code: z.string(), fullName: z.string() });

export const ZProgram = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  issuingBody: z.string(),
  issuedOn: z.string(),
  legalBasis: z.string(),
  summary: z.string().nullable(),
  status: z.enum(PROGRAM_STATUSES),
  startYear: z.number().int(),
  endYear: z.number().int(),
  jurisdiction: ZProgramJurisdiction,
  owner: ZUnitRef.nullable(),
  published: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TProgram = z.infer<typeof ZProgram>;
export const ZProgramList = paged(ZProgram);

export const ZProgramListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  jurisdictionId: z.uuid().optional(),
  ...pageFields,
});
export type TProgramListQuery = z.infer<typeof ZProgramListQuery>;

const programFields = {
  code: ZProgramCode,
  title: requiredText(1000),
  titleEn: optionalText(1000),
  issuingBody: requiredText(300),
  issuedOn: ZProgramDate,
  legalBasis: text({ min: 1, max: 4000, multiline: true }),
  summary: text({ max: 8000, multiline: true }).nullish().transform((value) => value || null),
  status: z.enum(PROGRAM_STATUSES),
  startYear: ZYear,
  endYear: ZYear,
  published: z.boolean().default(false),
};

export const ZProgramInput = z
  .object({ ...programFields, jurisdictionId: z.uuid(), ownerOrganisationId: z.uuid().nullish().transform((v) => v ?? null) })
  .refine((value) => value.endYear >= value.startYear, { path: ['endYear'], message: 'end_before_start' });
export type TProgramInput = z.infer<typeof ZProgramInput>;

export const ZProgramUpdate = z
  .object({
    ...programFields,
    published: z.boolean(),
    jurisdictionId: z.uuid(),
    ownerOrganisationId: z.uuid().nullable(),
  })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TProgramUpdate = z.infer<typeof ZProgramUpdate>;

export const ZIndicator = z.object({
  id: z.string(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  periodType: z.enum(PERIOD_TYPES),
  method: z.enum(INDICATOR_METHODS),
  computation: z.string().nullable(),
  numeratorId: z.string().nullable(),
  denominatorId: z.string().nullable(),
  multiplier: z.number().nullable(),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  decimals: z.number().int(),
  nationalCode: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TIndicator = z.infer<typeof ZIndicator>;
export const ZIndicatorList = paged(ZIndicator);

export const ZIndicatorListQuery = z.object({
  q: z.string().max(200).optional(),
  method: z.enum(INDICATOR_METHODS).optional(),
  ...pageFields,
});
export type TIndicatorListQuery = z.infer<typeof ZIndicatorListQuery>;

const indicatorFields = {
  code: ZProgramCode,
  nameVi: requiredText(500),
  nameEn: requiredText(500),
  unit: requiredText(50),
  periodType: z.enum(PERIOD_TYPES),
  method: z.enum(INDICATOR_METHODS),
  computation: z.string().trim().max(100).nullish().transform((v) => v || null),
  numeratorId: z.uuid().nullish().transform((v) => v ?? null),
  denominatorId: z.uuid().nullish().transform((v) => v ?? null),
  multiplier: nullableNumber,
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  decimals: z.number().int().min(0).max(6).default(1),
  nationalCode: z.string().trim().regex(/^\d{4}$/, { message: 'national_code_invalid' }).nullish().transform((v) => v ?? null),
  description: text({ max: 4000, multiline: true }).nullish().transform((v) => v || null),
};

export const ZIndicatorInput = z.object(indicatorFields);
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;
export const ZIndicatorUpdate = z.object({ ...indicatorFields, decimals: z.number().int().min(0).max(6) }).partial().extend({ version: z.number().int().min(1) });
export type TIndicatorUpdate = z.infer<typeof ZIndicatorUpdate>;

export const ZTarget = z.object({
  id: z.string(),
  programId: z.string(),
  sectionId: z.string(),
  indicatorId: z.string(),
  code: z.string(),
  label: z.string(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetMin: z.number().nullable(),
  targetMax: z.number().nullable(),
  direction: z.enum(TARGET_DIRECTIONS),
  applies: z.enum(TARGET_APPLIES),
  startYear: z.number().int(),
  deadline: z.string(),
  jurisdictionId: z.string(),
  sortOrder: z.number().int(),
});
export type TTarget = z.infer<typeof ZTarget>;

/** Bounds a direction needs: at least → min, at most → max, range → both with min ≤ max. */
function checkTargetBounds(
  value: { direction?: TargetDirection; targetMin?: number | null; targetMax?: number | null },
  ctx: z.RefinementCtx,
): void {
  if (value.direction === 'at_least' || value.direction === 'range') {
    if (value.targetMin === null || value.targetMin === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targetMin'], message: 'target_bound_missing' });
    }
  }
  if (value.direction === 'at_most' || value.direction === 'range') {
    if (value.targetMax === null || value.targetMax === undefined) {
      ctx.addIssue({ code: 'custom', path: ['targetMax'], message: 'target_bound_missing' });
    }
  }
  if (typeof value.targetMin === 'number' && typeof value.targetMax === 'number' && value.targetMin > value.targetMax) {
    ctx.addIssue({ code: 'custom', path: ['targetMax'], message: 'target_range_inverted' });
  }
}

const targetFields = {
  sectionId: z.uuid(),
  indicatorId: z.uuid(),
  code: ZProgramCode,
  label: requiredText(1000),
  baselineValue: nullableNumber,
  baselineYear: ZYear.nullish().transform((v) => v ?? null),
  targetMin: nullableNumber,
  targetMax: nullableNumber,
  direction: z.enum(TARGET_DIRECTIONS),
  applies: z.enum(TARGET_APPLIES),
  startYear: ZYear,
  deadline: ZProgramDate,
  /** Defaults to the program's jurisdiction. */
  jurisdictionId: z.uuid().nullish().transform((v) => v ?? null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const ZTargetInput = z.object(targetFields).superRefine(checkTargetBounds);
export type TTargetInput = z.infer<typeof ZTargetInput>;
export const ZTargetUpdate = z.object(targetFields).partial();
export type TTargetUpdate = z.infer<typeof ZTargetUpdate>;

export const ZAction = z.object({
  id: z.string(),
  programId: z.string(),
  sectionId: z.string(),
  ref: z.string(),
  text: z.string(),
  lead: ZUnitRef.nullable(),
  partners: z.array(ZUnitRef),
  deadline: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type TAction = z.infer<typeof ZAction>;

const actionFields = {
  sectionId: z.uuid(),
  ref: ZProgramRef,
  text: text({ min: 1, max: 8000, multiline: true }),
  leadOrganisationId: z.uuid().nullish().transform((v) => v ?? null),
  partnerOrganisationIds: z.array(z.uuid()).max(50).default([]),
  deadline: ZProgramDate.nullish().transform((v) => v ?? null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const ZActionInput = z.object(actionFields);
export type TActionInput = z.infer<typeof ZActionInput>;
export const ZActionUpdate = z.object({ ...actionFields, partnerOrganisationIds: z.array(z.uuid()).max(50) }).partial();
export type TActionUpdate = z.infer<typeof ZActionUpdate>;

export const ZSection = z.object({
  id: z.string(),
  programId: z.string(),
  parentId: z.string().nullable(),
  ref: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type TSection = z.infer<typeof ZSection>;

const sectionFields = {
  parentId: z.uuid().nullish().transform((v) => v ?? null),
  ref: ZProgramRef,
  title: text({ min: 1, max: 2000, multiline: true }),
  body: text({ max: 20_000, multiline: true }).nullish().transform((v) => v || null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const ZSectionInput = z.object(sectionFields);
export type TSectionInput = z.infer<typeof ZSectionInput>;
export const ZSectionUpdate = z.object(sectionFields).partial();
export type TSectionUpdate = z.infer<typeof ZSectionUpdate>;

export interface TSectionNode extends TSection {
  targets: TTarget[];
  actions: TAction[];
  children: TSectionNode[];
}
export const ZSectionNode: z.ZodType<TSectionNode> = ZSection.extend({
  targets: z.array(ZTarget),
  actions: z.array(ZAction),
  get children() {
    return z.array(ZSectionNode);
  },
});

/** A program with its whole section tree, the targets and actions of each section, and the indicators its targets measure. */
export const ZProgramTree = z.object({
  program: ZProgram,
  sections: z.array(ZSectionNode),
  indicators: z.array(ZIndicator),
});
export type TProgramTree = z.infer<typeof ZProgramTree>;

// Program import and export: one JSON document whose parts name each other by ref and code -------

const ZOrganisationName = z.string().trim().min(1).max(300);

export const ZProgramDocument = z.object({
  program: z.object({
    ...programFields,
    /** Statistics-office code of the jurisdiction (`19`). */
    jurisdictionCode: z.string().trim().regex(/^\d{2,5}$/, { message: 'code_invalid' }),
    /** Organisation id or exact Vietnamese name; absent when no unit runs it yet. */
    ownerOrganisation: ZOrganisationName.nullish().transform((v) => v ?? null),
  }),
  sections: z
    .array(
      z.object({
        ref: ZProgramRef,
        parentRef: ZProgramRef.nullish().transform((v) => v ?? null),
        title: sectionFields.title,
        body: sectionFields.body,
      }),
    )
    .min(1)
    .max(2000),
  indicators: z
    .array(
      z.object({
        code: ZProgramCode,
        nameVi: indicatorFields.nameVi,
        nameEn: indicatorFields.nameEn,
        unit: indicatorFields.unit,
        periodType: indicatorFields.periodType,
        method: indicatorFields.method,
        computation: indicatorFields.computation,
        numeratorCode: ZProgramCode.nullish().transform((v) => v ?? null),
        denominatorCode: ZProgramCode.nullish().transform((v) => v ?? null),
        multiplier: nullableNumber,
        aggregation: indicatorFields.aggregation,
        decimals: indicatorFields.decimals,
        nationalCode: indicatorFields.nationalCode,
        description: indicatorFields.description,
      }),
    )
    .max(500)
    .default([]),
  targets: z
    .array(
      z
        .object({
          code: ZProgramCode,
          sectionRef: ZProgramRef,
          indicatorCode: ZProgramCode,
          label: targetFields.label,
          baselineValue: nullableNumber,
          baselineYear: targetFields.baselineYear,
          targetMin: nullableNumber,
          targetMax: nullableNumber,
          direction: targetFields.direction,
          applies: targetFields.applies,
          startYear: ZYear,
          deadline: ZProgramDate,
          jurisdictionCode: z.string().trim().regex(/^\d{2,5}$/, { message: 'code_invalid' }).nullish().transform((v) => v ?? null),
        })
        .superRefine(checkTargetBounds),
    )
    .max(2000)
    .default([]),
  actions: z
    .array(
      z.object({
        ref: ZProgramRef,
        sectionRef: ZProgramRef,
        text: actionFields.text,
        leadOrganisation: ZOrganisationName.nullish().transform((v) => v ?? null),
        partnerOrganisations: z.array(ZOrganisationName).max(50).default([]),
        deadline: actionFields.deadline,
      }),
    )
    .max(5000)
    .default([]),
});
export type TProgramDocument = z.infer<typeof ZProgramDocument>;
export type TProgramDocumentInput = z.input<typeof ZProgramDocument>;

export const ZProgramImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => value === 'true' || value === '1'),
});

export const ZProgramImportResult = z.object({
  dryRun: z.boolean(),
  programId: z.string().nullable(),
  code: z.string(),
  sections: z.number().int(),
  targets: z.number().int(),
  actions: z.number().int(),
  indicatorsCreated: z.array(z.string()),
  indicatorsReused: z.array(z.string()),
});
export type TProgramImportResult = z.infer<typeof ZProgramImportResult>;

// Indicator values, materialisation and drill-down ------------------------------------------

export const ZIndicatorValue = z.object({
  id: z.string(),
  indicatorId: z.string(),
  period: z.string(),
  periodEnd: z.string(),
  jurisdictionId: z.string(),
  organisationId: z.string().nullable(),
  value: z.number(),
  source: z.enum(VALUE_SOURCES),
  status: z.enum(VALUE_STATUSES),
  lockedAt: z.string().nullable(),
  provenance: z.record(z.string(), z.unknown()).nullable(),
  updatedAt: z.string(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZIndicatorValueList = paged(ZIndicatorValue);

export const ZIndicatorValueListQuery = z
  .object({
    jurisdictionId: z.uuid().optional(),
    organisationId: z.uuid().optional(),
    source: z.enum(VALUE_SOURCES).optional(),
    /** Periods ending on or after this date. */
    from: ZProgramDate.optional(),
    /** Periods ending on or before this date. */
    to: ZProgramDate.optional(),
    ...pageFields,
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ['to'], message: 'end_before_start' });
export type TIndicatorValueListQuery = z.infer<typeof ZIndicatorValueListQuery>;

export const ZMaterialiseResult = z.object({
  programId: z.string(),
  periods: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Values an approved report locked, or that a unit reported itself: the materialiser never rewrites them. */
  locked: z.number().int(),
  /** Ratio values whose inputs are missing (or whose denominator is zero) for that period. */
  missing: z.number().int(),
});
export type TMaterialiseResult = z.infer<typeof ZMaterialiseResult>;

export const ZDrilldownRecord = z.object({ id: z.string(), label: z.string(), kind: z.string(), link: z.string().nullable() });
export type TDrilldownRecord = z.infer<typeof ZDrilldownRecord>;

export const ZDrilldownQuery = z.object(pageFields);
export type TDrilldownQuery = z.infer<typeof ZDrilldownQuery>;

/** One side of a ratio: the indicator, the figure used, and the values (one, or the units' values it aggregated). */
export const ZRatioInput = z.object({ indicator: ZIndicator, value: z.number(), values: z.array(ZIndicatorValue) });
export type TRatioInput = z.infer<typeof ZRatioInput>;

export const ZDrilldown = z.object({
  value: ZIndicatorValue,
  indicator: ZIndicator,
  /** For a computed value: the records it counted, one page at a time. */
  records: paged(ZDrilldownRecord).nullable(),
  /** For a ratio: the two figures it divides, each with the stored values it was taken from. */
  numerator: ZRatioInput.nullable(),
  denominator: ZRatioInput.nullable(),
});
export type TDrilldown = z.infer<typeof ZDrilldown>;

// Support records (enterprises supported) ---------------------------------------------------

export const ZSupportRecord = z.object({
  id: z.string(),
  organisation: ZUnitRef,
  programId: z.string().nullable(),
  kind: z.enum(SUPPORT_KINDS),
  supportedOn: z.string(),
  description: z.string(),
  amountVnd: z.number().int().nullable(),
  origin: z.string(),
  originRef: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TSupportRecord = z.infer<typeof ZSupportRecord>;
export const ZSupportRecordList = paged(ZSupportRecord);

const supportFields = {
  organisationId: z.uuid(),
  programId: z.uuid().nullish().transform((v) => v ?? null),
  kind: z.enum(SUPPORT_KINDS),
  supportedOn: ZProgramDate,
  description: text({ min: 1, max: 4000, multiline: true }),
  amountVnd: z.number().int().min(0).max(1e15).nullish().transform((v) => v ?? null),
};
export const ZSupportRecordInput = z.object(supportFields);
export type TSupportRecordInput = z.infer<typeof ZSupportRecordInput>;
export const ZSupportRecordUpdate = z.object(supportFields).partial();
export type TSupportRecordUpdate = z.infer<typeof ZSupportRecordUpdate>;

export const ZSupportRecordListQuery = z
  .object({
    organisationId: z.uuid().optional(),
    programId: z.uuid().optional(),
    kind: z.enum(SUPPORT_KINDS).optional(),
    from: ZProgramDate.optional(),
    to: ZProgramDate.optional(),
    ...pageFields,
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ['to'], message: 'end_before_start' });
export type TSupportRecordListQuery = z.infer<typeof ZSupportRecordListQuery>;
