import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { claimNextJob } from './claim.ts';
import { createJobQueue } from './queue.ts';

const fixture = fileURLToPath(new URL('./worker.fixture.ts', import.meta.url));

function runWorker(database: TestDatabase, workerId: string, startAt: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      env: { ...process.env, OPENSTI_FIXTURE_DB: JSON.stringify(database.location), OPENSTI_FIXTURE_WORKER: workerId, OPENSTI_FIXTURE_START: String(startAt) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${workerId} exited with ${code}: ${stderr}`))));
  });
}

describe.each(testDialects)('claiming jobs on %s', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    await database.db.schema
      .createTable('fixture_runs')
      .addColumn('job_id', 'text', (c) => c.notNull())
      .addColumn('worker', 'text', (c) => c.notNull())
      .execute();
  });
  afterEach(async () => {
    await database.drop();
  });

  it('hands out the oldest due job first and each job once', async () => {
    const queue = createJobQueue({ db: database.db, dialect, logger: pino({ level: 'silent' }), pollMs: 50, loadActor: () => Promise.resolve(null) });
    const base = Date.now();
    const second = await queue.enqueue(database.db, 'k', null, { runAt: new Date(base - 1_000) });
    const first = await queue.enqueue(database.db, 'k', null, { runAt: new Date(base - 5_000) });
    const options = { leaseMs: 60_000, now: new Date(base) };
    const a = await claimNextJob(database.db, dialect, { ...options, workerId: 'a' });
    const b = await claimNextJob(database.db, dialect, { ...options, workerId: 'b' });
    const c = await claimNextJob(database.db, dialect, { ...options, workerId: 'c' });
    expect([a?.id, b?.id, c]).toEqual([first, second, null]);
    expect(a).toMatchObject({ status: 'running', locked_by: 'a', attempts: 1, locked_until: new Date(base + 60_000).toISOString() });
  });

  it('shares jobs between worker processes without running any twice', async () => {
    const queue = createJobQueue({ db: database.db, dialect, logger: pino({ level: 'silent' }), pollMs: 50, loadActor: () => Promise.resolve(null) });
    const total = 40;
    for (let n = 0; n < total; n += 1) {
      await queue.enqueue(database.db, 'fixture.record', { n });
    }
    const startAt = Date.now() + 4_000;
    await Promise.all(['w1', 'w2', 'w3'].map((worker) => runWorker(database, worker, startAt)));

    const { rows: runs } = await sql<{ job_id: string; worker: string }>`select job_id, worker from fixture_runs`.execute(database.db);
    expect(runs).toHaveLength(total);
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(total);
    // The workers start together, so more than one of them must have taken part.
    expect(new Set(runs.map((r) => r.worker)).size).toBeGreaterThan(1);
    const jobs = await database.db.selectFrom('jobs').select(['status', 'attempts']).execute();
    expect(jobs.every((j) => j.status === 'succeeded' && j.attempts === 1)).toBe(true);
  }, 60_000);
});
