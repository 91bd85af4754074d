import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../common/contracts/auth.ts';
import { loadConfig } from '../server/config/env.ts';
import { createPlatform, modules } from '../server/app.ts';
import { migrateToLatest } from '../server/platform/db/migrator.ts';
import type { Db } from '../server/platform/db/client.ts';
import { migrations } from '../server/migrations/index.ts';
import { seedReference } from '../server/seed.ts';
import { createAdmin } from '../server/modules/accounts/index.ts';
import { roundReport } from '../server/modules/programs/index.ts';
import { generateProgram, type GeneratedProgram } from './generate-program.ts';
import { freePort, percentile, report, startProcess } from './harness.ts';

const UNITS = Number(process.env['BENCH_UNITS'] ?? 200);
const TARGETS = Number(process.env['BENCH_TARGETS'] ?? 30);
const YEARS = Number(process.env['BENCH_YEARS'] ?? 10);
const FIRST_YEAR = 2016;
const WARM_UP = 20;
const REQUESTS = 240;
const BASELINE_RUNS = 30;
const ADMIN = { email: 'bench@opensti.test', password: 'bench-password-123' };

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

/** What leaders click through: the whole program, a section, a unit, a range of years, and mixes of them. */
function dashboardQueries(program: GeneratedProgram, count: number): string[] {
  const random = mulberry(57);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const params = new URLSearchParams();
    const kind = i % 5;
    if (kind === 1 || kind === 4) {
      params.set('sectionId', pick(program.sectionIds));
    }
    if (kind === 2 || kind === 4) {
      params.set('organisationId', pick(program.unitIds));
    }
    if (kind === 3 || kind === 4) {
      const from = FIRST_YEAR + Math.floor(random() * (YEARS - 3));
      params.set('fromYear', String(from));
      params.set('toYear', String(from + 2 + Math.floor(random() * 2)));
    }
    const query = params.toString();
    return `/api/v1/programs/${program.programId}/dashboard${query ? `?${query}` : ''}`;
  });
}

/**
 * The naive way a dashboard gets written: for each target, fetch its indicator's approved values
 * and add them up per period in the application — one query per target (and per ratio side).
 */
async function naiveDashboard(db: Db, programId: string): Promise<number> {
  const targets = await db.selectFrom('program_targets').select(['id', 'indicator_id']).where('program_id', '=', programId).execute();
  let points = 0;
  for (const target of targets) {
    const indicator = await db.selectFrom('indicators').selectAll().where('id', '=', target.indicator_id).executeTakeFirstOrThrow();
    const sources = indicator.method === 'ratio' ? [indicator.numerator_id, indicator.denominator_id] : [indicator.id];
    for (const source of sources) {
      const rows = await db.selectFrom('indicator_values').select(['period', 'value']).where('indicator_id', '=', source ?? '').where('status', '=', 'approved').execute();
      const byPeriod = new Map<string, number>();
      for (const row of rows) {
        byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.value);
      }
      points += byPeriod.size;
    }
  }
  return points;
}

async function login(url: string): Promise<string> {
  const csrf = 'bench-csrf-token-0123456789abcdef';
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${CSRF_COOKIE}=${csrf}`, [CSRF_HEADER]: csrf },
    body: JSON.stringify(ADMIN),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!response.ok || !session) {
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  }
  return session;
}

/** One request on a kept-alive connection; resolves with the latency in ms, rejects on a non-200. */
function timedGet(agent: Agent, base: URL, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: base.hostname, port: base.port, path, agent, method: 'GET', headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${path}: HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The dashboard API of a program with 30 targets, 200 units and 10 years of half-year values,
 * over HTTP on a kept-alive connection, beside the naive per-target query approach measured on
 * the same database; then the time to write the last round's review report.
 */
export async function dashboardBenchmark(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'opensti-bench-dashboard-'));
  const env = { SQLITE_PATH: join(dir, 'opensti.db'), DATA_DIR: dir, LOG_LEVEL: 'warn', DATABASE_URL: '', NODE_ENV: 'production', PUBLIC_URL: 'http://127.0.0.1', JOBS_IN_PROCESS: 'false' };
  const platform = createPlatform(loadConfig(env), { logger: pino({ level: 'warn' }) });
  try {
    await migrateToLatest(platform.db, platform.dialect, migrations);
    await seedReference(platform, modules);
    await createAdmin(platform, { ...ADMIN, displayName: 'Đo hiệu năng' });
    const generatedAt = performance.now();
    const program = await generateProgram(platform.db, { units: UNITS, targets: TARGETS, firstYear: FIRST_YEAR, years: YEARS });
    report('dashboard.generate_s', (performance.now() - generatedAt) / 1000, 's');
    report('dashboard.indicator_values', program.values, 'rows');

    const baseline: number[] = [];
    for (let i = 0; i < BASELINE_RUNS + 3; i += 1) {
      const started = performance.now();
      await naiveDashboard(platform.db, program.programId);
      if (i >= 3) {
        baseline.push(performance.now() - started);
      }
    }
    baseline.sort((a, b) => a - b);

    const reportStarted = performance.now();
    const document = await roundReport(platform, program.programCode, program.roundIds.at(-1) ?? '', { format: 'docx', addressee: 'party' });
    if ('missing' in document) {
      throw new Error(`the generated round is missing: ${document.missing}`);
    }
    report('report.docx_s', (performance.now() - reportStarted) / 1000, 's');
    report('report.docx_bytes', document.data.length, 'bytes');

    const server = await startProcess(['bin/opensti.js', 'serve', '--role=web'], env, await freePort(), '/readyz');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const cookie = `${await login(server.url)}; ${CSRF_COOKIE}=x`;
      const base = new URL(server.url);
      const queries = dashboardQueries(program, WARM_UP + REQUESTS);
      const latencies: number[] = [];
      const whole: number[] = [];
      for (const [index, path] of queries.entries()) {
        const elapsed = await timedGet(agent, base, path, cookie);
        if (index >= WARM_UP) {
          latencies.push(elapsed);
          if (!path.includes('?')) {
            whole.push(elapsed);
          }
        }
      }
      latencies.sort((a, b) => a - b);
      whole.sort((a, b) => a - b);
      const publicLatencies: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const elapsed = await timedGet(agent, base, `/api/v1/public/programs/${encodeURIComponent(program.programCode)}/dashboard`, '');
        if (i >= 10) {
          publicLatencies.push(elapsed);
        }
      }
      publicLatencies.sort((a, b) => a - b);
      report('dashboard.requests', latencies.length, 'requests');
      report('dashboard.p50_ms', percentile(latencies, 50), 'ms');
      report('dashboard.p95_ms', percentile(latencies, 95), 'ms');
      report('dashboard.unfiltered_p95_ms', percentile(whole, 95), 'ms');
      report('dashboard.public_p95_ms', percentile(publicLatencies, 95), 'ms');
      report('dashboard.baseline_per_target_p50_ms', percentile(baseline, 50), 'ms');
      report('dashboard.baseline_per_target_p95_ms', percentile(baseline, 95), 'ms');
      report('dashboard.ratio_p95_to_baseline', percentile(latencies, 95) / percentile(baseline, 95), 'ratio');
    } finally {
      agent.destroy();
      await server.stop();
    }
  } finally {
    await platform.jobs.stop();
    await platform.database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
