import type { Expression, SqlBool } from 'kysely';
import type { PartyKind, RelationKind } from '../../../common/contracts/directory.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { RelationsTable } from './directory.tables.ts';

export type RelationRow = RelationsTable;

export interface PartyKey {
  kind: PartyKind;
  id: string;
}

export interface RelationFilter {
  kinds?: readonly RelationKind[];
  /** Keep relations still running on or after this date (`YYYY-MM-DD`); open-ended ones always are. */
  activeSince?: string;
}

export async function findRelation(executor: Executor, id: string): Promise<RelationRow | undefined> {
  return executor.selectFrom('relations').selectAll().where('id', '=', id).executeTakeFirst();
}

function ofParty(executor: Executor, party: PartyKey, filter: RelationFilter) {
  return executor.selectFrom('relations').where((eb) => {
    const conditions: Expression<SqlBool>[] = [
      eb.or([
        eb.and([eb('from_kind', '=', party.kind), eb('from_id', '=', party.id)]),
        eb.and([eb('to_kind', '=', party.kind), eb('to_id', '=', party.id)]),
      ]),
    ];
    if (filter.kinds && filter.kinds.length > 0) {
      conditions.push(eb('kind', 'in', [...filter.kinds]));
    }
    if (filter.activeSince) {
      conditions.push(eb.or([eb('end_date', 'is', null), eb('end_date', '>=', filter.activeSince)]));
    }
    return eb.and(conditions);
  });
}

export async function listRelations(
  executor: Executor,
  party: PartyKey,
  filter: RelationFilter & { page: number; pageSize: number },
): Promise<{ rows: RelationRow[]; total: number }> {
  const base = ofParty(executor, party, filter);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      // Running relations first, then by most recent start.
      .orderBy((eb) => eb.case().when('end_date', 'is', null).then(0).else(1).end())
      .orderBy('start_date', 'desc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** All relations of `party` matching `filter`, for conflict checks and profiles. */
export async function relationsOf(executor: Executor, party: PartyKey, filter: RelationFilter = {}): Promise<RelationRow[]> {
  return ofParty(executor, party, filter).selectAll().orderBy('start_date').orderBy('id').execute();
}

export async function insertRelation(executor: Executor, row: RelationRow): Promise<void> {
  await executor.insertInto('relations').values(row).execute();
}

export async function setRelationEnd(executor: Executor, id: string, endDate: string, updatedAt: string): Promise<void> {
  await executor.updateTable('relations').set({ end_date: endDate, updated_at: updatedAt }).where('id', '=', id).execute();
}

export async function deleteRelation(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('relations').where('id', '=', id).execute();
}
