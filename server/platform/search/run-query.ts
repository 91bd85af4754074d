import { sql, type RawBuilder } from 'kysely';
import { highlightPatterns, parseQuery, QuerySyntaxError, TITLE_FIELD, type ParsedQuery } from '../../../common/search/query.ts';
import type { Db, Tx } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { SearchBackend } from './backend.ts';
import { highlightText, snippetOf } from './highlight.ts';
import { checkQuery, type CheckedQuery } from './query-input.ts';
import type { SearchQuery, SearchResult } from './types.ts';

/**
 * Runs a query as at most two statements over one snapshot: the page, then the total and facet
 * counts together (skipped when a first page with room to spare already holds every match and no
 * facets are asked for). Each statement re-applies the full-text match and every restriction,
 * visibility included, so totals and facets never count a document the page could not show.
 *
 * Totals and facets are counted over at most `countCap` matches: past that, counting every match
 * of a few common words would cost more than ranking them, so the result says `totalCapped` and
 * its facet counts are those of the first `countCap` matches in index order — a sample, not the
 * best-ranked ones, which keeps the proportions honest.
 */

function emptyFacets(fields: readonly string[]): SearchResult['facets'] {
  return Object.fromEntries(fields.map((field) => [field, []]));
}

/**
 * How a query reaches the documents: through the full-text match, or, when browsing without text,
 * straight from the document table with every score equal.
 */
interface Plan {
  from: RawBuilder<unknown>;
  match: RawBuilder<unknown> | null;
  score: RawBuilder<number>;
}

function planOf(backend: SearchBackend, compiled: string | null): Plan {
  return compiled === null
    ? { from: sql`search_documents d`, match: null, score: sql<number>`0` }
    : { from: backend.from, match: backend.matches(compiled), score: backend.score(compiled) };
}

function visible(query: CheckedQuery): RawBuilder<unknown> {
  const { internal } = query;
  const admitted = [sql`d.visibility = 'public'`];
  if (query.authenticated) {
    admitted.push(sql`d.visibility = 'authenticated'`);
  }
  if (internal === 'all') {
    admitted.push(sql`d.visibility = 'internal'`);
  } else {
    // Code points on both sides: substr counts characters in SQLite and PostgreSQL alike.
    const prefixes = internal.map((path) => sql`substr(d.jurisdiction_path, 1, ${[...path].length}) = ${path}`);
    if (prefixes.length > 0) {
      admitted.push(sql`(d.visibility = 'internal' and (${sql.join(prefixes, sql` or `)}))`);
    }
  }
  return sql`(${sql.join(admitted, sql` or `)})`;
}

function conditions(plan: Plan, query: CheckedQuery): RawBuilder<unknown> {
  const parts = [...(plan.match ? [plan.match] : []), visible(query)];
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
  title: string;
  body: string;
}

function orderBy(backend: SearchBackend, query: CheckedQuery, prefix: RawBuilder<unknown>): RawBuilder<unknown> {
  const relevance = sql`${prefix}score desc, ${prefix}updated_at desc, ${prefix}resource ${backend.byteOrder}, ${prefix}id ${backend.byteOrder}`;
  if (query.sort === 'relevance') {
    return relevance;
  }
  return sql`${prefix}date ${query.sort === 'date_asc' ? sql`asc` : sql`desc`} nulls last, ${relevance}`;
}

async function selectPage(tx: Tx, backend: SearchBackend, plan: Plan, query: CheckedQuery): Promise<PageRow[]> {
  const result = await sql<PageRow>`
    with matched as (
      select d.doc_no, d.resource, d.id, d.updated_at, d.date, ${plan.score} as score
      from ${plan.from} where ${conditions(plan, query)}
    ),
    page as (
      select doc_no, resource, id, updated_at, date, score
      from matched order by ${orderBy(backend, query, sql``)}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
    )
    select p.resource, p.id, p.score, d.title, d.body
    from page p join search_documents d on d.doc_no = p.doc_no
    order by ${orderBy(backend, query, sql`p.`)}`.execute(tx);
  return result.rows;
}

interface Counts {
  /** Matches counted, at most `cap + 1`: above the cap means "more than `cap`". */
  matches: number;
  facets: SearchResult['facets'];
}

/**
 * Counts the matches and their facet values in one pass over at most `cap + 1` of them, so a
 * query of common words reads the full-text index once for both, and never more than that.
 */
async function countMatchesAndFacets(tx: Tx, backend: SearchBackend, plan: Plan, query: CheckedQuery, cap: number): Promise<Counts> {
  const facets = emptyFacets(query.facetFields);
  const facetRows =
    query.facetFields.length === 0
      ? sql``
      : sql`union all
        select facet, value, n from (
          select facet, value, n, row_number() over (partition by facet order by n desc, value ${backend.byteOrder}) as facet_rank
          from (
            select f.facet, f.value, count(*) as n
            from (select doc_no from matched limit ${cap}) m join search_facets f on f.doc_no = m.doc_no
            where f.facet in (${sql.join(query.facetFields)})
            group by f.facet, f.value
          ) counted
        ) ranked
        where facet_rank <= ${query.facetLimit}`;
  // The row with a null facet carries the number of matches.
  const result = await sql<{ facet: string | null; value: string | null; n: number }>`
    with matched as (
      select d.doc_no from ${plan.from} where ${conditions(plan, query)} limit ${cap + 1}
    )
    select null as facet, null as value, count(*) as n from matched
    ${facetRows}`.execute(tx);
  let matches = 0;
  for (const row of result.rows) {
    if (row.facet === null) {
      matches = Number(row.n);
    } else {
      facets[row.facet]?.push({ value: row.value ?? '', count: Number(row.n) });
    }
  }
  for (const values of Object.values(facets)) {
    values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return { matches, facets };
}

function syntaxError(code: string, message: string): AppError {
  return new AppError('search_syntax', 400, { fieldErrors: [{ path: 'text', code, message }] });
}

/** Reads the text; a field name is known when some document has used it. */
async function parseText(db: Db, text: string): Promise<ParsedQuery> {
  let parsed: ParsedQuery;
  try {
    parsed = parseQuery(text);
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw syntaxError(error.reason, error.message);
    }
    throw error;
  }
  const named = new Set(parsed.clauses.flatMap((clause) => clause.alternatives.flatMap((alternative) => alternative.field ?? [])));
  named.delete(TITLE_FIELD);
  if (named.size > 0) {
    const known = await db.selectFrom('search_field_names').select('name').where('name', 'in', [...named]).execute();
    const unknown = [...named].find((name) => !known.some((row) => row.name === name));
    if (unknown !== undefined) {
      throw syntaxError('unknown_field', new QuerySyntaxError('unknown_field', unknown).message);
    }
  }
  return parsed;
}

export async function runQuery(db: Db, backend: SearchBackend, input: SearchQuery, countCap: number): Promise<SearchResult> {
  const query = checkQuery(input);
  const parsed = await parseText(db, query.text);
  if (query.text.length > 0 && parsed.clauses.length === 0) {
    return { total: 0, hits: [], facets: emptyFacets(query.facetFields) };
  }
  const plan = planOf(backend, parsed.clauses.length > 0 ? backend.compile(parsed) : null);
  const patterns = highlightPatterns(parsed);
  // One snapshot for all statements (SQLite's driver ignores the settings; its transaction is one anyway).
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const rows = await selectPage(tx, backend, plan, query);
      // A first page with room to spare holds every match: no need to count them again.
      const whole = query.page === 1 && rows.length < query.pageSize;
      // A whole first page is its own count; facets then need counting only if asked for.
      const nothing = whole && (rows.length === 0 || query.facetFields.length === 0);
      const counts = nothing ? { matches: 0, facets: emptyFacets(query.facetFields) } : await countMatchesAndFacets(tx, backend, plan, query, countCap);
      const capped = !whole && counts.matches > countCap;
      const total = whole ? rows.length : Math.min(counts.matches, countCap);
      const facets = total > 0 ? counts.facets : emptyFacets(query.facetFields);
      return {
        total,
        ...(capped ? { totalCapped: true as const } : {}),
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
