import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../platform/access/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { SupportRecordsTable } from './programs.tables.ts';

export type SupportRow = SupportRecordsTable;

export interface SupportRowWithPlace extends SupportRow {
  organisation_name: string;
  organisation_path: string;
  jurisdiction_path: string;
}

function withPlace(executor: Executor) {
  return executor
    .selectFrom('support_records as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id');
}

export async function findSupport(executor: Executor, id: string): Promise<SupportRowWithPlace | undefined> {
  return withPlace(executor)
    .selectAll('s')
    .select(['o.name_vi as organisation_name', 'o.path as organisation_path', 'j.path as jurisdiction_path'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export interface SupportFilter {
  scope: Scope;
  organisationId?: string;
  programId?: string;
  kind?: SupportRow['kind'];
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function listSupport(executor: Executor, filter: SupportFilter): Promise<{ rows: SupportRowWithPlace[]; total: number }> {
  let base = withPlace(executor);
  const { scope } = filter;
  if (!scope.all) {
    base = base.where((eb) =>
      scope.jurisdictionPaths.length + scope.organisationPaths.length === 0
        ? sql<SqlBool>`1 = 0`
        : eb.or([...scope.jurisdictionPaths.map((path) => eb('j.path', 'like', `${path}%`)), ...scope.organisationPaths.map((path) => eb('o.path', 'like', `${path}%`))]),
    );
  }
  if (filter.organisationId) {
    base = base.where('s.organisation_id', '=', filter.organisationId);
  }
  if (filter.programId) {
    base = base.where('s.program_id', '=', filter.programId);
  }
  if (filter.kind) {
    base = base.where('s.kind', '=', filter.kind);
  }
  if (filter.from) {
    base = base.where('s.supported_on', '>=', filter.from);
  }
  if (filter.to) {
    base = base.where('s.supported_on', '<=', filter.to);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('s')
      .select(['o.name_vi as organisation_name', 'o.path as organisation_path', 'j.path as jurisdiction_path'])
      .orderBy('s.supported_on', 'desc')
      .orderBy('s.id', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Active programs whose jurisdiction contains the given path: their computed values may change. */
export async function programsCovering(executor: Executor, jurisdictionPath: string): Promise<string[]> {
  const rows = await executor
    .selectFrom('programs as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'j.path'])
    .where('p.status', '=', 'active')
    .execute();
  return rows.filter((row) => jurisdictionPath.startsWith(row.path)).map((row) => row.id);
}
