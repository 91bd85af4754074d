import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The electronic S&T library (seed §II.3): result records of eleven types with their Dublin Core
 * metadata, contributors linked to the directory, S&T fields, files and their extracted text, the
 * versions each edit leaves behind and the curation trail. A withdrawn record keeps its row as a
 * tombstone so links and harvesters learn that it is gone rather than never existed.
 */
export const library: AppMigration = {
  name: '20261128_0007_library',
  async up(db) {
    await db.schema
      .createTable('library_records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('access_level', 'text', (c) => c.notNull())
      .addColumn('embargo_until', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text')
      .addColumn('abstract', 'text')
      .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('licence', 'text')
      .addColumn('issued_year', 'integer')
      .addColumn('issued_date', 'text')
      .addColumn('publisher', 'text')
      .addColumn('program_area', 'text')
      .addColumn('program_id', 'text', (c) => c.references('programs.id'))
      .addColumn('task_code', 'text')
      .addColumn('doi', 'text', (c) => c.unique())
      .addColumn('isbn', 'text', (c) => c.unique())
      .addColumn('patent_no', 'text', (c) => c.unique())
      .addColumn('result_no', 'text', (c) => c.unique())
      .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('external_id', 'text', (c) => c.unique())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('depositor_id', 'text', (c) => c.references('users.id'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('submitted_at', 'text')
      .addColumn('published_at', 'text')
      .addColumn('withdrawn_at', 'text')
      .addColumn('withdrawal_reason', 'text')
      .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('download_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      // Also the OAI-PMH datestamp: every change a harvester should see moves it.
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    const recordIndexes: [string, string[]][] = [
      ['library_records_status_idx', ['status', 'updated_at']],
      ['library_records_depositor_idx', ['depositor_id', 'updated_at']],
      ['library_records_organisation_idx', ['organisation_id', 'status']],
      ['library_records_jurisdiction_idx', ['jurisdiction_id', 'status']],
      ['library_records_type_idx', ['type', 'status']],
      ['library_records_year_idx', ['issued_year', 'status']],
      ['library_records_area_idx', ['program_area', 'status']],
      ['library_records_program_idx', ['program_id', 'status']],
      ['library_records_access_idx', ['access_level', 'status']],
      ['library_records_harvest_idx', ['updated_at', 'id']],
      ['library_records_published_idx', ['status', 'published_at']],
    ];
    for (const [name, columns] of recordIndexes) {
      await db.schema.createIndex(name).on('library_records').columns(columns).execute();
    }

    await db.schema
      .createTable('library_record_fields')
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('field_code', 'text', (c) => c.notNull().references('st_fields.code'))
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('library_record_fields_pk', ['record_id', 'field_code'])
      .execute();
    await db.schema.createIndex('library_record_fields_field_idx').on('library_record_fields').columns(['field_code', 'record_id']).execute();

    await db.schema
      .createTable('library_contributors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.references('people.id'))
      // The name as credited on the work; copied from the directory when the person is linked.
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('affiliation', 'text')
      .addUniqueConstraint('library_contributors_ordinal_uq', ['record_id', 'ordinal'])
      .execute();
    await db.schema.createIndex('library_contributors_person_idx').on('library_contributors').columns(['person_id', 'record_id']).execute();
    await db.schema.createIndex('library_contributors_organisation_idx').on('library_contributors').columns(['organisation_id', 'record_id']).execute();

    await db.schema
      .createTable('library_files')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('text_status', 'text', (c) => c.notNull())
      .addColumn('text_error', 'text')
      .addColumn('pages', 'integer')
      .addColumn('extracted_chars', 'integer')
      .addColumn('extracted_text', 'text')
      .addColumn('extracted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('library_files_file_uq', ['record_id', 'file_id'])
      .execute();
    await db.schema.createIndex('library_files_record_idx').on('library_files').columns(['record_id', 'ordinal']).execute();
    await db.schema.createIndex('library_files_status_idx').on('library_files').columns(['text_status', 'record_id']).execute();
    await db.schema.createIndex('library_files_file_idx').on('library_files').column('file_id').execute();

    await db.schema
      .createTable('library_record_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('actor_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('library_record_versions_uq', ['record_id', 'version'])
      .execute();

    await db.schema
      .createTable('library_curation_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('record_id', 'text', (c) => c.notNull().references('library_records.id').onDelete('cascade'))
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('actor_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('library_curation_events_record_idx').on('library_curation_events').columns(['record_id', 'created_at']).execute();
  },
};
