import {
  LIBRARY_FACETS,
  type LibraryBrowseDimension,
  type LibraryFacet,
  type TLibraryBrowse,
  type TLibrarySearchQuery,
  type TLibrarySearchResult,
} from '../../../common/contracts/library.ts';
import { t } from '../../../common/i18n/index.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { scopeOf } from '../../platform/access/policy.ts';
import type { Platform } from '../../platform/platform.ts';
import type { SearchQuery, SearchResult } from '../../platform/search/types.ts';
import { contributorName, loadBundles, loadRefs } from './library.bundle.ts';
import { organisationRef } from './library.presenter.ts';
import { fieldRefs, organisationRefs, recordsByIds } from './library.repository.ts';
import { LIBRARY_RESOURCE } from './library.search.ts';
import type { ServiceContext } from './library.service.ts';

/**
 * Which documents the caller's search admits: public ones always, `authenticated` ones to any
 * signed-in user, internal ones (restricted or embargoed records) where the caller may read
 * restricted records or curate. The index applies this itself, so totals and facet counts never
 * include a record the caller could not open.
 */
export function visibilityOf(actor: Actor): Pick<SearchQuery, 'includeAuthenticated' | 'includeInternal'> {
  const readers = [scopeOf(actor, 'library.read_restricted'), scopeOf(actor, 'library.curate')];
  const all = readers.some((scope) => scope.all);
  const paths = [...new Set(readers.flatMap((scope) => scope.jurisdictionPaths))];
  return {
    includeAuthenticated: actor.kind !== 'anonymous',
    ...(all ? { includeInternal: { jurisdictionPaths: 'all' as const } } : paths.length > 0 ? { includeInternal: { jurisdictionPaths: paths } } : {}),
  };
}

type FacetCounts = SearchResult['facets'];

async function labelFacets(platform: Platform, locale: Locale, facets: FacetCounts): Promise<TLibrarySearchResult['facets']> {
  const [fields, organisations] = await Promise.all([
    fieldRefs(platform.db, (facets['field'] ?? []).map((entry) => entry.value)),
    organisationRefs(platform.db, (facets['organisation'] ?? []).map((entry) => entry.value)),
  ]);
  const label = (facet: string, value: string): string => {
    switch (facet as LibraryFacet) {
      case 'type':
        return t(locale, `library.types.${value}`);
      case 'program_area':
        return t(locale, `library.programAreas.${value}`);
      case 'access':
        return t(locale, `library.accessLevels.${value}`);
      case 'field': {
        const field = fields.get(value);
        return field ? (locale === 'en' ? field.name_en : field.name_vi) : value;
      }
      case 'organisation':
        return organisations.get(value)?.name_vi ?? value;
      case 'year':
        return value;
    }
  };
  return Object.fromEntries(
    Object.entries(facets).map(([facet, entries]) => [facet, entries.map((entry) => ({ value: entry.value, label: label(facet, entry.value), count: entry.count }))]),
  );
}

export function createLibrarySearchService(platform: Platform) {
  return {
    async search(ctx: ServiceContext, query: TLibrarySearchQuery): Promise<TLibrarySearchResult> {
      const filters: Record<string, string[]> = {
        type: query.type,
        year: query.year.map(String),
        field: query.field,
        organisation: query.organisation,
        program_area: query.programArea,
        access: query.access,
      };
      const result = await platform.search.query({
        resource: LIBRARY_RESOURCE,
        text: query.q,
        filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
        facetFields: [...LIBRARY_FACETS],
        sort: query.sort,
        page: query.page,
        pageSize: query.pageSize,
        ...visibilityOf(ctx.actor),
      });
      const rows = await recordsByIds(platform.db, result.hits.map((hit) => hit.id));
      const bundles = await loadBundles(platform.db, [...rows.values()]);
      const refs = await loadRefs(platform.db, bundles);
      const byId = new Map(bundles.map((bundle) => [bundle.row.id, bundle]));
      const items = result.hits.flatMap((hit) => {
        const bundle = byId.get(hit.id);
        if (!bundle) {
          return [];
        }
        return [
          {
            id: hit.id,
            type: bundle.row.type,
            title: hit.title,
            titleHighlighted: hit.titleHighlighted,
            snippet: hit.snippet,
            authors: bundle.contributors.map((contributor) => contributorName(contributor, refs)),
            issuedYear: bundle.row.issued_year,
            accessLevel: bundle.row.access_level,
            organisation: organisationRef(refs, bundle.row.organisation_id),
            score: hit.score,
          },
        ];
      });
      return { items, total: result.total, page: query.page, pageSize: query.pageSize, facets: await labelFacets(platform, ctx.actor.locale, result.facets) };
    },

    /** Counts of the records the caller may see, by one dimension, for the browse pages. */
    async browse(ctx: ServiceContext, dimension: LibraryBrowseDimension): Promise<TLibraryBrowse> {
      const result = await platform.search.query({
        resource: LIBRARY_RESOURCE,
        text: '',
        facetFields: [dimension],
        facetLimit: 500,
        page: 1,
        pageSize: 1,
        ...visibilityOf(ctx.actor),
      });
      const labelled = await labelFacets(platform, ctx.actor.locale, { [dimension]: result.facets[dimension] ?? [] });
      const items = labelled[dimension] ?? [];
      if (dimension === 'year') {
        items.sort((a, b) => b.value.localeCompare(a.value));
      }
      return { dimension, items };
    },
  };
}

export type LibrarySearchService = ReturnType<typeof createLibrarySearchService>;
