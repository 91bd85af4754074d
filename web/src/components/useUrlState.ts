import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { pageParam } from './paging.ts';

/**
 * List filters kept in the URL, so a filtered list can be bookmarked, shared and restored with the
 * back button. Changing any filter other than the page goes back to the first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  const page = pageParam(params.get('page'));

  const setFilters = useCallback(
    (changes: Partial<Record<K | 'page', string | number | null>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes) as [string, string | number | null | undefined][]) {
            if (value === null || value === undefined || value === '') {
              next.delete(key);
            } else {
              next.set(key, String(value));
            }
          }
          if (!('page' in changes)) {
            next.delete('page');
          }
          return next;
        },
        { replace: !('page' in changes) },
      );
    },
    [setParams],
  );

  return { filters, page, setFilters, setPage: (value: number) => setFilters({ page: value } as Partial<Record<K | 'page', number>>) };
}
