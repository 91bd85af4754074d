import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/client.ts';
import type { ComputationScope, IndicatorComputation } from '../../../platform/indicators/index.ts';

/**
 * Enterprises located in the jurisdiction with at least one support record dated within the scope.
 * Cumulative: the materialiser passes the program's first day as the start, so the 2015 value is
 * every enterprise supported from 2013 to the end of 2015, each counted once.
 */
function supportedQuery(executor: Executor, scope: ComputationScope) {
  return executor
    .selectFrom('organisations as o')
    .innerJoin('jurisdictions as j', (join) => join.on(sql`j.id`, '=', sql`coalesce(o.commune_id, o.jurisdiction_id)`))
    .where('o.kind', '=', 'enterprise')
    .where('j.path', 'like', `${scope.jurisdictionPath}%`)
    .where((eb) =>
      eb(
        'o.id',
        'in',
        eb
          .selectFrom('support_records as s')
          .select('s.organisation_id')
          .where('s.supported_on', '>=', scope.periodStart)
          .where('s.supported_on', '<=', scope.periodEnd),
      ),
    );
}

export const enterprisesSupportedComputation: IndicatorComputation = {
  key: 'programs.enterprises_supported',
  nameVi: 'Số doanh nghiệp được hỗ trợ nghiên cứu, ứng dụng khoa học và công nghệ (cộng dồn từ đầu chương trình)',
  nameEn: 'Enterprises supported in S&T research and application (cumulative from the start of the program)',
  unit: 'doanh nghiệp',
  cumulative: true,
  async compute(executor, scope) {
    const row = await supportedQuery(executor, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { value: Number(row.n), provenance: { organisationKind: 'enterprise', counted: Number(row.n) } };
  },
  async records(executor, scope) {
    const base = supportedQuery(executor, scope);
    const [rows, count] = await Promise.all([
      base.select(['o.id', 'o.name_vi']).orderBy('o.name_folded').orderBy('o.id').limit(scope.pageSize).offset((scope.page - 1) * scope.pageSize).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((row) => ({ id: row.id, label: row.name_vi, kind: 'organisation', link: `/directory/organisations/${row.id}` })),
      total: Number(count.n),
    };
  },
};
