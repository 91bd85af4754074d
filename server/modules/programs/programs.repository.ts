import type { Scope } from '../../platform/access/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { Database } from '../../platform/db/database.ts';
import type {
  IndicatorsTable,
  ProgramActionsTable,
  ProgramSectionsTable,
  ProgramsTable,
  ProgramTargetsTable,
} from './programs.tables.ts';

export type ProgramRow = ProgramsTable;
export type SectionRow = ProgramSectionsTable;
export type TargetRow = ProgramTargetsTable;
export type ActionRow = ProgramActionsTable;
export type IndicatorRow = IndicatorsTable;

/** A program with the names and paths of its jurisdiction and owner, read in the same query. */
export interface ProgramWithPlace extends ProgramRow {
  jurisdiction_code: string;
  jurisdiction_name: string;
  jurisdiction_kind_label: string;
  jurisdiction_path: string;
  owner_name: string | null;
  owner_path: string | null;
}

function withPlace(executor: Executor) {
  return executor
    .selectFrom('programs as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .selectAll('p')
    .select([
      'j.code as jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.kind_label as jurisdiction_kind_label',
      'j.path as jurisdiction_path',
      'o.name_vi as owner_name',
      'o.path as owner_path',
    ]);
}

export async function findProgramWithPlace(executor: Executor, id: string): Promise<ProgramWithPlace | undefined> {
  return withPlace(executor).where('p.id', '=', id).executeTakeFirst();
}

export async function findProgramRowByCode(executor: Executor, code: string): Promise<ProgramRow | undefined> {
  return executor.selectFrom('programs').selectAll().where('code', '=', code).executeTakeFirst();
}

export interface ProgramFilter {
  scope: Scope;
  q?: string;
  status?: ProgramsTable['status'];
  jurisdictionPath?: string;
  page: number;
  pageSize: number;
}

export async function listPrograms(executor: Executor, filter: ProgramFilter): Promise<{ rows: ProgramWithPlace[]; total: number }> {
  const { scope } = filter;
  // Programs the scope covers, plus every published one (their outline is public).
  let base = scope.all
    ? withPlace(executor)
    : withPlace(executor).where((eb) =>
        eb.or([
          eb('p.published', '=', 1),
          ...scope.jurisdictionPaths.map((path) => eb('j.path', 'like', `${path}%`)),
          ...scope.organisationPaths.map((path) => eb('o.path', 'like', `${path}%`)),
        ]),
      );
  if (filter.status) {
    base = base.where('p.status', '=', filter.status);
  }
  if (filter.jurisdictionPath) {
    base = base.where('j.path', 'like', `${filter.jurisdictionPath}%`);
  }
  if (filter.q) {
    const words = filter.q.trim().toLowerCase();
    base = base.where((eb) => eb.or([eb(eb.fn('lower', ['p.code']), 'like', `%${words}%`), eb(eb.fn('lower', ['p.title']), 'like', `%${words}%`)]));
  }
  const [rows, count] = await Promise.all([
    base.orderBy('p.issued_on', 'desc').orderBy('p.id').limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute(),
    base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertProgram(executor: Executor, row: ProgramRow): Promise<void> {
  await executor.insertInto('programs').values(row).execute();
}

export async function updateProgramIfVersion(executor: Executor, id: string, version: number, changes: Partial<ProgramRow>): Promise<boolean> {
  const result = await executor.updateTable('programs').set(changes).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function sectionsOf(executor: Executor, programId: string): Promise<SectionRow[]> {
  return executor.selectFrom('program_sections').selectAll().where('program_id', '=', programId).orderBy('sort_order').orderBy('id').execute();
}

export async function findSection(executor: Executor, id: string): Promise<SectionRow | undefined> {
  return executor.selectFrom('program_sections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function targetsOf(executor: Executor, programId: string): Promise<TargetRow[]> {
  return executor.selectFrom('program_targets').selectAll().where('program_id', '=', programId).orderBy('sort_order').orderBy('id').execute();
}

export async function findTarget(executor: Executor, id: string): Promise<TargetRow | undefined> {
  return executor.selectFrom('program_targets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function actionsOf(executor: Executor, programId: string): Promise<ActionRow[]> {
  return executor.selectFrom('program_actions').selectAll().where('program_id', '=', programId).orderBy('sort_order').orderBy('id').execute();
}

export async function findAction(executor: Executor, id: string): Promise<ActionRow | undefined> {
  return executor.selectFrom('program_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextSortOrder(executor: Executor, table: 'program_sections' | 'program_targets' | 'program_actions', programId: string): Promise<number> {
  const row = await executor
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('sort_order').as('top'))
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1;
}

export async function indicatorsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, IndicatorRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('indicators').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function indicatorsByCodes(executor: Executor, codes: readonly string[]): Promise<Map<string, IndicatorRow>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('indicators').selectAll().where('code', 'in', unique).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

export interface UnitRow {
  id: string;
  name_vi: string;
  path: string;
  jurisdiction_id: string;
  kind: string;
}

export async function organisationsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, UnitRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('organisations').select(['id', 'name_vi', 'path', 'jurisdiction_id', 'kind']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function organisationsByNames(executor: Executor, names: readonly string[]): Promise<Map<string, UnitRow[]>> {
  const unique = [...new Set(names)];
  const out = new Map<string, UnitRow[]>();
  if (unique.length === 0) {
    return out;
  }
  const rows = await executor.selectFrom('organisations').select(['id', 'name_vi', 'path', 'jurisdiction_id', 'kind']).where('name_vi', 'in', unique).execute();
  for (const row of rows) {
    out.set(row.name_vi, [...(out.get(row.name_vi) ?? []), row]);
  }
  return out;
}

export interface PlaceRow {
  id: string;
  code: string;
  name: string;
  kind_label: string;
  path: string;
  population: number | null;
}

export async function jurisdictionsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, PlaceRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('jurisdictions').select(['id', 'code', 'name', 'kind_label', 'path', 'population']).where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function jurisdictionsByCodes(executor: Executor, codes: readonly string[]): Promise<Map<string, PlaceRow>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('jurisdictions').select(['id', 'code', 'name', 'kind_label', 'path', 'population']).where('code', 'in', unique).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

/** Communes of a province, by code, for the demo's enterprises. */
export async function communesOf(executor: Executor, provinceId: string): Promise<PlaceRow[]> {
  return executor.selectFrom('jurisdictions').select(['id', 'code', 'name', 'kind_label', 'path', 'population']).where('parent_id', '=', provinceId).orderBy('code').execute();
}

/** Organisations of a kind under a jurisdiction, oldest first. */
export async function organisationsOfKind(executor: Executor, kind: Database['organisations']['kind'], jurisdictionPath: string): Promise<UnitRow[]> {
  return executor
    .selectFrom('organisations as o')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
    .select(['o.id', 'o.name_vi', 'o.path', 'o.jurisdiction_id', 'o.kind'])
    .where('o.kind', '=', kind)
    .where('j.path', 'like', `${jurisdictionPath}%`)
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
}

/**
 * For each indicator, the first year of the earliest program whose targets measure it: where a
 * cumulative count starts, the same whichever program asks (values are shared between programs).
 */
export async function firstYearsMeasuring(executor: Executor, indicatorIds: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(indicatorIds)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor
    .selectFrom('program_targets as t')
    .innerJoin('programs as p', 'p.id', 't.program_id')
    .select(['t.indicator_id', (eb) => eb.fn.min<number>('p.start_year').as('first_year')])
    .where('t.indicator_id', 'in', unique)
    .groupBy('t.indicator_id')
    .execute();
  return new Map(rows.map((row) => [row.indicator_id, Number(row.first_year)]));
}
