import { sql, type SqlBool } from 'kysely';
import type { Scope } from '../../../platform/access/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { IndicatorValuesTable } from '../programs.tables.ts';

export type ValueRow = IndicatorValuesTable;

/** Values of the given indicators for the given periods, anywhere under a jurisdiction path. */
export async function valuesUnder(
  executor: Executor,
  filter: { indicatorIds: readonly string[]; periods: readonly string[]; jurisdictionPath: string },
): Promise<ValueRow[]> {
  if (filter.indicatorIds.length === 0 || filter.periods.length === 0) {
    return [];
  }
  return executor
    .selectFrom('indicator_values as v')
    .innerJoin('jurisdictions as j', 'j.id', 'v.jurisdiction_id')
    .selectAll('v')
    .where('v.indicator_id', 'in', [...new Set(filter.indicatorIds)])
    .where('v.period', 'in', [...new Set(filter.periods)])
    .where('j.path', 'like', `${filter.jurisdictionPath}%`)
    .execute();
}

export async function findValue(executor: Executor, id: string): Promise<ValueRow | undefined> {
  return executor.selectFrom('indicator_values').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function valuesByIds(executor: Executor, ids: readonly string[]): Promise<ValueRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return [];
  }
  return executor.selectFrom('indicator_values').selectAll().where('id', 'in', unique).orderBy('unit_key').execute();
}

export async function insertValue(executor: Executor, row: ValueRow): Promise<void> {
  await executor.insertInto('indicator_values').values(row).execute();
}

export async function updateComputedValue(executor: Executor, id: string, changes: Pick<ValueRow, 'value' | 'provenance' | 'version' | 'updated_at'>): Promise<void> {
  await executor.updateTable('indicator_values').set(changes).where('id', '=', id).where('locked_at', 'is', null).execute();
}

export interface ValueFilter {
  indicatorId: string;
  scope: Scope;
  jurisdictionPath?: string;
  organisationId?: string;
  source?: ValueRow['source'];
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** An indicator's values the scope covers (by the value's jurisdiction, or its unit's subtree), latest periods first. */
export async function listValues(executor: Executor, filter: ValueFilter): Promise<{ rows: ValueRow[]; total: number }> {
  const { scope } = filter;
  let base = executor
    .selectFrom('indicator_values as v')
    .innerJoin('jurisdictions as j', 'j.id', 'v.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'v.organisation_id')
    .where('v.indicator_id', '=', filter.indicatorId);
  if (!scope.all) {
    base = base.where((eb) =>
      scope.jurisdictionPaths.length + scope.organisationPaths.length === 0
        ? sql<SqlBool>`1 = 0`
        : eb.or([...scope.jurisdictionPaths.map((path) => eb('j.path', 'like', `${path}%`)), ...scope.organisationPaths.map((path) => eb('o.path', 'like', `${path}%`))]),
    );
  }
  if (filter.jurisdictionPath) {
    base = base.where('j.path', 'like', `${filter.jurisdictionPath}%`);
  }
  if (filter.organisationId) {
    base = base.where('v.organisation_id', '=', filter.organisationId);
  }
  if (filter.source) {
    base = base.where('v.source', '=', filter.source);
  }
  if (filter.from) {
    base = base.where('v.period_end', '>=', filter.from);
  }
  if (filter.to) {
    base = base.where('v.period_end', '<=', filter.to);
  }
  const [rows, count] = await Promise.all([
    base.selectAll('v').orderBy('v.period_end', 'desc').orderBy('v.unit_key').limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
