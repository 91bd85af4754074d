import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../common/search/query.ts';
import { quotedTerm } from './backend.ts';
import { postgresBackend, vectorLiteral } from './postgres-backend.ts';
import { sqliteBackend } from './sqlite-backend.ts';

describe('query compilation', () => {
  const query = parseQuery('"đấu thầu" KH&CN tỉnh');

  it('quotes every term for FTS5 and keeps phrases in one pair of quotes', () => {
    expect(sqliteBackend.compile(query)).toBe(
      '("dau thau") AND (("kh" AND "cn") OR "khcn" OR "khoa hoc va cong nghe" OR "khoa hoc cong nghe") AND ("tinh")',
    );
  });

  it('quotes every lexeme for tsquery and chains phrases with <->', () => {
    expect(postgresBackend.compile(query)).toBe(
      "(('dau' <-> 'thau')) & (('kh' & 'cn') | ('khcn') | ('khoa' <-> 'hoc' <-> 'va' <-> 'cong' <-> 'nghe') | ('khoa' <-> 'hoc' <-> 'cong' <-> 'nghe')) & (('tinh'))",
    );
  });

  it('leaves nothing of what users type outside quotes but the operators it adds itself', () => {
    for (const text of [`" * NEAR( OR '; drop table search_documents; -- a:* !b`, `x OR y NOT z' | !w <-> v:* ^u col:t`]) {
      const hostile = parseQuery(text);
      expect(sqliteBackend.compile(hostile).replace(/"[\p{L}\p{N} ]+"/gu, '')).toMatch(/^(\(|\)| AND | OR )*$/);
      expect(postgresBackend.compile(hostile).replace(/'[\p{L}\p{N}]+'/gu, '')).toMatch(/^(\(|\)| & | \| | <-> )*$/);
    }
  });

  it('refuses to quote anything but a single term', () => {
    expect(() => quotedTerm('a"b', '"')).toThrow();
    expect(() => quotedTerm("a' | 'b", "'")).toThrow();
    expect(quotedTerm('dau', "'")).toBe("'dau'");
  });
});

describe('vectorLiteral', () => {
  it('weights title A and body B, with a gap so phrases never span both', () => {
    expect(vectorLiteral(['dau', 'thau'], ['thau', 'thiet', 'bi'])).toBe("'dau':1A 'thau':2A,4B 'thiet':5B 'bi':6B");
  });

  it('is empty for a document without terms', () => {
    expect(vectorLiteral([], [])).toBe('');
  });
});
