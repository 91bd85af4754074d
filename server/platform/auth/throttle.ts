import { sql } from 'kysely';
import type { Executor } from '../db/client.ts';
import { newId, nowIso } from '../db/ids.ts';

export interface ThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
}

/**
 * Failed sign-ins counted in the database (not in memory) so that several app processes share
 * one count. Keys are e.g. `email:a@b.vn` and `ip:1.2.3.4`.
 */
export async function isThrottled(executor: Executor, keys: { key: string; limit: number }[], policy: ThrottlePolicy): Promise<boolean> {
  const since = new Date(Date.now() - policy.windowMinutes * 60_000).toISOString();
  const rows = await executor
    .selectFrom('login_failures')
    .select(['throttle_key', sql<number>`count(*)`.as('failures')])
    .where(
      'throttle_key',
      'in',
      keys.map((k) => k.key),
    )
    .where('at', '>=', since)
    .groupBy('throttle_key')
    .execute();
  return rows.some((row) => {
    const limit = keys.find((k) => k.key === row.throttle_key)?.limit ?? policy.maxFailures;
    return Number(row.failures) >= limit;
  });
}

export async function recordFailure(executor: Executor, keys: string[]): Promise<void> {
  const at = nowIso();
  await executor
    .insertInto('login_failures')
    .values(keys.map((throttle_key) => ({ id: newId(), throttle_key, at })))
    .execute();
}

export async function clearFailures(executor: Executor, key: string): Promise<void> {
  await executor.deleteFrom('login_failures').where('throttle_key', '=', key).execute();
}

/** Old failures only matter inside the window; the job queue or start-up prunes the rest. */
export async function pruneFailures(executor: Executor, policy: ThrottlePolicy): Promise<void> {
  const before = new Date(Date.now() - policy.windowMinutes * 60_000).toISOString();
  await executor.deleteFrom('login_failures').where('at', '<', before).execute();
}
