import type { Expression, SqlBool } from 'kysely';
import type { AcademicTitle, Degree } from '../../../common/contracts/directory.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { PeopleTable } from './directory.tables.ts';
import { wordPrefixMatch } from './jurisdictions.repository.ts';

export type PersonRow = PeopleTable;

export async function findPerson(executor: Executor, id: string): Promise<PersonRow | undefined> {
  return executor.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function peopleByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, PersonRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('people').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findPersonByOrcid(executor: Executor, orcid: string): Promise<PersonRow | undefined> {
  return executor.selectFrom('people').selectAll().where('orcid', '=', orcid).executeTakeFirst();
}

export interface PersonFilter {
  q?: string;
  organisationId?: string;
  jurisdictionPath?: string;
  /** A field code; people filed under it or any of its sub-fields (codes nest by prefix). */
  field?: string;
  degree?: Degree;
  academicTitle?: AcademicTitle;
  page: number;
  pageSize: number;
}

function filtered(executor: Executor, filter: Omit<PersonFilter, 'page' | 'pageSize'>) {
  return executor.selectFrom('people').where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.organisationId) {
      conditions.push(eb('organisation_id', '=', filter.organisationId));
    }
    if (filter.degree) {
      conditions.push(eb('degree', '=', filter.degree));
    }
    if (filter.academicTitle) {
      conditions.push(eb('academic_title', '=', filter.academicTitle));
    }
    if (filter.jurisdictionPath) {
      conditions.push(
        eb('jurisdiction_id', 'in', eb.selectFrom('jurisdictions').select('id').where('path', 'like', `${filter.jurisdictionPath}%`)),
      );
    }
    if (filter.field) {
      conditions.push(
        eb('id', 'in', eb.selectFrom('person_fields').select('person_id').where('field_code', 'like', `${filter.field}%`)),
      );
    }
    const text = filter.q ? wordPrefixMatch('name_folded', filter.q) : null;
    if (text) {
      conditions.push(text);
    }
    return eb.and(conditions);
  });
}

export async function listPeople(executor: Executor, filter: PersonFilter): Promise<{ rows: PersonRow[]; total: number }> {
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

export async function* eachPerson(executor: Executor, filter: Omit<PersonFilter, 'page' | 'pageSize'>, batch = 1000): AsyncGenerator<PersonRow[]> {
  let after = '';
  for (;;) {
    const rows = await filtered(executor, filter).selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
  }
}

/** Field codes per person, in the order they were given. */
export async function fieldCodesOf(executor: Executor, personIds: readonly string[]): Promise<Map<string, string[]>> {
  const unique = [...new Set(personIds)];
  const out = new Map<string, string[]>(unique.map((id) => [id, []]));
  if (unique.length === 0) {
    return out;
  }
  const rows = await executor
    .selectFrom('person_fields')
    .select(['person_id', 'field_code'])
    .where('person_id', 'in', unique)
    .orderBy('person_id')
    .orderBy('sort_order')
    .execute();
  for (const row of rows) {
    out.get(row.person_id)?.push(row.field_code);
  }
  return out;
}

export async function insertPerson(executor: Executor, row: PersonRow): Promise<void> {
  await executor.insertInto('people').values(row).execute();
}

export async function replaceFields(executor: Executor, personId: string, codes: readonly string[]): Promise<void> {
  await executor.deleteFrom('person_fields').where('person_id', '=', personId).execute();
  if (codes.length > 0) {
    await executor
      .insertInto('person_fields')
      .values(codes.map((code, index) => ({ person_id: personId, field_code: code, sort_order: index })))
      .execute();
  }
}

export type PersonChanges = Partial<Omit<PersonRow, 'id' | 'version' | 'created_at'>>;

export async function updatePersonIfVersion(executor: Executor, id: string, version: number, changes: PersonChanges): Promise<boolean> {
  const result = await executor
    .updateTable('people')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countPeople(executor: Executor): Promise<number> {
  const row = await executor.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
