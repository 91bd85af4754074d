/** Lower-cases a search term and drops LIKE wildcards, so a typed `%` or `_` cannot widen the match. */
export function foldForLike(value: string): string {
  return value.toLowerCase().replace(/[%_\\]/g, '');
}
