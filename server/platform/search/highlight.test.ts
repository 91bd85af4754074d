import { describe, expect, it } from 'vitest';
import { highlightPatterns, parseQuery } from '../../../common/search/query.ts';
import { escapeHtml, highlightText, snippetOf } from './highlight.ts';

const patternsOf = (text: string) => highlightPatterns(parseQuery(text));

describe('highlightText', () => {
  it('marks matches found without diacritics in the original accented text', () => {
    expect(highlightText('Gói thầu: Đấu thầu thiết bị', patternsOf('dau thau'))).toBe('Gói <mark>thầu</mark>: <mark>Đấu</mark> <mark>thầu</mark> thiết bị');
  });

  it('marks a phrase as one range, punctuation inside included', () => {
    expect(highlightText('Sở Khoa học và Công nghệ, Sở KH&CN', patternsOf('"KHCN"'))).toBe(
      'Sở <mark>Khoa học và Công nghệ</mark>, Sở <mark>KH&amp;CN</mark>',
    );
  });

  it('escapes markup in the text and inside marks', () => {
    const html = highlightText('<script>alert("x")</script> đấu <b>thầu</b>', patternsOf('script thau'));
    expect(html).toBe('&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; đấu &lt;b&gt;<mark>thầu</mark>&lt;/b&gt;');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
  });

  it('maps marks onto decomposed input through its NFC form', () => {
    expect(highlightText('Đấu thầu'.normalize('NFD'), patternsOf('thau'))).toBe('Đấu <mark>thầu</mark>');
  });

  it('does not mark a word that only begins like a term', () => {
    expect(highlightText('công nghệ, công nghiệp', patternsOf('"cong nghe"'))).toBe('<mark>công nghệ</mark>, công nghiệp');
  });

  it('collapses line breaks and runs of spaces', () => {
    expect(highlightText('a\n\n  b', patternsOf('b'))).toBe('a <mark>b</mark>');
  });
});

describe('snippetOf', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `từ${i}`).join(' ');

  it('returns a short body whole', () => {
    expect(snippetOf('Hồ sơ đấu thầu.', patternsOf('dau thau'))).toBe('Hồ sơ <mark>đấu</mark> <mark>thầu</mark>.');
  });

  it('opens a long body at its beginning when the match is near it', () => {
    const snippet = snippetOf(`Đấu thầu ${filler(200)}`, patternsOf('dau'));
    expect(snippet.startsWith('<mark>Đấu</mark> thầu')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('centres on a match deep in the body, cut at word boundaries, with ellipses', () => {
    const body = `${filler(150)} gói đấu thầu <thiết bị> ${filler(150)}`;
    const snippet = snippetOf(body, patternsOf('"dau thau"'));
    expect(snippet).toMatch(/^… từ\d+ /);
    expect(snippet).toContain('gói <mark>đấu thầu</mark> &lt;thiết bị&gt;');
    expect(snippet).toMatch(/ từ\d+ …$/);
    const visible = snippet.replace(/<\/?mark>/g, '').replace(/&lt;|&gt;/g, '<');
    expect(visible.length).toBeLessThanOrEqual(240 + 4);
  });

  it('shows the beginning when only the title matched', () => {
    const snippet = snippetOf(filler(200), patternsOf('khong co'));
    expect(snippet.startsWith('từ0 từ1')).toBe(true);
    expect(snippet).not.toContain('<mark>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
