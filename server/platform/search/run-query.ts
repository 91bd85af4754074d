import { sql, type RawBuilder } from 'kysely';
import { highlightPatterns, parseQuery } from '../../../common/search/query.ts';
import type { Db, Tx } from '../db/client.ts';
import type { SearchBackend } from './backend.ts';
import { highlightText, snippetOf } from './highlight.ts';
import { checkQuery, type CheckedQuery } from './query-input.ts';
import type { SearchQuery, SearchResult } from './types.ts';

/**
 * Runs a query as three statements over one snapshot: the page (with the total as a window
 * count), the total again only when the page lies past the end, and the facet counts. Each
 * statement re-applies the full-text match and every restriction, visibility included, so
 * totals and facets never count a document the page could not show.
 */

function emptyFacets(fields: readonly string[]): SearchResult['facets'] {
  return Object.fromEntries(fields.map((field) => [field, []]));
}

function visible(internal: CheckedQuery['internal']): RawBuilder<unknown> {
  if (internal === 'all') {
    return sql`1 = 1`;
  }
  // Code points on both sides: substr counts characters in SQLite and PostgreSQL alike.
  const prefixes = internal.map((path) => sql`substr(d.jurisdiction_path, 1, ${[...path].length}) = ${path}`);
  return sql`(${sql.join([sql`d.visibility = 'public'`, ...prefixes], sql` or `)})`;
}

function conditions(backend: SearchBackend, query: CheckedQuery, compiled: string): RawBuilder<unknown> {
  const parts = [backend.matches(compiled), visible(query.internal)];
  if (query.resources.length > 0) {
    parts.push(sql`d.resource in (${sql.join(query.resources)})`);
  }
  for (const [facet, values] of query.filters) {
    parts.push(sql`exists (select 1 from search_facets f where f.doc_no = d.doc_no and f.facet = ${facet} and f.value in (${sql.join(values)}))`);
  }
  return sql.join(parts, sql` and `);
}

interface PageRow {
  resource: string;
  id: string;
  score: number;
  total: number;
  title: string;
  body: string;
}

async function selectPage(tx: Tx, backend: SearchBackend, query: CheckedQuery, compiled: string): Promise<PageRow[]> {
  const order = (prefix: RawBuilder<unknown>) =>
    sql`${prefix}score desc, ${prefix}updated_at desc, ${prefix}resource ${backend.byteOrder}, ${prefix}id ${backend.byteOrder}`;
  const result = await sql<PageRow>`
    with matched as (
      select d.doc_no, d.resource, d.id, d.updated_at, ${backend.score(compiled)} as score
      from ${backend.from} where ${conditions(backend, query, compiled)}
    ),
    page as (
      select doc_no, resource, id, updated_at, score, count(*) over () as total
      from matched order by ${order(sql``)}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
    )
    select p.resource, p.id, p.score, p.total, d.title, d.body
    from page p join search_documents d on d.doc_no = p.doc_no
    order by ${order(sql`p.`)}`.execute(tx);
  return result.rows;
}

async function countMatches(tx: Tx, backend: SearchBackend, query: CheckedQuery, compiled: string): Promise<number> {
  const result = await sql<{ n: number }>`
    select count(*) as n from ${backend.from} where ${conditions(backend, query, compiled)}`.execute(tx);
  return Number(result.rows[0]?.n ?? 0);
}

async function countFacets(tx: Tx, backend: SearchBackend, query: CheckedQuery, compiled: string): Promise<SearchResult['facets']> {
  const facets = emptyFacets(query.facetFields);
  if (query.facetFields.length === 0) {
    return facets;
  }
  const result = await sql<{ facet: string; value: string; n: number }>`
    with matched as (
      select d.doc_no from ${backend.from} where ${conditions(backend, query, compiled)}
    ),
    counted as (
      select f.facet, f.value, count(*) as n
      from matched m join search_facets f on f.doc_no = m.doc_no
      where f.facet in (${sql.join(query.facetFields)})
      group by f.facet, f.value
    ),
    ranked as (
      select facet, value, n, row_number() over (partition by facet order by n desc, value ${backend.byteOrder}) as facet_rank
      from counted
    )
    select facet, value, n from ranked where facet_rank <= ${query.facetLimit}
    order by facet, n desc, value ${backend.byteOrder}`.execute(tx);
  for (const row of result.rows) {
    facets[row.facet]?.push({ value: row.value, count: Number(row.n) });
  }
  return facets;
}

export async function runQuery(db: Db, backend: SearchBackend, input: SearchQuery): Promise<SearchResult> {
  const query = checkQuery(input);
  const parsed = parseQuery(query.text);
  if (parsed.clauses.length === 0) {
    return { total: 0, hits: [], facets: emptyFacets(query.facetFields) };
  }
  const compiled = backend.compile(parsed);
  const patterns = highlightPatterns(parsed);
  // One snapshot for all statements (SQLite's driver ignores the settings; its transaction is one anyway).
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const rows = await selectPage(tx, backend, query, compiled);
      const total = rows[0] ? Number(rows[0].total) : query.page > 1 ? await countMatches(tx, backend, query, compiled) : 0;
      const facets = total > 0 ? await countFacets(tx, backend, query, compiled) : emptyFacets(query.facetFields);
      return {
        total,
        hits: rows.map((row) => ({
          resource: row.resource,
          id: row.id,
          title: row.title,
          score: Number(row.score),
          titleHighlighted: highlightText(row.title, patterns),
          snippet: snippetOf(row.body, patterns),
        })),
        facets,
      };
    });
}
