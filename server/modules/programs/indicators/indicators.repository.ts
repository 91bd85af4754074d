import type { TIndicatorListQuery } from '../../../../common/contracts/programs.ts';
import type { Placement } from '../../../platform/access/policy.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { IndicatorRow } from '../programs.repository.ts';

export async function listIndicators(executor: Executor, query: TIndicatorListQuery): Promise<{ rows: IndicatorRow[]; total: number }> {
  let base = executor.selectFrom('indicators');
  if (query.method) {
    base = base.where('method', '=', query.method);
  }
  if (query.q) {
    const needle = `%${query.q.trim().toLowerCase()}%`;
    base = base.where((eb) => eb.or([eb(eb.fn('lower', ['code']), 'like', needle), eb(eb.fn('lower', ['name_vi']), 'like', needle), eb(eb.fn('lower', ['name_en']), 'like', needle)]));
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('code').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Where the programs whose targets measure an indicator sit. */
export async function placementsOfProgramsUsing(executor: Executor, indicatorId: string): Promise<Placement[]> {
  const rows = await executor
    .selectFrom('program_targets as t')
    .innerJoin('programs as p', 'p.id', 't.program_id')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .leftJoin('organisations as o', 'o.id', 'p.owner_organisation_id')
    .select(['j.path as jurisdiction_path', 'o.path as owner_path'])
    .where('t.indicator_id', '=', indicatorId)
    .distinct()
    .execute();
  return rows.map((row) => ({ jurisdictionPath: row.jurisdiction_path, organisationPath: row.owner_path }));
}
