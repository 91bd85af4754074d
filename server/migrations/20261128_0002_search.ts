import { sql } from 'kysely';
import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The search index shared by all modules: stored documents, their facet values and the full-text
 * structure. Text is folded and split into terms by the application before it reaches either
 * database, so SQLite (FTS5) and PostgreSQL (tsvector) index exactly the same terms.
 */
export const search: AppMigration = {
  name: '20261128_0002_search',
  async up(db, dialect) {
    let documents = db.schema.createTable('search_documents');
    if (dialect === 'sqlite') {
      // An explicit integer key keeps rowids stable across VACUUM; the FTS rows refer to it.
      documents = documents.addColumn('doc_no', 'integer', (c) => c.primaryKey());
    }
    documents = documents
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('jurisdiction_path', 'text', (c) => c.notNull())
      .addColumn('visibility', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('facets_json', 'text', (c) => c.notNull())
      // Long text last: SQLite then reads the short columns without touching overflow pages.
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull());
    if (dialect === 'postgres') {
      // Filled by the application; the empty default lets a backup from SQLite load before `rebuild`.
      documents = documents
        .addColumn('search_vector', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
        .addPrimaryKeyConstraint('search_documents_pk', ['resource', 'id']);
    }
    await documents.execute();
    if (dialect === 'sqlite') {
      await db.schema.createIndex('search_documents_key_idx').on('search_documents').columns(['resource', 'id']).unique().execute();
      await sql`create virtual table search_fts using fts5(
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
    } else {
      await db.schema.createIndex('search_documents_vector_idx').on('search_documents').using('gin').column('search_vector').execute();
    }

    await db.schema
      .createTable('search_facets')
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('search_facets_pk', ['resource', 'id', 'facet', 'value'])
      .execute();
    await db.schema.createIndex('search_facets_value_idx').on('search_facets').columns(['facet', 'value', 'resource', 'id']).execute();
  },
};
