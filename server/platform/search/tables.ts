import type { Generated } from 'kysely';

/**
 * Row types of the search tables. Each dialect adds a column of its own that only its backend
 * touches, through raw SQL: the FTS5 table `search_fts` keyed by `doc_no` (SQLite) and
 * `search_vector` (PostgreSQL).
 */
export interface SearchDocumentsTable {
  /** Compact key the facet rows (and SQLite's full-text rows) refer to. */
  doc_no: Generated<number>;
  resource: string;
  id: string;
  jurisdiction_path: string;
  visibility: 'public' | 'authenticated' | 'internal';
  updated_at: string;
  /** The document's own date, for date sorts and browsing; null sorts last. */
  date: string | null;
  facets_json: string;
  /** The named fields as given (folded only for indexing), so `rebuild` can index them again. */
  fields_json: Generated<string>;
  title: string;
  body: string;
}

/** Every field name any document has used, so a query naming another can be refused. */
export interface SearchFieldNamesTable {
  name: string;
}

/** One row per facet value of a document, for filtering and counting without parsing JSON. */
export interface SearchFacetsTable {
  doc_no: number;
  facet: string;
  value: string;
}

declare module '../db/database.ts' {
  interface Database {
    search_documents: SearchDocumentsTable;
    search_facets: SearchFacetsTable;
    search_field_names: SearchFieldNamesTable;
  }
}
