import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_VARIANTS, QuerySyntaxError, highlightPatterns, parseQuery, type ParsedQuery } from './query.ts';
import { createSynonymMatcher } from './synonyms.ts';

/** Each clause as a sorted list of `kind:terms` strings, for readable comparisons. */
function shape(query: ParsedQuery): string[][] {
  return query.clauses.map((clause) => clause.alternatives.map((a) => `${a.field ? `${a.field}/` : ''}${a.kind}:${a.terms.join(' ')}`).sort());
}

describe('parseQuery', () => {
  it('ANDs plain words, folded', () => {
    expect(shape(parseQuery('Đấu  thầu!'))).toEqual([['phrase:dau'], ['phrase:thau']]);
  });

  it('expands every way of writing KH&CN to all of them', () => {
    for (const written of ['KHCN', 'KH&CN', 'KH-CN', 'kh cn', 'khoa học và công nghệ', 'Khoa hoc cong nghe']) {
      const query = parseQuery(written);
      expect(query.clauses, written).toHaveLength(1);
      const alternatives = query.clauses[0]?.alternatives ?? [];
      expect(alternatives.map((a) => a.terms.join(' ')).sort(), written).toEqual(['kh cn', 'khcn', 'khoa hoc cong nghe', 'khoa hoc va cong nghe']);
      // Only the words as typed may match scattered; the other variants must stand together.
      expect(alternatives.filter((a) => a.kind === 'all').length, written).toBeLessThanOrEqual(1);
    }
    expect(shape(parseQuery('khoa học và công nghệ'))).toEqual([['all:khoa hoc va cong nghe', 'phrase:kh cn', 'phrase:khcn', 'phrase:khoa hoc cong nghe']]);
  });

  it('keeps the words around an abbreviation as their own clauses', () => {
    expect(shape(parseQuery('Sở KH&CN tỉnh'))).toEqual([['phrase:so'], ['all:kh cn', 'phrase:khcn', 'phrase:khoa hoc cong nghe', 'phrase:khoa hoc va cong nghe'], ['phrase:tinh']]);
  });

  it('reads quoted text as one phrase, straight or typographic quotes, with or without diacritics', () => {
    expect(shape(parseQuery('"công nghệ sinh học" tỉnh'))).toEqual([['phrase:cong nghe sinh hoc'], ['phrase:tinh']]);
    expect(shape(parseQuery('“cong nghe sinh hoc”'))).toEqual([['phrase:cong nghe sinh hoc']]);
  });

  it('refuses an unclosed quote, straight or typographic', () => {
    for (const text of ['bao cao "nong nghiep cao', '“nông nghiệp', 'title:"lua', '"a" "b']) {
      expect(() => parseQuery(text), text).toThrow(QuerySyntaxError);
      expect(() => parseQuery(text), text).toThrow(expect.objectContaining({ reason: 'unbalanced_quote' }));
    }
  });

  it('scopes a word or a quoted phrase to the field named before a colon', () => {
    expect(shape(parseQuery('title:lúa author:"Nguyễn Văn An" giống'))).toEqual([
      ['title/phrase:lua'],
      ['author/phrase:nguyen van an'],
      ['phrase:giong'],
    ]);
    // Field names ignore case; the scoped word runs to the next space, its parts kept together.
    expect(shape(parseQuery('TITLE:đấu-thầu'))).toEqual([['title/phrase:dau thau']]);
    expect(shape(parseQuery('title:KHCN'))).toEqual([
      ['title/phrase:kh cn', 'title/phrase:khcn', 'title/phrase:khoa hoc cong nghe', 'title/phrase:khoa hoc va cong nghe'],
    ]);
    // The same words inside and outside a field are different clauses.
    expect(shape(parseQuery('lua title:lua'))).toEqual([['phrase:lua'], ['title/phrase:lua']]);
  });

  it('reads a colon as a separator unless a field name sits right before it and a word right after', () => {
    expect(shape(parseQuery('Giải pháp: tiết kiệm'))).toEqual([['phrase:giai'], ['phrase:phap'], ['phrase:tiet'], ['phrase:kiem']]);
    expect(shape(parseQuery('10:30 http://x w:*'))).toEqual([['phrase:10'], ['phrase:30'], ['phrase:http'], ['phrase:x'], ['phrase:w']]);
    expect(shape(parseQuery('ab-title:x'))).toEqual([['phrase:ab'], ['title/phrase:x']]);
  });

  it('refuses a field name the caller does not know, but always knows title', () => {
    const isField = (name: string) => name === 'author';
    expect(() => parseQuery('isbn:978', { isField })).toThrow(expect.objectContaining({ reason: 'unknown_field', field: 'isbn' }));
    expect(shape(parseQuery('author:an title:lua', { isField }))).toEqual([['author/phrase:an'], ['title/phrase:lua']]);
  });

  it('expands abbreviations inside phrases into alternative phrases', () => {
    expect(shape(parseQuery('"Sở KHCN"'))).toEqual([['phrase:so kh cn', 'phrase:so khcn', 'phrase:so khoa hoc cong nghe', 'phrase:so khoa hoc va cong nghe']]);
  });

  it('bounds the alternatives of a phrase full of abbreviations', () => {
    const query = parseQuery('"KHCN UBND KHCN UBND KHCN"');
    expect(query.clauses[0]?.alternatives.length).toBeLessThanOrEqual(MAX_PHRASE_VARIANTS);
    expect(query.clauses[0]?.alternatives.map((a) => a.terms.join(' '))).toContain('khcn ubnd khcn ubnd khcn');
  });

  it('has no operators: FTS and tsquery syntax become plain words or nothing', () => {
    expect(shape(parseQuery('a OR b NOT c NEAR(d e) f* ^g title: h -i'))).toEqual(
      ['a', 'or', 'b', 'not', 'c', 'near', 'd', 'e', 'f', 'g', 'title', 'h', 'i'].map((t) => [`phrase:${t}`]),
    );
    expect(shape(parseQuery("x' & y | !z <-> w:*"))).toEqual(['x', 'y', 'z', 'w'].map((t) => [`phrase:${t}`]));
  });

  it('finds nothing to search in punctuation or empty quotes', () => {
    expect(parseQuery('*** ... "" ?').clauses).toEqual([]);
    expect(parseQuery('').clauses).toEqual([]);
  });

  it('drops repeated clauses', () => {
    expect(shape(parseQuery('tinh Tỉnh tính'))).toEqual([['phrase:tinh']]);
  });

  it('uses the table it is given', () => {
    const matcher = createSynonymMatcher([['TP', 'thành phố']]);
    expect(shape(parseQuery('TP Huế', { matcher }))).toEqual([['phrase:thanh pho', 'phrase:tp'], ['phrase:hue']]);
    expect(shape(parseQuery('KHCN', { matcher }))).toEqual([['phrase:khcn']]);
  });
});

describe('highlightPatterns', () => {
  it('marks phrases whole and the words of plain alternatives one by one', () => {
    const patterns = highlightPatterns(parseQuery('KH&CN "đấu thầu"'));
    expect(patterns).toEqual(
      expect.arrayContaining([['kh'], ['cn'], ['khcn'], ['khoa', 'hoc', 'va', 'cong', 'nghe'], ['dau', 'thau']]),
    );
    expect(patterns).not.toContainEqual(['dau']);
  });
});
