import { sql } from 'kysely';
import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The identity graph: jurisdictions, S&T fields, organisations, people and their typed, dated
 * relations. Folded-name columns hold lower-case text without diacritics for prefix search; they
 * compare byte-wise (C collation on PostgreSQL, NOCASE on SQLite) so `LIKE 'prefix%'` can use
 * their index in both databases.
 */
export const directory: AppMigration = {
  name: '20261128_0003_directory',
  async up(db, dialect) {
    const foldedType = dialect === 'postgres' ? sql`text collate "C"` : sql`text collate nocase`;

    await db.schema
      .createTable('jurisdictions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_folded', foldedType, (c) => c.notNull())
      .addColumn('kind_label', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('jurisdictions.id'))
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('population', 'integer')
      .addColumn('population_year', 'integer')
      .addColumn('population_source', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('jurisdictions_kind_parent_idx').on('jurisdictions').columns(['kind', 'parent_id', 'code']).execute();
    await db.schema.createIndex('jurisdictions_parent_idx').on('jurisdictions').columns(['parent_id', 'code']).execute();
    await db.schema.createIndex('jurisdictions_name_idx').on('jurisdictions').column('name_folded').execute();
    await db.schema.createIndex('jurisdictions_path_idx').on('jurisdictions').column('path').execute();

    await db.schema
      .createTable('st_fields')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('parent_code', 'text', (c) => c.references('st_fields.code'))
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('name_vi', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('st_fields_parent_idx').on('st_fields').columns(['parent_code', 'code']).execute();

    await db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name_vi', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text')
      .addColumn('abbreviation', 'text')
      .addColumn('name_folded', foldedType, (c) => c.notNull())
      .addColumn('keywords_folded', 'text', (c) => c.notNull())
      .addColumn('tax_code', 'text')
      .addColumn('agency_code', 'text')
      .addColumn('address', 'text')
      .addColumn('commune_id', 'text', (c) => c.references('jurisdictions.id'))
      .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('path', foldedType, (c) => c.notNull())
      .addColumn('ror', 'text')
      .addColumn('website', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('organisations_jurisdiction_idx').on('organisations').columns(['jurisdiction_id', 'kind']).execute();
    await db.schema.createIndex('organisations_kind_idx').on('organisations').columns(['kind', 'name_folded']).execute();
    await db.schema.createIndex('organisations_parent_idx').on('organisations').columns(['parent_id', 'name_folded']).execute();
    await db.schema.createIndex('organisations_commune_idx').on('organisations').column('commune_id').execute();
    await db.schema.createIndex('organisations_name_idx').on('organisations').column('name_folded').execute();
    await db.schema.createIndex('organisations_path_idx').on('organisations').column('path').execute();
    await db.schema.createIndex('organisations_tax_code_idx').on('organisations').column('tax_code').execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
      .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('name_folded', foldedType, (c) => c.notNull())
      .addColumn('birth_year', 'integer')
      .addColumn('gender', 'text')
      .addColumn('degree', 'text')
      .addColumn('academic_title', 'text')
      .addColumn('orcid', 'text', (c) => c.unique())
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('position', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('people_jurisdiction_idx').on('people').columns(['jurisdiction_id', 'name_folded']).execute();
    await db.schema.createIndex('people_organisation_idx').on('people').columns(['organisation_id', 'name_folded']).execute();
    await db.schema.createIndex('people_name_idx').on('people').column('name_folded').execute();
    await db.schema.createIndex('people_degree_idx').on('people').columns(['degree', 'academic_title']).execute();
    await db.schema.createIndex('people_title_idx').on('people').column('academic_title').execute();

    await db.schema
      .createTable('person_fields')
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('field_code', 'text', (c) => c.notNull().references('st_fields.code'))
      .addColumn('sort_order', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_fields_pk', ['person_id', 'field_code'])
      .execute();
    await db.schema.createIndex('person_fields_field_idx').on('person_fields').columns(['field_code', 'person_id']).execute();

    await db.schema
      .createTable('relations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('from_kind', 'text', (c) => c.notNull())
      .addColumn('from_id', 'text', (c) => c.notNull())
      .addColumn('to_kind', 'text', (c) => c.notNull())
      .addColumn('to_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('source', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // "Who worked where in the last N years" reads one party's relations of a kind that ended after a date.
    await db.schema.createIndex('relations_from_idx').on('relations').columns(['from_kind', 'from_id', 'kind', 'end_date']).execute();
    await db.schema.createIndex('relations_to_idx').on('relations').columns(['to_kind', 'to_id', 'kind', 'end_date']).execute();
    await db.schema.createIndex('relations_kind_dates_idx').on('relations').columns(['kind', 'end_date', 'start_date']).execute();
  },
};
