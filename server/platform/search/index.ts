export { createSearchIndex, type SearchIndexOptions } from './search-index.ts';
export { escapeHtml, highlightText, snippetOf } from './highlight.ts';
export { MAX_QUERY_LENGTH } from './query-input.ts';
export type { SearchDocument, SearchHit, SearchIndex, SearchQuery, SearchResult } from './types.ts';
