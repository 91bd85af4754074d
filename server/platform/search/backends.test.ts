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
    for (const text of [`"*" NEAR( OR '; drop table search_documents; -- a:* !b`, `x OR y NOT z' | !w <-> v:* ^u col:t`]) {
      const hostile = parseQuery(text);
      expect(sqliteBackend.compile(hostile).replace(/"[\p{L}\p{N} ]+"/gu, '')).toMatch(/^(\(|\)| AND | OR )*$/);
      expect(postgresBackend.compile(hostile).replace(/'[\p{L}\p{N}]+'/gu, '')).toMatch(/^(\(|\)| & | \| | <-> )*$/);
    }
  });

  it('scopes title terms to the title column or weight, and named fields to their tokens', () => {
    const scoped = parseQuery('title:lúa author:"Nguyễn An"');
    expect(sqliteBackend.compile(scoped)).toBe('(title : "lua") AND ("f6authornguyen f6authoran")');
    expect(postgresBackend.compile(scoped)).toBe("(('lua':A)) & (('f6authornguyen' <-> 'f6authoran'))");
  });

  it('refuses to quote anything but a single term', () => {
    expect(() => quotedTerm('a"b', '"')).toThrow();
    expect(() => quotedTerm("a' | 'b", "'")).toThrow();
    expect(quotedTerm('dau', "'")).toBe("'dau'");
  });
});

describe('vectorLiteral', () => {
  it('weights title A and body B, with a gap so phrases never span both', () => {
    expect(vectorLiteral({ titleTerms: ['dau', 'thau'], bodyTerms: ['thau', 'thiet', 'bi'], fieldTokens: [] })).toBe("'dau':1A 'thau':2A,4B 'thiet':5B 'bi':6B");
  });

  it('puts field tokens after the body, with weight D and a gap', () => {
    expect(vectorLiteral({ titleTerms: ['lua'], bodyTerms: ['an'], fieldTokens: ['f6authoran'] })).toBe("'lua':1A 'an':3B 'f6authoran':5D");
  });

  it('is empty for a document without terms', () => {
    expect(vectorLiteral({ titleTerms: [], bodyTerms: [], fieldTokens: [] })).toBe('');
  });
});
