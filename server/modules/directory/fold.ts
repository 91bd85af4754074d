import { foldText } from '../../../common/search/index.ts';

/**
 * Name folding for the directory's word-prefix lists: the platform's `foldText` (the one folding
 * for indexing and queries alike), then every run of punctuation or spacing made one space. The
 * lists match with LIKE on word starts, so the stored form must hold only letters, digits and
 * single spaces: "Y - Dược" is stored as "y duoc", and no `%` or `_` typed by a user survives into
 * a pattern. Stored names and typed queries both go through here.
 */
export function foldName(value: string): string {
  return foldText(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded name and aliases as one string, so a word-prefix match finds any of them. */
export function foldKeywords(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map(foldName)
    .join(' | ');
}
