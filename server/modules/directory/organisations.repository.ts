import { sql, type Expression, type SqlBool } from 'kysely';
import type { OrganisationKind } from '../../../common/contracts/directory.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { OrganisationsTable } from './directory.tables.ts';
import { wordPrefixMatch } from './jurisdictions.repository.ts';

export type OrganisationRow = OrganisationsTable;

export async function findOrganisation(executor: Executor, id: string): Promise<OrganisationRow | undefined> {
  return executor.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function organisationsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, OrganisationRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('organisations').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export interface OrganisationFilter {
  q?: string;
  kind?: OrganisationKind;
  /** Path of a jurisdiction: organisations of it and of everything under it. */
  jurisdictionPath?: string;
  parentId?: string;
  page: number;
  pageSize: number;
}

function filtered(executor: Executor, filter: Omit<OrganisationFilter, 'page' | 'pageSize'>) {
  return executor.selectFrom('organisations').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.kind) {
      conditions.push(eb('kind', '=', filter.kind));
    }
    if (filter.parentId) {
      conditions.push(eb('parent_id', '=', filter.parentId));
    }
    if (filter.jurisdictionPath) {
      conditions.push(
        eb('jurisdiction_id', 'in', eb.selectFrom('jurisdictions').select('id').where('path', 'like', `${filter.jurisdictionPath}%`)),
      );
    }
    const text = filter.q ? wordPrefixMatch('keywords_folded', filter.q) : null;
    if (text) {
      conditions.push(text);
    }
    return eb.and(conditions);
  });
}

export async function listOrganisations(executor: Executor, filter: OrganisationFilter): Promise<{ rows: OrganisationRow[]; total: number }> {
  const base = filtered(executor, filter);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('name_folded')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every organisation matching the filter, in pages of `batch`, for exports. */
export async function* eachOrganisation(
  executor: Executor,
  filter: Omit<OrganisationFilter, 'page' | 'pageSize'>,
  batch = 1000,
): AsyncGenerator<OrganisationRow[]> {
  let after = '';
  for (;;) {
    // Paths sort parents before their children, so an import of the same file finds each parent first.
    const rows = await filtered(executor, filter).selectAll().where('path', '>', after).orderBy('path').limit(batch).execute();
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = rows[rows.length - 1]?.path ?? after;
  }
}

/** Ids along a materialised path, from the root down (the organisation itself last). */
export function idsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export async function childrenOf(executor: Executor, id: string): Promise<OrganisationRow[]> {
  return executor.selectFrom('organisations').selectAll().where('parent_id', '=', id).orderBy('name_folded').execute();
}

export async function insertOrganisation(executor: Executor, row: OrganisationRow): Promise<void> {
  await executor.insertInto('organisations').values(row).execute();
}

export type OrganisationChanges = Partial<Omit<OrganisationRow, 'id' | 'version' | 'created_at'>>;

/** Applies `changes` when the stored version is still `version`; returns whether it did. */
export async function updateOrganisationIfVersion(executor: Executor, id: string, version: number, changes: OrganisationChanges): Promise<boolean> {
  const result = await executor
    .updateTable('organisations')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Rewrites the paths of an organisation's descendants after it moved from `oldPath` to `newPath`. */
export async function moveSubtree(executor: Executor, oldPath: string, newPath: string): Promise<void> {
  await executor
    .updateTable('organisations')
    .set({ path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})` })
    .where('path', 'like', `${oldPath}%`)
    .where('path', '!=', oldPath)
    .execute();
}

export async function countOrganisations(executor: Executor): Promise<number> {
  const row = await executor.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
