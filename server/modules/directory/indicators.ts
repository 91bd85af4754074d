import { sql } from 'kysely';
import type { Degree } from '../../../common/contracts/directory.ts';
import { formatNumber } from '../../../common/i18n/format.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { ComputationScope, IndicatorComputation } from '../../platform/indicators/index.ts';

/**
 * Who counts as S&T staff (cán bộ khoa học và công nghệ) in the registry: a person holding a
 * university degree or higher who works for an organisation located in the jurisdiction at the end
 * of the period. National S&T statistics count S&T human resources as people with tertiary
 * qualifications working in the field; the registry records degrees from the bachelor up, so that
 * is the threshold, and "working in the jurisdiction" follows the dated employment relations (a
 * person with no recorded employment counts through their current organisation from the day the
 * record was created).
 */
const ST_DEGREES: readonly Degree[] = ['bachelor', 'engineer', 'master', 'doctor', 'doctor_of_science'];

function stStaffQuery(executor: Executor, scope: ComputationScope) {
  const prefix = `${scope.jurisdictionPath}%`;
  const endOfDay = `${scope.periodEnd}T23:59:59.999Z`;
  const employed = executor
    .selectFrom('relations as r')
    .innerJoin('organisations as o', 'o.id', 'r.to_id')
    .innerJoin('jurisdictions as j', (join) => join.on(sql`j.id`, '=', sql`coalesce(o.commune_id, o.jurisdiction_id)`))
    .select('r.from_id as person_id')
    .where('r.kind', '=', 'employment')
    .where('r.from_kind', '=', 'person')
    .where('r.to_kind', '=', 'organisation')
    .where('j.path', 'like', prefix)
    .where((eb) => eb.or([eb('r.start_date', 'is', null), eb('r.start_date', '<=', scope.periodEnd)]))
    .where((eb) => eb.or([eb('r.end_date', 'is', null), eb('r.end_date', '>=', scope.periodEnd)]));
  const unrecorded = executor
    .selectFrom('people as q')
    .innerJoin('organisations as o', 'o.id', 'q.organisation_id')
    .innerJoin('jurisdictions as j', (join) => join.on(sql`j.id`, '=', sql`coalesce(o.commune_id, o.jurisdiction_id)`))
    .select('q.id as person_id')
    .where('j.path', 'like', prefix)
    .where('q.created_at', '<=', endOfDay)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('relations as e')
            .select('e.id')
            .whereRef('e.from_id', '=', 'q.id')
            .where('e.from_kind', '=', 'person')
            .where('e.kind', '=', 'employment'),
        ),
      ),
    );
  return executor
    .selectFrom('people as p')
    .where('p.degree', 'in', [...ST_DEGREES])
    .where((eb) => eb.or([eb('p.id', 'in', employed), eb('p.id', 'in', unrecorded)]));
}

export const stStaffComputation: IndicatorComputation = {
  key: 'directory.st_staff',
  nameVi: 'Số cán bộ khoa học và công nghệ (trình độ đại học trở lên) làm việc tại các tổ chức trên địa bàn',
  nameEn: 'S&T staff (university degree or higher) working for organisations in the jurisdiction',
  unit: 'người',
  cumulative: false,
  async compute(executor, scope) {
    const row = await stStaffQuery(executor, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { value: Number(row.n), provenance: { degrees: ST_DEGREES, counted: Number(row.n) } };
  },
  async records(executor, scope) {
    const base = stStaffQuery(executor, scope);
    const [rows, count] = await Promise.all([
      base.select(['p.id', 'p.full_name']).orderBy('p.name_folded').orderBy('p.id').limit(scope.pageSize).offset((scope.page - 1) * scope.pageSize).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((row) => ({ id: row.id, label: row.full_name, kind: 'person', link: `/directory/people/${row.id}` })),
      total: Number(count.n),
    };
  },
};

function populationQuery(executor: Executor, scope: ComputationScope) {
  return executor.selectFrom('jurisdictions').where('path', '=', scope.jurisdictionPath).where('population', 'is not', null);
}

/**
 * The jurisdiction's population as its reference data records it (one figure with its year and
 * source). Yearly series are not kept, so every period reads the latest figure; the provenance
 * says which year it is from.
 */
export const populationComputation: IndicatorComputation = {
  key: 'directory.population',
  nameVi: 'Dân số trên địa bàn (theo số liệu tham chiếu của đơn vị hành chính)',
  nameEn: 'Population of the jurisdiction (from its reference data)',
  unit: 'người',
  cumulative: false,
  async compute(executor, scope) {
    const row = await populationQuery(executor, scope).select(['id', 'population', 'population_year', 'population_source']).executeTakeFirst();
    return {
      value: row?.population ?? 0,
      provenance: { jurisdictionId: row?.id ?? null, populationYear: row?.population_year ?? null, populationSource: row?.population_source ?? null },
    };
  },
  async records(executor, scope) {
    const rows = await populationQuery(executor, scope).select(['id', 'name', 'kind_label', 'population', 'population_year']).execute();
    const items =
      scope.page === 1
        ? rows.map((row) => ({
            id: row.id,
            label: `${row.kind_label} ${row.name}: ${formatNumber(row.population ?? 0)} người${row.population_year ? ` (năm ${row.population_year})` : ''}`,
            kind: 'jurisdiction',
            link: null,
          }))
        : [];
    return { items, total: rows.length };
  },
};

export const directoryIndicators: IndicatorComputation[] = [stStaffComputation, populationComputation];
