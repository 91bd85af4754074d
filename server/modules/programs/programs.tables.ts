import type {
  DocumentAddressee,
  DocumentFormat,
  DocumentStatus,
  IndicatorAggregation,
  IndicatorMethod,
  MilestoneKind,
  PeriodType,
  PlanStatus,
  ProgramStatus,
  ReportEvent,
  ReportStatus,
  RoundKind,
  RoundStatus,
  SupportKind,
  TargetApplies,
  TargetDirection,
  ValueSource,
  ValueStatus,
} from '../../../common/contracts/programs.ts';

export interface ProgramsTable {
  id: string;
  code: string;
  title: string;
  title_en: string | null;
  issuing_body: string;
  issued_on: string;
  legal_basis: string;
  summary: string | null;
  status: ProgramStatus;
  start_year: number;
  end_year: number;
  /** The jurisdiction the program governs; grants on it (or above) cover the program. */
  jurisdiction_id: string;
  /** The unit that runs the program day to day (the provincial S&T department). */
  owner_organisation_id: string | null;
  /** 1 when the department publishes the program's dashboard to the public. */
  published: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ProgramSectionsTable {
  id: string;
  program_id: string;
  parent_id: string | null;
  /** The program's own numbering: `I`, `I.2.1`, `II.2.3`. */
  ref: string;
  title: string;
  body: string | null;
  sort_order: number;
}

export interface IndicatorsTable {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  period_type: PeriodType;
  method: IndicatorMethod;
  /** Key of a computation a module registered (method `computed`). */
  computation: string | null;
  numerator_id: string | null;
  denominator_id: string | null;
  multiplier: number | null;
  aggregation: IndicatorAggregation;
  decimals: number;
  /** Code in the national S&T statistics indicator system (1401–1407), where one exists. */
  national_code: string | null;
  description: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ProgramTargetsTable {
  id: string;
  program_id: string;
  section_id: string;
  indicator_id: string;
  code: string;
  label: string;
  baseline_value: number | null;
  baseline_year: number | null;
  target_min: number | null;
  target_max: number | null;
  direction: TargetDirection;
  applies: TargetApplies;
  start_year: number;
  /** ISO date (yyyy-mm-dd). */
  deadline: string;
  jurisdiction_id: string;
  sort_order: number;
}

export interface ProgramActionsTable {
  id: string;
  program_id: string;
  section_id: string;
  ref: string;
  text: string;
  lead_organisation_id: string | null;
  /** JSON array of organisation ids. */
  partner_organisation_ids: string;
  deadline: string | null;
  sort_order: number;
}

export interface IndicatorValuesTable {
  id: string;
  indicator_id: string;
  period: string;
  /** Last day of the period (yyyy-mm-dd), for ordering and range filters. */
  period_end: string;
  jurisdiction_id: string;
  organisation_id: string | null;
  /** organisation_id when a unit reported the value, else jurisdiction_id: one value per unit and period. */
  unit_key: string;
  value: number;
  source: ValueSource;
  source_note: string | null;
  evidence_file_id: string | null;
  report_id: string | null;
  status: ValueStatus;
  locked_at: string | null;
  /** JSON: how a computed value was obtained (computation, filters, counts) for the drill-down. */
  provenance: string | null;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorRestatementsTable {
  id: string;
  value_id: string;
  previous_value: number;
  new_value: number;
  reason: string;
  actor_id: string;
  created_at: string;
}

export interface SupportRecordsTable {
  id: string;
  /** The enterprise (or other organisation) that received support. */
  organisation_id: string;
  program_id: string | null;
  kind: SupportKind;
  supported_on: string;
  description: string;
  amount_vnd: number | null;
  /** `manual` when an officer entered it; a module's name when that module fed it. */
  origin: string;
  origin_ref: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlansTable {
  id: string;
  program_id: string;
  organisation_id: string;
  title: string;
  status: PlanStatus;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanItemsTable {
  id: string;
  plan_id: string;
  parent_id: string | null;
  action_id: string | null;
  code: string;
  title: string;
  owner_name: string | null;
  owner_person_id: string | null;
  weight: number;
  deadline: string | null;
  sort_order: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanMilestonesTable {
  id: string;
  item_id: string;
  kind: MilestoneKind;
  title: string;
  due_on: string;
  completed_on: string | null;
  evidence_file_id: string | null;
  weight: number;
  sort_order: number;
  created_at: string;
  updated_at: string;
}

export interface ReportingRoundsTable {
  id: string;
  program_id: string;
  kind: RoundKind;
  title: string;
  period: string;
  period_start: string;
  period_end: string;
  due_on: string;
  status: RoundStatus;
  reminded_on: string | null;
  opened_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoundReportsTable {
  id: string;
  round_id: string;
  organisation_id: string;
  status: ReportStatus;
  summary: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_comment: string | null;
  locked_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoundReportNarrativesTable {
  report_id: string;
  action_id: string;
  text: string;
  updated_at: string;
}

export interface RoundReportFilesTable {
  report_id: string;
  file_id: string;
  caption: string;
  created_at: string;
}

export interface RoundReportEventsTable {
  id: string;
  report_id: string;
  event: ReportEvent;
  comment: string | null;
  actor_id: string;
  created_at: string;
}

export interface ProgramDocumentsTable {
  id: string;
  program_id: string;
  round_id: string;
  format: DocumentFormat;
  addressee: DocumentAddressee;
  revision: number;
  status: DocumentStatus;
  file_id: string | null;
  job_id: string | null;
  error: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    programs: ProgramsTable;
    program_sections: ProgramSectionsTable;
    indicators: IndicatorsTable;
    program_targets: ProgramTargetsTable;
    program_actions: ProgramActionsTable;
    indicator_values: IndicatorValuesTable;
    indicator_restatements: IndicatorRestatementsTable;
    support_records: SupportRecordsTable;
    plans: PlansTable;
    plan_items: PlanItemsTable;
    plan_milestones: PlanMilestonesTable;
    reporting_rounds: ReportingRoundsTable;
    round_reports: RoundReportsTable;
    round_report_narratives: RoundReportNarrativesTable;
    round_report_files: RoundReportFilesTable;
    round_report_events: RoundReportEventsTable;
    program_documents: ProgramDocumentsTable;
  }
}
