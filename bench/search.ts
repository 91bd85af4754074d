import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { parseQuery } from '../common/search/query.ts';
import { openPostgres, openSqlite, type DbHandle } from '../server/platform/db/client.ts';
import type { Dialect } from '../server/platform/db/database.ts';
import { migrateToLatest } from '../server/platform/db/migrator.ts';
import { migrations } from '../server/migrations/index.ts';
import { postgresBackend } from '../server/platform/search/postgres-backend.ts';
import { sqliteBackend } from '../server/platform/search/sqlite-backend.ts';
import { createSearchIndex } from '../server/platform/search/search-index.ts';
import type { SearchDocument, SearchIndex } from '../server/platform/search/types.ts';
import { cachedCorpus, corpusBatches, generateQueries, type GeneratedRecord } from './generate-library.ts';
import { percentile, report } from './harness.ts';

/**
 * `npm run bench -- search [--records N] [--dialects sqlite,pg]`: the platform search over a
 * generated library of Vietnamese S&T records, on SQLite and PostgreSQL in one run, beside the
 * databases' own full-text ranking (FTS5 `bm25`, `ts_rank`) queried directly.
 */

const SEED = 20261128;
const QUERIES = 200;
const WARM_UP = 20;
const TOP = 20;
const BATCH = 1000;
const FACETS = ['type', 'year', 'access'];

function option(name: string): string | undefined {
  const args = process.argv;
  const at = args.indexOf(`--${name}`);
  if (at !== -1) {
    return args[at + 1];
  }
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

function documentOf(record: GeneratedRecord): SearchDocument {
  return {
    resource: 'library',
    id: record.id,
    jurisdictionPath: '/vn/',
    visibility: record.access,
    title: record.title,
    body: record.abstract,
    fields: { author: record.authors.join('; '), keyword: record.keywords.join('; ') },
    facets: { type: [record.type], year: [String(record.year)], access: [record.access] },
    date: `${record.year}-06-30`,
    updatedAt: '2026-11-28T00:00:00.000Z',
  };
}

interface Target {
  dialect: Dialect;
  label: 'sqlite' | 'pg';
  handle: DbHandle;
  size(): Promise<number>;
  drop(): Promise<void>;
}

function openSqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'opensti-bench-search-'));
  const path = join(dir, 'search.db');
  const handle = openSqlite(path);
  return {
    dialect: 'sqlite',
    label: 'sqlite',
    handle,
    size: () => {
      handle.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
      return Promise.resolve(statSync(path).size);
    },
    drop: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgresTarget(): Promise<Target> {
  const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `opensti_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), { max: 4 });
  return {
    dialect: 'postgres',
    label: 'pg',
    handle,
    size: async () => {
      const result = await sql<{ bytes: number }>`select sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c
        where c.relkind = 'r' and c.relname like 'search_%'`.execute(handle.db);
      return Number(result.rows[0]?.bytes ?? 0);
    },
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    },
  };
}

async function importCorpus(target: Target, search: SearchIndex, file: string): Promise<number> {
  let count = 0;
  const started = performance.now();
  for await (const batch of corpusBatches(file, BATCH)) {
    await search.upsert(target.handle.db, batch.map(documentOf));
    count += batch.length;
    if (count % 100_000 === 0) {
      console.log(`# ${target.label}: ${count} records imported`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (target.dialect === 'postgres') {
    await sql`analyze`.execute(target.handle.db);
  }
  return count / seconds;
}

/** The database's own full-text query, ranked the plain way, over the documents anyone may see. */
async function baselineTop(target: Target, text: string, limit: number): Promise<string[]> {
  const parsed = parseQuery(text);
  if (target.dialect === 'sqlite') {
    const compiled = sqliteBackend.compile(parsed);
    const result = await sql<{ id: string }>`select d.id from search_fts f join search_documents d on d.doc_no = f.rowid
      where search_fts match ${compiled} and d.visibility = 'public'
      order by bm25(search_fts, 5, 1), d.id limit ${limit}`.execute(target.handle.db);
    return result.rows.map((row) => row.id);
  }
  const compiled = postgresBackend.compile(parsed);
  const result = await sql<{ id: string }>`select id from search_documents
    where search_vector @@ cast(${compiled} as tsquery) and visibility = 'public'
    order by ts_rank(search_vector, cast(${compiled} as tsquery)) desc, id limit ${limit}`.execute(target.handle.db);
  return result.rows.map((row) => row.id);
}

interface Served {
  url: string;
  close(): Promise<void>;
}

/** The search as a client reaches it: JSON over HTTP, facets included, as an anonymous visitor. */
async function serve(search: SearchIndex): Promise<Served> {
  const app = Fastify({ logger: false });
  app.get('/api/v1/search', async (req) => {
    const query = req.query as { q?: string };
    return search.query({ resource: 'library', text: query.q ?? '', facetFields: FACETS, pageSize: TOP });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: address, close: () => app.close() };
}

function get(agent: Agent, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, reject) => {
    const target = new URL(url);
    const req = request({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

function overlap(found: readonly string[], expected: readonly string[]): number {
  if (expected.length === 0) {
    return found.length === 0 ? 1 : 0;
  }
  const wanted = new Set(expected);
  return found.filter((id) => wanted.has(id)).length / expected.length;
}

async function measure(target: Target, file: string, records: number, queries: readonly string[]): Promise<void> {
  const prefix = `search.${target.label}`;
  await migrateToLatest(target.handle.db, target.dialect, migrations);
  const search = createSearchIndex({ db: target.handle.db, dialect: target.dialect });
  const rps = await importCorpus(target, search, file);
  report(`${prefix}.records`, records, 'records');
  report(`${prefix}.import_rps`, rps, 'records/s');
  report(`${prefix}.index_mb`, (await target.size()) / 1024 / 1024, 'MB');

  const baseline: number[] = [];
  const expected: string[][] = [];
  for (const [index, text] of queries.entries()) {
    const started = performance.now();
    const ids = await baselineTop(target, text, TOP);
    if (index >= WARM_UP) {
      baseline.push(performance.now() - started);
    }
    expected.push(ids);
  }
  baseline.sort((a, b) => a - b);
  report(`${prefix}.baseline.p50_ms`, percentile(baseline, 50), 'ms');
  report(`${prefix}.baseline.p95_ms`, percentile(baseline, 95), 'ms');
  report(`${prefix}.baseline.p99_ms`, percentile(baseline, 99), 'ms');

  const server = await serve(search);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const latencies: number[] = [];
    const overlaps: number[] = [];
    let errors = 0;
    for (const [index, text] of queries.entries()) {
      const started = performance.now();
      const response = await get(agent, `${server.url}/api/v1/search?q=${encodeURIComponent(text)}`);
      const elapsed = performance.now() - started;
      if (response.status !== 200) {
        errors += 1;
        continue;
      }
      const result = JSON.parse(response.body) as { hits: { id: string }[] };
      if (index >= WARM_UP) {
        latencies.push(elapsed);
      }
      overlaps.push(overlap(result.hits.map((hit) => hit.id), expected[index] ?? []));
    }
    latencies.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    report(`${prefix}.api.p50_ms`, percentile(latencies, 50), 'ms');
    report(`${prefix}.api.p95_ms`, p95, 'ms');
    report(`${prefix}.api.p99_ms`, percentile(latencies, 99), 'ms');
    report(`${prefix}.api.ratio_p95_to_baseline`, p95 / percentile(baseline, 95), 'ratio');
    report(`${prefix}.overlap_at_20`, overlaps.reduce((sum, value) => sum + value, 0) / Math.max(1, overlaps.length), 'ratio');
    report(`${prefix}.api.errors`, errors, 'count');
  } finally {
    agent.destroy();
    await server.close();
  }
}

export async function searchBenchmark(): Promise<void> {
  const records = Number(option('records') ?? 1_000_000);
  const dialects = (option('dialects') ?? 'sqlite,pg').split(',');
  const file = await cachedCorpus(records, SEED);
  const queries = generateQueries(QUERIES, SEED + 1);
  for (const label of dialects) {
    const target = label === 'pg' ? await openPostgresTarget() : openSqliteTarget();
    try {
      await measure(target, file, records, queries);
    } finally {
      await target.drop();
    }
  }
}
