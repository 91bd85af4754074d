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
  resource?: string;
  text: string;
  /** Exact facet values to filter on (AND across facets, OR within one facet). */
  filters?: Record<string, string[]>;
  /** Facets whose value counts should be returned. */
  facetFields?: string[];
  /** Whether internal documents may be returned, and within which jurisdiction paths (empty = all). */
  includeInternal?: { jurisdictionPaths: string[] | 'all' };
  page?: number;
  pageSize?: number;
}

export interface SearchHit {
  resource: string;
  id: string;
  title: string;
  score: number;
  /** Title and a body snippet with matches wrapped in <mark>…</mark>; the rest is HTML-escaped. */
  titleHighlighted: string;
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Record<string, { value: string; count: number }[]>;
}

export interface SearchIndex {
  upsert(executor: Executor, documents: SearchDocument[]): Promise<void>;
  remove(executor: Executor, resource: string, ids: string[]): Promise<void>;
  query(query: SearchQuery): Promise<SearchResult>;
  /** Recomputes derived index structures from the stored documents (after a restore from backup). */
  rebuild(): Promise<void>;
}
