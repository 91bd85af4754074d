import { normaliseText } from '../../../common/search/fold.ts';
import { AppError, type FieldError } from '../errors.ts';
import type { SearchQuery, SearchSort } from './types.ts';

export const MAX_QUERY_LENGTH = 500;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;
export const MAX_PAGE = 100_000;
export const DEFAULT_FACET_LIMIT = 50;
export const MAX_FACET_LIMIT = 500;
/** Bounds on the facet part of a query, so one request cannot ask for unbounded work. */
export const MAX_FACETS = 20;
export const MAX_FILTER_VALUES = 200;

const SORTS: readonly SearchSort[] = ['relevance', 'date_desc', 'date_asc'];

export interface CheckedQuery {
  /** Empty: browsing. */
  text: string;
  /** Empty: every resource. */
  resources: string[];
  /** Facet → accepted values; facets given no values are dropped (they filter nothing). */
  filters: [string, string[]][];
  facetFields: string[];
  facetLimit: number;
  /** `all` internal documents, those under these path prefixes, or none (an empty list). */
  internal: 'all' | string[];
  authenticated: boolean;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

function integerIn(value: number | undefined, fallback: number, min: number, max: number, path: string, errors: FieldError[]): number {
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push({ path, code: 'out_of_range', message: `Expected a whole number from ${min} to ${max}` });
    return fallback;
  }
  return value;
}

function uniqueTexts(values: readonly string[]): string[] {
  return [...new Set(values.map(normaliseText))];
}

/**
 * Validates a query: over-long text is a `search_syntax` error like the query language's own,
 * everything else is collected into one `validation_failed` error.
 */
export function checkQuery(query: SearchQuery): CheckedQuery {
  const errors: FieldError[] = [];
  const text = typeof query.text === 'string' ? normaliseText(query.text).trim() : '';
  if (text.length > MAX_QUERY_LENGTH) {
    throw new AppError('search_syntax', 400, {
      fieldErrors: [{ path: 'text', code: 'too_big', message: `The search text may be at most ${MAX_QUERY_LENGTH} characters long` }],
    });
  }
  const sort = query.sort ?? 'relevance';
  if (!SORTS.includes(sort)) {
    errors.push({ path: 'sort', code: 'invalid_value', message: `Expected one of ${SORTS.join(', ')}` });
  }
  const filters: [string, string[]][] = [];
  const filterEntries = Object.entries(query.filters ?? {});
  if (filterEntries.length > MAX_FACETS) {
    errors.push({ path: 'filters', code: 'too_big', message: `At most ${MAX_FACETS} facets may be filtered on` });
  }
  for (const [facet, values] of filterEntries) {
    if (!Array.isArray(values) || values.some((value) => typeof value !== 'string') || values.length > MAX_FILTER_VALUES) {
      errors.push({ path: `filters.${facet}`, code: 'invalid_type', message: `Expected at most ${MAX_FILTER_VALUES} text values` });
    } else if (values.length > 0) {
      filters.push([normaliseText(facet), uniqueTexts(values)]);
    }
  }
  const facetFields = uniqueTexts(query.facetFields ?? []);
  if (facetFields.length > MAX_FACETS) {
    errors.push({ path: 'facetFields', code: 'too_big', message: `At most ${MAX_FACETS} facets may be counted` });
  }
  const page = integerIn(query.page, 1, 1, MAX_PAGE, 'page', errors);
  const pageSize = integerIn(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, 'pageSize', errors);
  const facetLimit = integerIn(query.facetLimit, DEFAULT_FACET_LIMIT, 1, MAX_FACET_LIMIT, 'facetLimit', errors);
  const resources = query.resource === undefined ? [] : uniqueTexts(typeof query.resource === 'string' ? [query.resource] : query.resource);
  // Browsing everything of every module at once is never what a screen means to ask.
  if (text.length === 0 && resources.length === 0 && filters.length === 0) {
    errors.push({ path: 'text', code: 'too_small', message: 'Enter something to search for' });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 400, { fieldErrors: errors });
  }
  const paths = query.includeInternal?.jurisdictionPaths ?? [];
  return {
    text,
    resources,
    filters,
    facetFields,
    facetLimit,
    // An empty path would be a prefix of everything; it is never a real scope, so it admits nothing.
    internal: paths === 'all' ? 'all' : [...new Set(paths.filter((path) => path.length > 0))],
    authenticated: query.includeAuthenticated === true,
    // Without text there is no relevance to sort by.
    sort: text.length === 0 && sort === 'relevance' ? 'date_desc' : sort,
    page,
    pageSize,
  };
}
