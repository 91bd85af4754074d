import { LIBRARY_SEARCH_SORTS, type LibraryFacet, type LibrarySearchSort } from '../../../../common/contracts/library.ts';
import { pageParam } from '../../components/paging.ts';

/** The URL parameter of each facet, named as the search API reads its filters. */
export const FACET_PARAMS = {
  type: 'type',
  year: 'year',
  field: 'field',
  organisation: 'organisation',
  program_area: 'programArea',
  access: 'access',
} as const satisfies Record<LibraryFacet, string>;
export type FacetParam = (typeof FACET_PARAMS)[LibraryFacet];
export const FACET_PARAM_NAMES = Object.values(FACET_PARAMS);

function isSort(value: string | null): value is LibrarySearchSort {
  return (LIBRARY_SEARCH_SORTS as readonly (string | null)[]).includes(value);
}

/** Bounds what a hand-edited URL can ask for; a facet never needs more ticked values than this. */
const MAX_VALUES_PER_FACET = 50;
const MAX_VALUE_LENGTH = 200;

export interface SearchState<F extends string> {
  q: string;
  sort: LibrarySearchSort;
  page: number;
  /** Ticked values per facet, in the order they were ticked; OR within a facet, AND across facets. */
  facets: Record<F, string[]>;
}

/**
 * Reads the search from the URL: `?q=…&type=article&type=thesis&year=2024&sort=date_desc&page=2`.
 * A facet is a repeated parameter, so a list of ticked values survives bookmarking and sharing.
 */
export function readSearchState<F extends string>(params: URLSearchParams, facetKeys: readonly F[]): SearchState<F> {
  const sort = params.get('sort');
  const facets = {} as Record<F, string[]>;
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .map((value) => value.trim())
      .filter((value) => value !== '' && value.length <= MAX_VALUE_LENGTH);
    facets[key] = [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
  }
  return {
    q: (params.get('q') ?? '').trim(),
    sort: isSort(sort) ? sort : 'relevance',
    page: pageParam(params.get('page')),
    facets,
  };
}

/** The URL parameters of a search; defaults are left out so equal searches have equal URLs. */
export function writeSearchState<F extends string>(state: SearchState<F>, facetKeys: readonly F[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') {
    params.set('q', state.q);
  }
  for (const key of facetKeys) {
    for (const value of state.facets[key]) {
      params.append(key, value);
    }
  }
  if (state.sort !== 'relevance') {
    params.set('sort', state.sort);
  }
  if (state.page > 1) {
    params.set('page', String(state.page));
  }
  return params;
}

/** Ticks or unticks one facet value; any change to what is searched starts again at the first page. */
export function toggleFacet<F extends string>(state: SearchState<F>, key: F, value: string): SearchState<F> {
  const current = state.facets[key];
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
  return { ...state, page: 1, facets: { ...state.facets, [key]: next } };
}

export function clearFacets<F extends string>(state: SearchState<F>): SearchState<F> {
  const facets = Object.fromEntries(Object.keys(state.facets).map((key) => [key, []])) as unknown as Record<F, string[]>;
  return { ...state, page: 1, facets };
}

export function activeFacetCount<F extends string>(state: SearchState<F>): number {
  return Object.values<string[]>(state.facets).reduce((sum, values) => sum + values.length, 0);
}

/** The search filtered on one value: browsing leads into the search rather than to a second list. */
export function browseLink(facet: LibraryFacet, value: string): string {
  return `/library?${new URLSearchParams({ [FACET_PARAMS[facet]]: value }).toString()}`;
}
