import type { Executor } from '../db/client.ts';

/**
 * One searchable record of any module. Modules push documents here when their records change;
 * the search port knows nothing of their tables.
 */
export interface SearchDocument {
  resource: string;
  id: string;
  /** Path of the record's jurisdiction, so results can be scoped like everything else. */
  jurisdictionPath: string;
  /** `public` documents are visible to anyone; `internal` only to actors the caller allows. */
  visibility: 'public' | 'internal';
  title: string;
  body: string;
  facets: Record<string, string[]>;
  updatedAt: string;
}

export interface SearchQuery {
  /** One resource or several (any of them); every resource when absent or empty. */
  resource?: string | string[];
  text: string;
  /** Exact facet values to filter on (AND across facets, OR within one facet; an empty list filters nothing). */
  filters?: Record<string, string[]>;
  /** Facets whose value counts should be returned, counted over every match the caller may see, filters applied. */
  facetFields?: string[];
  /**
   * Whether internal documents may be returned: all of them, or those whose jurisdiction path
   * starts with one of the given paths (an empty list admits none). Public documents always may.
   */
  includeInternal?: { jurisdictionPaths: string[] | 'all' };
  /** 1-based; defaults to 1. */
  page?: number;
  /** Defaults to 25, at most 200. */
  pageSize?: number;
  /** Most frequent values returned per facet; defaults to 50, at most 500. */
  facetLimit?: number;
}

export interface SearchHit {
  resource: string;
  id: string;
  title: string;
  /** Higher is better; comparable only within one result (SQLite and PostgreSQL rank differently). */
  score: number;
  /** Title and a body snippet with matches wrapped in <mark>…</mark>; the rest is HTML-escaped. */
  titleHighlighted: string;
  snippet: string;
}

export interface SearchResult {
  /** Every matching document the caller may see, not just this page. */
  total: number;
  hits: SearchHit[];
  facets: Record<string, { value: string; count: number }[]>;
}

export interface SearchIndex {
  /**
   * Adds or replaces documents (by resource and id). Pass the transaction that changes the records
   * so the index never disagrees with them; given the database itself, it opens its own.
   */
  upsert(executor: Executor, documents: SearchDocument[]): Promise<void>;
  remove(executor: Executor, resource: string, ids: string[]): Promise<void>;
  /**
   * Throws `validation_failed` (400) for empty or over-long text and bad paging; text without any
   * searchable term (only punctuation) simply finds nothing.
   */
  query(query: SearchQuery): Promise<SearchResult>;
  /** Recomputes derived index structures from the stored documents (after a restore from backup). */
  rebuild(): Promise<void>;
}
