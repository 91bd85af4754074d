import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The search engine's second step: documents gain their own date (for date sorts and browsing)
 * and named fields (`author:"…"` queries); the names any document has used are kept so a query
 * naming another field can be refused instead of silently finding nothing.
 */
export const searchEngine: AppMigration = {
  name: '20261128_0011_search_engine',
  async up(db) {
    await db.schema.alterTable('search_documents').addColumn('date', 'text').execute();
    await db.schema.alterTable('search_documents').addColumn('fields_json', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    // Browsing lists the newest first; the index lets it stop after one page.
    await db.schema.createIndex('search_documents_date_idx').on('search_documents').columns(['date', 'doc_no']).execute();
    await db.schema.createTable('search_field_names').addColumn('name', 'text', (c) => c.primaryKey()).execute();
  },
};
