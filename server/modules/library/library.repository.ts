import { sql, type Expression, type SqlBool } from 'kysely';
import type { LibraryRecordStatus } from '../../../common/contracts/library.ts';
import type { Scope } from '../../platform/access/policy.ts';
import type { Executor } from '../../platform/db/client.ts';
import type {
  LibraryContributorsTable,
  LibraryCurationEventsTable,
  LibraryFilesTable,
  LibraryRecordsTable,
  LibraryRecordVersionsTable,
} from './library.tables.ts';

export type RecordRow = LibraryRecordsTable;
export type ContributorRow = LibraryContributorsTable;
export type LibraryFileRow = LibraryFilesTable;
export type VersionRow = LibraryRecordVersionsTable;
export type CurationEventRow = LibraryCurationEventsTable;

/** Where a record sits: its jurisdiction's path and its owner organisation's path. */
export interface RecordPlace {
  jurisdictionPath: string;
  organisationPath: string | null;
}

export async function findRecord(executor: Executor, id: string): Promise<RecordRow | undefined> {
  return executor.selectFrom('library_records').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recordsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, RecordRow>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('library_records').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findRecordByExternalId(executor: Executor, externalId: string): Promise<RecordRow | undefined> {
  return executor.selectFrom('library_records').selectAll().where('external_id', '=', externalId).executeTakeFirst();
}

/** Paths of the records' jurisdictions and organisations, in one query. */
export async function placesOf(executor: Executor, rows: readonly RecordRow[]): Promise<Map<string, RecordPlace>> {
  if (rows.length === 0) {
    return new Map();
  }
  const jurisdictionIds = [...new Set(rows.map((row) => row.jurisdiction_id))];
  const organisationIds = [...new Set(rows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : [])))];
  const [jurisdictions, organisations] = await Promise.all([
    executor.selectFrom('jurisdictions').select(['id', 'path']).where('id', 'in', jurisdictionIds).execute(),
    organisationIds.length > 0 ? executor.selectFrom('organisations').select(['id', 'path']).where('id', 'in', organisationIds).execute() : [],
  ]);
  const jurisdictionPaths = new Map(jurisdictions.map((row) => [row.id, row.path]));
  const organisationPaths = new Map(organisations.map((row) => [row.id, row.path]));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        jurisdictionPath: jurisdictionPaths.get(row.jurisdiction_id) ?? '',
        organisationPath: row.organisation_id ? (organisationPaths.get(row.organisation_id) ?? null) : null,
      },
    ]),
  );
}

export async function insertRecord(executor: Executor, row: RecordRow): Promise<void> {
  await executor.insertInto('library_records').values(row).execute();
}

export type RecordChanges = Partial<Omit<RecordRow, 'id' | 'created_at'>>;

/** Applies the changes only if the record is still at `version`; false when someone got there first. */
export async function updateRecordIfVersion(executor: Executor, id: string, version: number, changes: RecordChanges): Promise<boolean> {
  const result = await executor.updateTable('library_records').set(changes).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateRecord(executor: Executor, id: string, changes: RecordChanges): Promise<void> {
  await executor.updateTable('library_records').set(changes).where('id', '=', id).execute();
}

export async function replaceContributors(executor: Executor, recordId: string, rows: readonly ContributorRow[]): Promise<void> {
  await executor.deleteFrom('library_contributors').where('record_id', '=', recordId).execute();
  if (rows.length > 0) {
    await executor.insertInto('library_contributors').values([...rows]).execute();
  }
}

export async function replaceFields(executor: Executor, recordId: string, codes: readonly string[]): Promise<void> {
  await executor.deleteFrom('library_record_fields').where('record_id', '=', recordId).execute();
  if (codes.length > 0) {
    await executor
      .insertInto('library_record_fields')
      .values(codes.map((code, index) => ({ record_id: recordId, field_code: code, sort_order: index })))
      .execute();
  }
}

export async function contributorsOf(executor: Executor, recordIds: readonly string[]): Promise<Map<string, ContributorRow[]>> {
  const out = new Map<string, ContributorRow[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) {
    return out;
  }
  const rows = await executor.selectFrom('library_contributors').selectAll().where('record_id', 'in', [...new Set(recordIds)]).orderBy('record_id').orderBy('ordinal').execute();
  for (const row of rows) {
    out.get(row.record_id)?.push(row);
  }
  return out;
}

export async function fieldCodesOf(executor: Executor, recordIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) {
    return out;
  }
  const rows = await executor
    .selectFrom('library_record_fields')
    .select(['record_id', 'field_code'])
    .where('record_id', 'in', [...new Set(recordIds)])
    .orderBy('record_id')
    .orderBy('sort_order')
    .execute();
  for (const row of rows) {
    out.get(row.record_id)?.push(row.field_code);
  }
  return out;
}

export async function filesOf(executor: Executor, recordIds: readonly string[], options: { withText?: boolean } = {}): Promise<Map<string, LibraryFileRow[]>> {
  const out = new Map<string, LibraryFileRow[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) {
    return out;
  }
  const rows = await executor
    .selectFrom('library_files')
    .select([
      'id',
      'record_id',
      'file_id',
      'role',
      'ordinal',
      'text_status',
      'text_error',
      'pages',
      'extracted_chars',
      options.withText ? 'extracted_text' : sql<null>`null`.as('extracted_text'),
      'extracted_at',
      'created_at',
      'updated_at',
    ])
    .where('record_id', 'in', [...new Set(recordIds)])
    .orderBy('record_id')
    .orderBy('ordinal')
    .execute();
  for (const row of rows) {
    out.get(row.record_id)?.push(row);
  }
  return out;
}

export async function findLibraryFile(executor: Executor, id: string): Promise<LibraryFileRow | undefined> {
  return executor.selectFrom('library_files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertLibraryFile(executor: Executor, row: LibraryFileRow): Promise<void> {
  await executor.insertInto('library_files').values(row).execute();
}

export async function updateLibraryFile(executor: Executor, id: string, changes: Partial<Omit<LibraryFileRow, 'id' | 'record_id'>>): Promise<void> {
  await executor.updateTable('library_files').set(changes).where('id', '=', id).execute();
}

export async function deleteLibraryFile(executor: Executor, id: string): Promise<void> {
  await executor.deleteFrom('library_files').where('id', '=', id).execute();
}

export async function nextFileOrdinal(executor: Executor, recordId: string): Promise<number> {
  const row = await executor
    .selectFrom('library_files')
    .select((eb) => eb.fn.max<number | null>('ordinal').as('max'))
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

export async function insertVersion(executor: Executor, row: VersionRow): Promise<void> {
  await executor.insertInto('library_record_versions').values(row).execute();
}

export async function versionsOf(executor: Executor, recordId: string): Promise<Omit<VersionRow, 'snapshot'>[]> {
  return executor
    .selectFrom('library_record_versions')
    .select(['id', 'record_id', 'version', 'note', 'actor_id', 'created_at'])
    .where('record_id', '=', recordId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findVersion(executor: Executor, recordId: string, version: number): Promise<VersionRow | undefined> {
  return executor.selectFrom('library_record_versions').selectAll().where('record_id', '=', recordId).where('version', '=', version).executeTakeFirst();
}

export async function insertCurationEvent(executor: Executor, row: CurationEventRow): Promise<void> {
  await executor.insertInto('library_curation_events').values(row).execute();
}

export async function curationEventsOf(executor: Executor, recordId: string): Promise<CurationEventRow[]> {
  return executor.selectFrom('library_curation_events').selectAll().where('record_id', '=', recordId).orderBy('created_at').orderBy('id').execute();
}

/** Records under any of the scope's paths (jurisdiction or owner organisation). */
function inScope(scope: Scope): Expression<SqlBool> | 'all' | null {
  if (scope.all) {
    return 'all';
  }
  if (scope.jurisdictionPaths.length === 0 && scope.organisationPaths.length === 0) {
    return null;
  }
  return sql<SqlBool>`(${sql.join(
    [
      ...scope.jurisdictionPaths.map(
        (path) => sql`library_records.jurisdiction_id in (select id from jurisdictions where path like ${`${path}%`})`,
      ),
      ...scope.organisationPaths.map(
        (path) => sql`library_records.organisation_id in (select id from organisations where path like ${`${path}%`})`,
      ),
    ],
    sql` or `,
  )})`;
}

export interface RecordListFilter {
  /** Only this depositor's records. */
  depositorId?: string;
  /** Only records inside this scope (a curator's). */
  scope?: Scope;
  status?: LibraryRecordStatus;
  type?: string;
  textFailed?: boolean;
  page: number;
  pageSize: number;
}

export async function listRecords(executor: Executor, filter: RecordListFilter): Promise<{ rows: RecordRow[]; total: number }> {
  let query = executor.selectFrom('library_records');
  if (filter.depositorId !== undefined) {
    query = query.where('library_records.depositor_id', '=', filter.depositorId);
  }
  if (filter.scope) {
    const condition = inScope(filter.scope);
    if (condition === null) {
      return { rows: [], total: 0 };
    }
    if (condition !== 'all') {
      query = query.where(condition);
    }
  }
  if (filter.status) {
    query = query.where('library_records.status', '=', filter.status);
  }
  if (filter.type) {
    query = query.where('library_records.type', '=', filter.type as RecordRow['type']);
  }
  if (filter.textFailed) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('library_files')
          .select('library_files.id')
          .whereRef('library_files.record_id', '=', 'library_records.id')
          .where('library_files.text_status', '=', 'failed'),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll('library_records')
      .orderBy('library_records.updated_at', 'desc')
      .orderBy('library_records.id', 'desc')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

/** How many files of each record failed text extraction. */
export async function failedFileCounts(executor: Executor, recordIds: readonly string[]): Promise<Map<string, number>> {
  if (recordIds.length === 0) {
    return new Map();
  }
  const rows = await executor
    .selectFrom('library_files')
    .select(['record_id', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('record_id', 'in', [...new Set(recordIds)])
    .where('text_status', '=', 'failed')
    .groupBy('record_id')
    .execute();
  return new Map(rows.map((row) => [row.record_id, Number(row.count)]));
}

export interface NamedRef {
  id: string;
  name: string;
}

export async function organisationRefs(executor: Executor, ids: readonly string[]) {
  if (ids.length === 0) {
    return new Map<string, { id: string; kind: string; name_vi: string; abbreviation: string | null; jurisdiction_id: string; path: string }>();
  }
  const rows = await executor
    .selectFrom('organisations')
    .select(['id', 'kind', 'name_vi', 'abbreviation', 'jurisdiction_id', 'path'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function personRefs(executor: Executor, ids: readonly string[]): Promise<Map<string, { id: string; full_name: string; organisation_id: string | null }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('people').select(['id', 'full_name', 'organisation_id']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** People of the directory by exact full name, for the names that belong to exactly one person. */
export async function peopleNamed(executor: Executor, names: readonly string[]): Promise<Map<string, { id: string; full_name: string; organisation_id: string | null }>> {
  if (names.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('people').select(['id', 'full_name', 'organisation_id']).where('full_name', 'in', [...new Set(names)]).orderBy('id').execute();
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(row.full_name, (counts.get(row.full_name) ?? 0) + 1);
  }
  return new Map(rows.filter((row) => counts.get(row.full_name) === 1).map((row) => [row.full_name, row]));
}

export async function fieldRefs(executor: Executor, codes: readonly string[]): Promise<Map<string, { code: string; parent_code: string | null; name_vi: string; name_en: string }>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('st_fields').select(['code', 'parent_code', 'name_vi', 'name_en']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((row) => [row.code, row]));
}

export async function programRefs(executor: Executor, ids: readonly string[]): Promise<Map<string, { id: string; code: string; title: string }>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await executor.selectFrom('programs').select(['id', 'code', 'title']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function jurisdictionPath(executor: Executor, id: string): Promise<string | null> {
  const row = await executor.selectFrom('jurisdictions').select('path').where('id', '=', id).executeTakeFirst();
  return row?.path ?? null;
}

/** The record (other than `exceptId`) already holding one of these identifiers, with the column it clashes on. */
export async function identifierHolder(
  executor: Executor,
  identifiers: { doi: string | null; isbn: string | null; patent_no: string | null; result_no: string | null; external_id?: string | null },
  exceptId: string | null,
): Promise<{ column: string; id: string } | null> {
  for (const column of ['doi', 'isbn', 'patent_no', 'result_no', 'external_id'] as const) {
    const value = identifiers[column];
    if (!value) {
      continue;
    }
    let query = executor.selectFrom('library_records').select('id').where(column, '=', value);
    if (exceptId) {
      query = query.where('id', '!=', exceptId);
    }
    const row = await query.executeTakeFirst();
    if (row) {
      return { column, id: row.id };
    }
  }
  return null;
}
