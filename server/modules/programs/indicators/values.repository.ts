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
