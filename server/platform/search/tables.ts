/**
 * Row types of the search tables. Each dialect adds columns of its own that only
 * `sqlite-backend.ts` and `postgres-backend.ts` touch, through raw SQL: `doc_no` (SQLite, the
 * rowid shared with the `search_fts` full-text table) and `search_vector` (PostgreSQL).
 */
export interface SearchDocumentsTable {
  resource: string;
  id: string;
  jurisdiction_path: string;
  visibility: 'public' | 'internal';
  updated_at: string;
  facets_json: string;
  title: string;
  body: string;
}

/** One row per facet value of a document, for filtering and counting without parsing JSON. */
export interface SearchFacetsTable {
  resource: string;
  id: string;
  facet: string;
  value: string;
}

declare module '../db/database.ts' {
  interface Database {
    search_documents: SearchDocumentsTable;
    search_facets: SearchFacetsTable;
  }
}
