import { searchTerms } from './terms.ts';

/**
 * Ways of writing the same notion, as people type them. Any one finds documents written with any
 * other: "KHCN", "KH&CN", "KH-CN" and "khoa học và công nghệ" all meet. Entries are folded and
 * split like any text, so "KH&CN" and "KH-CN" both become the terms `kh cn`.
 *
 * Documents are indexed as written; the table is applied when a query is read (each variant found
 * in the query becomes "any of the group's variants", phrases included) and when a document is
 * highlighted (every variant is marked). Editing the table therefore needs no re-indexing.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['KHCN', 'KH&CN', 'KH-CN', 'khoa học và công nghệ', 'khoa học công nghệ'],
  ['ĐMST', 'đổi mới sáng tạo'],
  ['CNTT', 'công nghệ thông tin'],
  ['NCKH', 'nghiên cứu khoa học'],
  ['SHTT', 'sở hữu trí tuệ'],
  ['UBND', 'ủy ban nhân dân'],
  ['HĐND', 'hội đồng nhân dân'],
];

export interface SynonymMatch {
  /** How many terms of the input the variant covered. */
  length: number;
  /** The terms as found in the input. */
  found: readonly string[];
  /** Every variant of the group, the found one included, as term sequences. */
  variants: readonly (readonly string[])[];
}

export interface SynonymMatcher {
  /** The longest variant starting at `terms[at]`, if any. */
  matchAt(terms: readonly string[], at: number): SynonymMatch | null;
}

interface Entry {
  terms: readonly string[];
  variants: readonly (readonly string[])[];
}

export function createSynonymMatcher(groups: readonly (readonly string[])[]): SynonymMatcher {
  const byFirstTerm = new Map<string, Entry[]>();
  for (const group of groups) {
    const seen = new Set<string>();
    const variants: string[][] = [];
    for (const written of group) {
      const terms = searchTerms(written);
      const key = terms.join(' ');
      if (terms.length > 0 && !seen.has(key)) {
        seen.add(key);
        variants.push(terms);
      }
    }
    for (const terms of variants) {
      const first = terms[0] as string;
      const entries = byFirstTerm.get(first) ?? [];
      entries.push({ terms, variants });
      byFirstTerm.set(first, entries);
    }
  }
  for (const entries of byFirstTerm.values()) {
    entries.sort((a, b) => b.terms.length - a.terms.length);
  }
  return {
    matchAt(terms, at) {
      const entries = byFirstTerm.get(terms[at] ?? '');
      if (!entries) {
        return null;
      }
      for (const entry of entries) {
        if (entry.terms.every((term, k) => terms[at + k] === term)) {
          return { length: entry.terms.length, found: entry.terms, variants: entry.variants };
        }
      }
      return null;
    },
  };
}

export const synonyms: SynonymMatcher = createSynonymMatcher(SYNONYM_GROUPS);
