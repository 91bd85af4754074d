import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadConfig } from '../server/config/env.ts';
import { createPlatform, modules } from '../server/app.ts';
import { migrateToLatest } from '../server/platform/db/migrator.ts';
import { migrations } from '../server/migrations/index.ts';
import { seedDemo } from '../server/seed.ts';
import { foldText } from '../server/modules/directory/index.ts';
import { generatePeople, generatedName } from './generate-people.ts';
import { freePort, percentile, report, startProcess } from './harness.ts';

const PEOPLE = Number(process.env['BENCH_PEOPLE'] ?? 100_000);
const QUERIES = 200;

function mulberry(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What people type into a directory search box: full or partial names, half without diacritics. */
function queries(): string[] {
  const random = mulberry(7);
  return Array.from({ length: QUERIES }, (_, i) => {
    const name = generatedName(random);
    const words = name.split(' ');
    const typed = i % 4 === 0 ? words.slice(1).join(' ') : i % 4 === 1 ? `${words[0] ?? ''} ${words[2] ?? ''}` : name;
    return i % 2 === 0 ? foldText(typed) : typed;
  });
}

function timeMs(started: number): number {
  return performance.now() - started;
}

/**
 * Directory search over generated people through the HTTP API, beside the naive way — a LIKE scan
 * of the folded name column — measured on the same database in the same run.
 */
export async function directorySearchBenchmark(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opensti-bench-search-'));
  const env = { SQLITE_PATH: join(dir, 'opensti.db'), DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '', NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1' };
  const config = loadConfig(env);
  const platform = createPlatform(config, { logger: pino({ level: 'warn' }) });
  try {
    await migrateToLatest(platform.db, platform.dialect, migrations);
    await seedDemo(platform, modules);
    const loadStarted = performance.now();
    await generatePeople(platform, PEOPLE);
    report('directory_search.load_people_per_s', PEOPLE / (timeMs(loadStarted) / 1000), 'rows/s');

    const list = queries();
    const baseline: number[] = [];
    for (const query of list) {
      const started = performance.now();
      await sql`select id, full_name from people where name_folded like ${`%${foldText(query)}%`} order by name_folded limit 20`.execute(platform.db);
      baseline.push(timeMs(started));
    }

    const server = await startProcess(['bin/opensti.js', 'serve', '--role=web'], env, await freePort(), '/readyz');
    try {
      const latencies: number[] = [];
      let found = 0;
      for (const [index, query] of list.entries()) {
        const url = `${server.url}/api/v1/directory/search?type=person&q=${encodeURIComponent(query)}`;
        const started = performance.now();
        const response = await fetch(url);
        const body = (await response.json()) as { total?: number };
        const elapsed = timeMs(started);
        // The first 20 queries warm caches and are not counted.
        if (index >= 20) {
          latencies.push(elapsed);
        }
        if ((body.total ?? 0) > 0) {
          found += 1;
        }
      }
      latencies.sort((a, b) => a - b);
      baseline.sort((a, b) => a - b);
      report('directory_search.people', PEOPLE, 'rows');
      report('directory_search.p50_ms', percentile(latencies, 50), 'ms');
      report('directory_search.p95_ms', percentile(latencies, 95), 'ms');
      report('directory_search.baseline_like_p50_ms', percentile(baseline, 50), 'ms');
      report('directory_search.baseline_like_p95_ms', percentile(baseline, 95), 'ms');
      report('directory_search.ratio_p95_to_baseline', percentile(latencies, 95) / percentile(baseline, 95), 'ratio');
      report('directory_search.queries_with_hits', found / list.length, 'ratio');
    } finally {
      await server.stop();
    }
  } finally {
    await platform.jobs.stop();
    await platform.database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
