import { sql, type Expression, type SqlBool } from 'kysely';
import type { JurisdictionKind } from '../../../common/contracts/directory.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { JurisdictionsTable, StFieldsTable } from './directory.tables.ts';
import { foldName } from './fold.ts';

export type JurisdictionRow = JurisdictionsTable;
export type FieldRow = StFieldsTable;

/**
 * Every folded word of `query` must start a word of `column` (AND across words). Folded text holds
 * only letters, digits and spaces, so no LIKE wildcard can come from the user.
 */
export function wordPrefixMatch(column: string, query: string): Expression<SqlBool> | null {
  const words = foldName(query).split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) {
    return null;
  }
  const ref = sql.ref(column);
  const each = words.map((word) => sql<SqlBool>`(${ref} like ${`${word}%`} or ${ref} like ${`% ${word}%`})`);
  return sql<SqlBool>`(${sql.join(each, sql` and `)})`;
}

export async function findJurisdiction(executor: Executor, id: string): Promise<JurisdictionRow | undefined> {
  return executor.selectFrom('jurisdictions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findJurisdictionByCode(executor: Executor, code: string): Promise<JurisdictionRow | undefined> {
  return executor.selectFrom('jurisdictions').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function jurisdictionsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, JurisdictionRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('jurisdictions').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function jurisdictionsByCodes(executor: Executor, codes: readonly string[]): Promise<Map<string, JurisdictionRow>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('jurisdictions').selectAll().where('code', 'in', unique).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

export interface JurisdictionFilter {
  kind?: JurisdictionKind;
  parentId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listJurisdictions(executor: Executor, filter: JurisdictionFilter): Promise<{ rows: JurisdictionRow[]; total: number }> {
  const base = executor.selectFrom('jurisdictions').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.kind) {
      conditions.push(eb('kind', '=', filter.kind));
    }
    if (filter.parentId) {
      conditions.push(eb('parent_id', '=', filter.parentId));
    }
    const text = filter.q ? wordPrefixMatch('name_folded', filter.q) : null;
    if (text) {
      conditions.push(text);
    }
    return eb.and(conditions);
  });
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('kind', 'desc')
      .orderBy('name_folded')
      .orderBy('code')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function allFields(executor: Executor): Promise<FieldRow[]> {
  return executor.selectFrom('st_fields').selectAll().orderBy('code').execute();
}

export async function fieldsByCodes(executor: Executor, codes: readonly string[]): Promise<Map<string, FieldRow>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('st_fields').selectAll().where('code', 'in', unique).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

export interface PopulationFigure {
  id: string;
  population: number;
  year: number;
  source: string;
}

export async function setPopulations(executor: Executor, figures: readonly PopulationFigure[], updatedAt: string): Promise<void> {
  for (const figure of figures) {
    await executor
      .updateTable('jurisdictions')
      .set({ population: figure.population, population_year: figure.year, population_source: figure.source, updated_at: updatedAt })
      .where('id', '=', figure.id)
      .execute();
  }
}
