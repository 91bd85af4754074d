import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, isTerm, searchTerms, termSpans } from './terms.ts';

describe('search terms', () => {
  it('splits folded text on everything but letters and digits', () => {
    expect(searchTerms('Sở KH&CN-2025: "đấu thầu" (e-HSDT)')).toEqual(['so', 'kh', 'cn', '2025', 'dau', 'thau', 'e', 'hsdt']);
  });

  it('reports positions in the folded text', () => {
    expect(termSpans('ab, cd')).toEqual([
      { term: 'ab', start: 0, end: 2 },
      { term: 'cd', start: 4, end: 6 },
    ]);
  });

  it('drops over-long runs', () => {
    const long = 'x'.repeat(MAX_TERM_LENGTH + 1);
    expect(searchTerms(`a ${long} b`)).toEqual(['a', 'b']);
    expect(searchTerms('x'.repeat(MAX_TERM_LENGTH))).toHaveLength(1);
  });

  it('finds no terms in punctuation', () => {
    expect(searchTerms('!!! *** "" -- ...')).toEqual([]);
  });

  it('recognises single terms only', () => {
    expect(isTerm('khcn')).toBe(true);
    expect(isTerm('kh cn')).toBe(false);
    expect(isTerm('a"b')).toBe(false);
    expect(isTerm("a'b")).toBe(false);
    expect(isTerm('')).toBe(false);
  });
});
