import { sql, type CreateTableBuilder } from 'kysely';
import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The search index shared by all modules: stored documents, their facet values and the full-text
 * structure. Text is folded and split into terms by the application before it reaches either
 * database, so SQLite (FTS5) and PostgreSQL (tsvector) index exactly the same terms.
 */
export const search: AppMigration = {
  name: '20261128_0002_search',
  async up(db, dialect) {
    // Widened so the dialect branches below can add columns to the same statement.
    let documents: CreateTableBuilder<string, string> = db.schema.createTable('search_documents');
    // A compact integer key: FTS rows (SQLite) and facet rows refer to it, which is much cheaper to
    // join and count on than (resource, id). In SQLite it is the rowid, stable across VACUUM.
    documents =
      dialect === 'sqlite'
        ? documents.addColumn('doc_no', 'integer', (c) => c.primaryKey())
        : documents.addColumn('doc_no', 'bigint', (c) => c.notNull().unique().generatedByDefaultAsIdentity());
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
      .addColumn('doc_no', dialect === 'sqlite' ? 'integer' : 'bigint', (c) => c.notNull().references('search_documents.doc_no').onDelete('cascade'))
      .addColumn('facet', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('search_facets_pk', ['doc_no', 'facet', 'value'])
      .execute();
    // Serves facet filters and counting: all documents holding a value, in document order.
    await db.schema.createIndex('search_facets_value_idx').on('search_facets').columns(['facet', 'value', 'doc_no']).execute();
  },
};
