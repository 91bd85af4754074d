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
  /**
   * `public` documents are visible to anyone, `authenticated` ones to any signed-in user (the
   * caller says so with `includeAuthenticated`), `internal` ones only to actors the caller allows.
   */
  visibility: SearchVisibility;
  /** Searchable as the field `title` as well as by plain terms. */
  title: string;
  body: string;
  /**
   * Named text fields (author, publisher, keywords…), searchable by plain terms like the body and
   * on their own with `name:word` or `name:"a phrase"` in the query text. Names are ASCII letters
   * and digits, starting with a letter, at most 24 characters, compared without case; `title` is
   * reserved for the title.
   */
  fields?: Record<string, string>;
  facets: Record<string, string[]>;
  /** The record's own date (yyyy-mm-dd, or a full ISO time), for `date_desc`/`date_asc` sorting and browsing. */
  date?: string;
  updatedAt: string;
}

export type SearchVisibility = 'public' | 'authenticated' | 'internal';
export type SearchSort = 'relevance' | 'date_desc' | 'date_asc';

export interface SearchQuery {
  /** One resource or several (any of them); every resource when absent or empty. */
  resource?: string | string[];
  /**
   * Words (all required), `"phrases"`, `name:word` and `name:"phrase"` for one field. Blank text
   * browses: every visible document passing the resource and facet filters, newest date first
   * (`relevance` then means `date_desc`); blank text with neither resource nor filter is refused.
   */
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
  /** Whether `authenticated` documents may be returned (the caller is signed in); defaults to false. */
  includeAuthenticated?: boolean;
  /**
   * Defaults to `relevance`. Date sorts put documents without a date last; ties fall back to
   * relevance, then to the most recently updated.
   */
  sort?: SearchSort;
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
  /** Every matching document the caller may see, not just this page — up to the index's count cap. */
  total: number;
  /**
   * Present when more documents match than the index counts (`countCap`, 2,000 unless configured):
   * `total` is then the cap ("more than 2,000") and facet counts are those of a sample of that
   * many matches. Ranking and paging are not affected.
   */
  totalCapped?: true;
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
   * Throws `search_syntax` (400) for an unclosed quote, an unknown field name or text longer than
   * `MAX_QUERY_LENGTH`, and `validation_failed` (400) for bad paging, sort or filters, or blank text
   * with nothing else to browse by. Text without any searchable term (only punctuation) finds nothing.
   */
  query(query: SearchQuery): Promise<SearchResult>;
  /** Recomputes derived index structures from the stored documents (after a restore from backup). */
  rebuild(): Promise<void>;
}
