/**
 * A separate worker process for the multi-process claim test: it opens the database named in
 * OPENSTI_FIXTURE_DB, drains `fixture.record` jobs and records which worker ran each one.
 */
import { sql } from 'kysely';
import { pino } from 'pino';
import { z } from 'zod';
import { openDatabase } from '../db/client.ts';
import { createJobQueue } from './queue.ts';

const location = JSON.parse(process.env['OPENSTI_FIXTURE_DB'] ?? 'null') as Parameters<typeof openDatabase>[0];
const workerId = process.env['OPENSTI_FIXTURE_WORKER'] ?? 'fixture';
const startAt = Number(process.env['OPENSTI_FIXTURE_START'] ?? 0);
const handle = openDatabase(location);
const queue = createJobQueue({
  db: handle.db,
  dialect: handle.dialect,
  logger: pino({ level: 'silent' }),
  workerId,
  pollMs: 50,
  loadActor: () => Promise.resolve(null),
});
queue.define({
  kind: 'fixture.record',
  payload: z.object({ n: z.number() }),
  run: async (_payload, context) => {
    await sql`insert into fixture_runs (job_id, worker) values (${context.jobId}, ${workerId})`.execute(handle.db);
    // A short pause lets the other worker reach the queue while this one holds a job.
    await new Promise((resolve) => setTimeout(resolve, 10));
    return null;
  },
});
// Workers start draining at the same moment, whatever their start-up time, so they really compete.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
await queue.drain();
await handle.close();
