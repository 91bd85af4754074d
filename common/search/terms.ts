import { foldText } from './fold.ts';

/**
 * Search terms are the runs of letters and digits of folded text; everything else separates them.
 * The index stores only these terms, joined by single spaces, so the database's own tokenizer
 * can never cut text differently from this one and a term can never carry query syntax.
 */
const TERM = /[\p{L}\p{N}]+/gu;
const TERM_ONLY = /^[\p{L}\p{N}]+$/u;

/** Longer runs (hashes, pasted garbage) are neither indexed nor searched, on both databases alike. */
export const MAX_TERM_LENGTH = 64;

export interface TermSpan {
  term: string;
  /** Range in the folded text. */
  start: number;
  end: number;
}

/** Terms of already folded text, with their positions for highlighting. */
export function termSpans(folded: string): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const match of folded.matchAll(TERM)) {
    const term = match[0];
    if (term.length <= MAX_TERM_LENGTH) {
      spans.push({ term, start: match.index, end: match.index + term.length });
    }
  }
  return spans;
}

/** Terms of raw text: folds, then splits. */
export function searchTerms(text: string): string[] {
  const terms = foldText(text).match(TERM) ?? [];
  return terms.some((term) => term.length > MAX_TERM_LENGTH) ? terms.filter((term) => term.length <= MAX_TERM_LENGTH) : terms;
}

/** Whether a string is a single term, i.e. safe to quote into a full-text query as it is. */
export function isTerm(value: string): boolean {
  return value.length <= MAX_TERM_LENGTH && TERM_ONLY.test(value);
}
