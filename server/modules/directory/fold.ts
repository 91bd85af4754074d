/**
 * Folds text for name matching: no diacritics (đ → d included, which Unicode does not decompose),
 * lower case, punctuation as spaces. Stored names and typed queries go through the same function,
 * so "dai hoc thai nguyen" meets "Đại học Thái Nguyên" and "y duoc" meets "Y - Dược".
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded name and aliases as one string, so a word-prefix match finds any of them. */
export function foldKeywords(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map(foldText)
    .join(' | ');
}
