import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { decodeEntities, Highlighted, parseHighlight } from './highlight.tsx';
import { activeFacetCount, clearFacets, readSearchState, toggleFacet, writeSearchState } from './searchState.ts';

describe('parseHighlight', () => {
  it('splits marked matches from the escaped text around them', () => {
    expect(parseHighlight('Gói <mark>thầu</mark>: &lt;b&gt; <mark>Đấu</mark>')).toEqual([
      { text: 'Gói ', marked: false },
      { text: 'thầu', marked: true },
      { text: ': <b> ', marked: false },
      { text: 'Đấu', marked: true },
    ]);
  });

  it('reads every reference the server escapes with', () => {
    expect(decodeEntities('KH&amp;CN &quot;x&quot; &#39;y&#x27; &lt;&gt;')).toBe(`KH&CN "x" 'y' <>`);
    expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; &#0; &#xD800;');
  });

  it('joins neighbouring parts of the same kind', () => {
    expect(parseHighlight('<mark>a</mark><mark>b</mark>c')).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
    ]);
  });
});

describe('Highlighted', () => {
  const render = (html: string) => renderToStaticMarkup(createElement(Highlighted, { html }));

  it('renders the marks and nothing else as markup', () => {
    expect(render('Sở <mark>KH&amp;CN</mark>')).toBe('Sở <mark>KH&amp;CN</mark>');
  });

  it('shows a tag that slipped through unescaped as text, never as an element', () => {
    const html = render('<img src=x onerror=alert(1)><mark><script>alert(2)</script></mark>&lt;b&gt;');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>&lt;script&gt;alert(2)&lt;/script&gt;</mark>&lt;b&gt;');
  });

  it('does not let an escaped mark become a real one', () => {
    expect(render('&lt;mark&gt;x&lt;/mark&gt;')).toBe('&lt;mark&gt;x&lt;/mark&gt;');
  });
});

describe('search state in the URL', () => {
  const keys = ['type', 'year'] as const;

  it('reads repeated facet parameters as ticked values, ignoring blanks and duplicates', () => {
    const state = readSearchState(new URLSearchParams('q=%20che%20&type=article&type=thesis&type=article&type=&year=2024&sort=date_desc&page=3'), keys);
    expect(state).toEqual({ q: 'che', sort: 'date_desc', page: 3, facets: { type: ['article', 'thesis'], year: ['2024'] } });
  });

  it('falls back to relevance and the first page for anything else', () => {
    const state = readSearchState(new URLSearchParams('sort=random&page=-1'), keys);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.facets).toEqual({ type: [], year: [] });
  });

  it('writes the same URL back, leaving defaults out', () => {
    const text = 'q=ch%C3%A8+th%C3%A1i+nguy%C3%AAn&type=article&type=thesis&year=2024&sort=date_desc&page=2';
    expect(writeSearchState(readSearchState(new URLSearchParams(text), keys), keys).toString()).toBe(text);
    expect(writeSearchState(readSearchState(new URLSearchParams(''), keys), keys).toString()).toBe('');
  });

  it('ticks and unticks a value and goes back to the first page', () => {
    const start = readSearchState(new URLSearchParams('type=article&page=4'), keys);
    const ticked = toggleFacet(start, 'type', 'thesis');
    expect(ticked.facets.type).toEqual(['article', 'thesis']);
    expect(ticked.page).toBe(1);
    expect(toggleFacet(ticked, 'type', 'article').facets.type).toEqual(['thesis']);
    expect(activeFacetCount(ticked)).toBe(2);
    expect(activeFacetCount(clearFacets(ticked))).toBe(0);
  });

  it('bounds what a hand-made URL can ask for', () => {
    const many = new URLSearchParams(Array.from({ length: 80 }, (_, i) => `year=${2000 + i}`).join('&'));
    expect(readSearchState(many, keys).facets.year).toHaveLength(50);
    expect(readSearchState(new URLSearchParams(`type=${'x'.repeat(300)}`), keys).facets.type).toEqual([]);
  });
});
