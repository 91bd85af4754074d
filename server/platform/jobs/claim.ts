import { sql, type Selectable } from 'kysely';
import type { Db, Executor } from '../db/client.ts';
import type { Dialect } from '../db/database.ts';
import type { JobsTable } from '../db/platform-tables.ts';

export type JobRow = Selectable<JobsTable>;

export const LOST_WORKER_ERROR = 'The worker running this job stopped before it finished, and no attempts are left';

export interface ClaimOptions {
  workerId: string;
  leaseMs: number;
  now: Date;
}

/**
 * Jobs whose worker vanished mid-run on their last attempt can never be claimed again; they are
 * closed as failed so they do not sit in `running` forever.
 */
async function failExhaustedLeases(executor: Executor, now: string): Promise<void> {
  await executor
    .updateTable('jobs')
    .set({ status: 'failed', last_error: LOST_WORKER_ERROR, locked_by: null, locked_until: null, finished_at: now, updated_at: now })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
}

/**
 * One statement that picks the oldest due job (queued and due, or running under an expired lease)
 * and marks it as ours. The subquery is the same on both databases; PostgreSQL adds
 * `FOR UPDATE SKIP LOCKED` so concurrent workers pass over each other's candidates instead of
 * queueing behind them.
 */
function claimStatement(executor: Executor, dialect: Dialect, options: ClaimOptions) {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
  return executor
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: options.workerId,
      locked_until: leaseUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'queued'), w('run_at', '<=', now)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<', now), w('attempts', '<', w.ref('max_attempts'))]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(1)
        .$if(dialect === 'postgres', (qb) => qb.forUpdate().skipLocked()),
    )
    .returningAll();
}

/** Claims the next due job for `workerId`, or returns null when none is due. */
export async function claimNextJob(db: Db, dialect: Dialect, options: ClaimOptions): Promise<JobRow | null> {
  const now = options.now.toISOString();
  if (dialect === 'postgres') {
    await failExhaustedLeases(db, now);
    return (await claimStatement(db, dialect, options).executeTakeFirst()) ?? null;
  }
  // SQLite: BEGIN IMMEDIATE takes the write lock up front, so another process cannot slip in
  // between reading the candidate and updating it (it waits on busy_timeout instead).
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      await failExhaustedLeases(connection, now);
      const row = (await claimStatement(connection, dialect, options).executeTakeFirst()) ?? null;
      await sql`commit`.execute(connection);
      return row;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
