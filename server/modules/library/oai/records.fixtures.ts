import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { RecordRow } from '../library.repository.ts';

/**
 * Library records written straight into the tables, for the tests of the public faces: they need
 * records in every state at chosen times, which the deposit and curation flow cannot backdate.
 */
export interface RecordFixture extends Partial<RecordRow> {
  authors?: string[];
  fieldCodes?: string[];
}

export async function anyJurisdictionId(db: Db): Promise<string> {
  const row = await db.selectFrom('jurisdictions').select('id').where('kind', '=', 'province').orderBy('code').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRecords(db: Db, fixtures: readonly RecordFixture[]): Promise<RecordRow[]> {
  const jurisdictionId = await anyJurisdictionId(db);
  const rows: RecordRow[] = [];
  for (const [index, fixture] of fixtures.entries()) {
    const { authors = ['Nguyễn Văn An'], fieldCodes = [], ...overrides } = fixture;
    const at = overrides.updated_at ?? new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
    const status = overrides.status ?? 'published';
    const row: RecordRow = {
      id: newId(),
      type: 'article',
      status,
      access_level: 'public',
      embargo_until: null,
      title: `Nghiên cứu số ${index + 1}`,
      title_en: null,
      abstract: 'Tóm tắt kết quả nghiên cứu.',
      keywords: '[]',
      language: 'vi',
      licence: null,
      issued_year: 2025,
      issued_date: null,
      publisher: null,
      program_area: null,
      program_id: null,
      task_code: null,
      doi: null,
      isbn: null,
      patent_no: null,
      result_no: null,
      details: '{}',
      external_id: null,
      jurisdiction_id: jurisdictionId,
      organisation_id: null,
      depositor_id: null,
      version: 1,
      submitted_at: status === 'draft' ? null : at,
      published_at: status === 'published' || status === 'withdrawn' ? at : null,
      withdrawn_at: status === 'withdrawn' ? at : null,
      withdrawal_reason: status === 'withdrawn' ? 'Trùng lặp với tài liệu khác' : null,
      view_count: 0,
      download_count: 0,
      created_at: at,
      updated_at: at,
      ...overrides,
    };
    rows.push(row);
    await db.insertInto('library_records').values(row).execute();
    if (authors.length > 0) {
      await db
        .insertInto('library_contributors')
        .values(authors.map((name, ordinal) => ({ id: newId(), record_id: row.id, ordinal: ordinal + 1, role: 'author' as const, person_id: null, name, organisation_id: null, affiliation: null })))
        .execute();
    }
    if (fieldCodes.length > 0) {
      await db
        .insertInto('library_record_fields')
        .values(fieldCodes.map((code, order) => ({ record_id: row.id, field_code: code, sort_order: order })))
        .execute();
    }
  }
  return rows;
}
