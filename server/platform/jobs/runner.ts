import type { Logger } from 'pino';
import { systemActor, type Actor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { fromJson, toJson } from '../db/json.ts';
import type { JobRow } from './claim.ts';
import { ProgressThrottle } from './progress.ts';
import { errorMessage } from './retry-policy.ts';
import type { JobDefinition, JobRunContext } from './types.ts';

export interface RunnerDeps {
  db: Db;
  logger: Logger;
  workerId: string;
  leaseMs: number;
  progressIntervalMs: number;
  now: () => Date;
  retryDelayMs: (attempt: number) => number;
  loadActor: (userId: string) => Promise<Actor | null>;
  definitions: ReadonlyMap<string, JobDefinition<unknown>>;
}

/** A failure no further attempt can fix (unknown kind, bad payload, requester gone). */
class PermanentFailure extends Error {}

function payloadProblems(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`).join('; ');
}

/** Writes to a job row only while this worker still holds its lease, so a reclaimed job is never overwritten. */
function ownedJob(deps: RunnerDeps, id: string) {
  return deps.db.updateTable('jobs').where('id', '=', id).where('locked_by', '=', deps.workerId).where('status', '=', 'running');
}

async function actorFor(deps: RunnerDeps, row: JobRow): Promise<Actor> {
  if (!row.created_by) {
    return systemActor(`job:${row.kind}`);
  }
  const actor = await deps.loadActor(row.created_by);
  if (!actor) {
    // Running as the system actor instead would hand a disabled account's request administrator rights.
    throw new PermanentFailure('The account that requested this job is no longer active');
  }
  return actor;
}

async function finishSucceeded(deps: RunnerDeps, row: JobRow, resultJson: string | null): Promise<void> {
  const now = deps.now().toISOString();
  const result = await ownedJob(deps, row.id)
    .set({ status: 'succeeded', progress: 1, result_json: resultJson, locked_by: null, locked_until: null, finished_at: now, updated_at: now })
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    deps.logger.warn({ jobId: row.id, kind: row.kind }, 'job finished after its lease was taken over; result discarded');
  }
}

async function finishFailed(deps: RunnerDeps, row: JobRow, error: unknown): Promise<void> {
  const now = deps.now();
  const message = errorMessage(error);
  const permanent = error instanceof PermanentFailure;
  const retry = !permanent && row.attempts < row.max_attempts;
  const changes = retry
    ? { status: 'queued' as const, run_at: new Date(now.getTime() + deps.retryDelayMs(row.attempts)).toISOString() }
    : { status: 'failed' as const, finished_at: now.toISOString() };
  const result = await ownedJob(deps, row.id)
    .set({ ...changes, last_error: message, locked_by: null, locked_until: null, updated_at: now.toISOString() })
    .executeTakeFirst();
  deps.logger.warn(
    { jobId: row.id, kind: row.kind, attempt: row.attempts, willRetry: retry, err: error },
    retry ? 'job attempt failed; it will be retried' : 'job failed',
  );
  if (result.numUpdatedRows === 0n) {
    deps.logger.warn({ jobId: row.id, kind: row.kind }, 'job failed after its lease was taken over; outcome discarded');
  }
}

/** Runs one claimed job to its outcome: succeeded, queued again with a delay, or failed. */
export async function runClaimedJob(deps: RunnerDeps, row: JobRow): Promise<void> {
  const writeProgress = async (fraction: number, message: string | undefined): Promise<void> => {
    const now = deps.now();
    await ownedJob(deps, row.id)
      .set({
        progress: fraction,
        ...(message === undefined ? {} : { progress_message: message }),
        locked_until: new Date(now.getTime() + deps.leaseMs).toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
  };
  const progress = new ProgressThrottle(writeProgress, deps.progressIntervalMs, () => deps.now().getTime());
  // Long jobs keep their lease alive, so only a dead worker's job is ever reclaimed.
  const heartbeat = setInterval(() => {
    const until = new Date(deps.now().getTime() + deps.leaseMs).toISOString();
    ownedJob(deps, row.id)
      .set({ locked_until: until })
      .execute()
      .catch((error: unknown) => deps.logger.warn({ jobId: row.id, err: error }, 'could not extend the job lease'));
  }, Math.max(1000, Math.floor(deps.leaseMs / 3)));
  heartbeat.unref();

  try {
    const definition = deps.definitions.get(row.kind);
    if (!definition) {
      throw new PermanentFailure(`Unknown job kind "${row.kind}": no handler is registered for it`);
    }
    const parsed = definition.payload.safeParse(fromJson<unknown>(row.payload_json, null));
    if (!parsed.success) {
      throw new PermanentFailure(`Invalid payload: ${payloadProblems(parsed.error.issues)}`);
    }
    const context: JobRunContext = {
      jobId: row.id,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      actor: await actorFor(deps, row),
      reportProgress: (fraction, message) => progress.report(fraction, message),
    };
    const result = await definition.run(parsed.data, context);
    const resultJson = toJson(result);
    await progress.flush();
    await finishSucceeded(deps, row, resultJson);
  } catch (error) {
    await progress.flush().catch(() => undefined);
    await finishFailed(deps, row, error);
  } finally {
    clearInterval(heartbeat);
  }
}
