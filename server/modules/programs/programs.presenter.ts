import type { TAction, TIndicator, TIndicatorValue, TProgram, TSection, TTarget, TUnitRef } from '../../../common/contracts/programs.ts';
import { fromJson } from '../../platform/db/json.ts';
import type { IndicatorValuesTable } from './programs.tables.ts';
import type { ActionRow, IndicatorRow, ProgramWithPlace, SectionRow, TargetRow, UnitRow } from './programs.repository.ts';

export function presentProgram(row: ProgramWithPlace): TProgram {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    titleEn: row.title_en,
    issuingBody: row.issuing_body,
    issuedOn: row.issued_on,
    legalBasis: row.legal_basis,
    summary: row.summary,
    status: row.status,
    startYear: row.start_year,
    endYear: row.end_year,
    jurisdiction: { id: row.jurisdiction_id, code: row.jurisdiction_code, fullName: `${row.jurisdiction_kind_label} ${row.jurisdiction_name}` },
    owner: row.owner_organisation_id && row.owner_name ? { id: row.owner_organisation_id, nameVi: row.owner_name } : null,
    published: row.published === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentSection(row: SectionRow): TSection {
  return { id: row.id, programId: row.program_id, parentId: row.parent_id, ref: row.ref, title: row.title, body: row.body, sortOrder: row.sort_order };
}

export function presentTarget(row: TargetRow): TTarget {
  return {
    id: row.id,
    programId: row.program_id,
    sectionId: row.section_id,
    indicatorId: row.indicator_id,
    code: row.code,
    label: row.label,
    baselineValue: row.baseline_value,
    baselineYear: row.baseline_year,
    targetMin: row.target_min,
    targetMax: row.target_max,
    direction: row.direction,
    applies: row.applies,
    startYear: row.start_year,
    deadline: row.deadline,
    jurisdictionId: row.jurisdiction_id,
    sortOrder: row.sort_order,
  };
}

function unitRef(units: ReadonlyMap<string, UnitRow>, id: string): TUnitRef {
  return { id, nameVi: units.get(id)?.name_vi ?? '' };
}

export function partnerIdsOf(row: Pick<ActionRow, 'partner_organisation_ids'>): string[] {
  return fromJson<string[]>(row.partner_organisation_ids, []);
}

export function presentAction(row: ActionRow, units: ReadonlyMap<string, UnitRow>): TAction {
  return {
    id: row.id,
    programId: row.program_id,
    sectionId: row.section_id,
    ref: row.ref,
    text: row.text,
    lead: row.lead_organisation_id ? unitRef(units, row.lead_organisation_id) : null,
    partners: partnerIdsOf(row).map((id) => unitRef(units, id)),
    deadline: row.deadline,
    sortOrder: row.sort_order,
  };
}

export function presentIndicator(row: IndicatorRow): TIndicator {
  return {
    id: row.id,
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    unit: row.unit,
    periodType: row.period_type,
    method: row.method,
    computation: row.computation,
    numeratorId: row.numerator_id,
    denominatorId: row.denominator_id,
    multiplier: row.multiplier,
    aggregation: row.aggregation,
    decimals: row.decimals,
    nationalCode: row.national_code,
    description: row.description,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentValue(row: IndicatorValuesTable): TIndicatorValue {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    periodEnd: row.period_end,
    jurisdictionId: row.jurisdiction_id,
    organisationId: row.organisation_id,
    value: row.value,
    source: row.source,
    status: row.status,
    lockedAt: row.locked_at,
    provenance: fromJson<Record<string, unknown> | null>(row.provenance, null),
    updatedAt: row.updated_at,
  };
}
