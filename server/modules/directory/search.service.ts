import type { TDirectorySearchQuery, TDirectorySearchResult } from '../../../common/contracts/directory.ts';
import type { Platform } from '../../platform/platform.ts';
import { ORGANISATION_RESOURCE, PERSON_RESOURCE } from './directory.search.ts';
import type { ServiceContext } from './organisations.service.ts';

const FACETS_BY_TYPE = {
  organisation: ['kind', 'jurisdiction'],
  person: ['degree', 'field', 'jurisdiction'],
} as const;

/** Searches people and organisations through the platform index; their documents are all public. */
export function createDirectorySearchService(platform: Platform) {
  return {
    async search(_ctx: ServiceContext, query: Omit<TDirectorySearchQuery, 'facets'> & { facets?: boolean }): Promise<TDirectorySearchResult> {
      const filters: Record<string, string[]> = {};
      if (query.kind) {
        filters['kind'] = [query.kind];
      }
      if (query.degree) {
        filters['degree'] = [query.degree];
      }
      if (query.field) {
        filters['field'] = [query.field];
      }
      if (query.jurisdictionId) {
        filters['jurisdiction'] = [query.jurisdictionId];
      }
      const allFacets = query.type ? [...FACETS_BY_TYPE[query.type]] : ['kind', 'degree', 'field', 'jurisdiction'];
      const facetFields = query.facets ? allFacets : [];
      const result = await platform.search.query({
        // Both directory resources when no type is asked for, which keeps other modules' documents out.
        resource: query.type ?? [PERSON_RESOURCE, ORGANISATION_RESOURCE],
        text: query.q,
        filters,
        facetFields,
        page: query.page,
        pageSize: query.pageSize,
      });
      return {
        items: result.hits.flatMap((hit) =>
          hit.resource === PERSON_RESOURCE || hit.resource === ORGANISATION_RESOURCE
            ? [{ type: hit.resource, id: hit.id, title: hit.title, titleHighlighted: hit.titleHighlighted, snippet: hit.snippet, score: hit.score }]
            : [],
        ),
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        facets: result.facets,
      };
    },
  };
}
