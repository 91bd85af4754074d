import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Actor } from '../access/actor.ts';
import { recordAudit, type AuditContext } from '../audit/audit.ts';
import type { Db, Executor } from '../db/client.ts';
import type { Dialect } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { toJson } from '../db/json.ts';
import { AppError, notFound } from '../errors.ts';
import { claimNextJob, type JobRow } from './claim.ts';
import { exponentialBackoff } from './retry-policy.ts';
import { runClaimedJob, type RunnerDeps } from './runner.ts';
import { toJobView } from './view.ts';
import type { EnqueueOptions, JobDefinition, JobQueue, JobView } from './types.ts';

export const DEFAULT_MAX_ATTEMPTS = 5;

export interface JobQueueOptions {
  db: Db;
  dialect: Dialect;
  logger: Logger;
  /** Defaults to host, process id and a random suffix, unique per queue instance. */
  workerId?: string;
  pollMs: number;
  /** The actor of the user who enqueued a job (accounts provides it); null when the account is gone or disabled. */
  loadActor: (userId: string) => Promise<Actor | null>;
  /** How long a claimed job stays ours without a heartbeat; a crashed worker's job is reclaimed after it. */
  leaseMs?: number;
  /** Delay after failed attempt n (1-based) before the next one. */
  retryDelayMs?: (attempt: number) => number;
  progressIntervalMs?: number;
  /** Injectable clock for tests. */
  now?: () => Date;
}

class DurableJobQueue implements JobQueue {
  readonly workerId: string;
  private readonly definitions = new Map<string, JobDefinition<unknown>>();
  private readonly runner: RunnerDeps;
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<unknown> | null = null;
  private running = false;

  constructor(private readonly options: JobQueueOptions) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.runner = {
      db: options.db,
      logger: options.logger,
      workerId: this.workerId,
      leaseMs: options.leaseMs ?? 5 * 60_000,
      progressIntervalMs: options.progressIntervalMs ?? 250,
      now: options.now ?? (() => new Date()),
      retryDelayMs: options.retryDelayMs ?? ((attempt) => exponentialBackoff(attempt)),
      loadActor: options.loadActor,
      definitions: this.definitions,
    };
  }

  define<P>(definition: JobDefinition<P>): void {
    if (this.definitions.has(definition.kind)) {
      throw new Error(`Job kind "${definition.kind}" is defined twice`);
    }
    this.definitions.set(definition.kind, definition);
  }

  async enqueue<P>(executor: Executor, kind: string, payload: P, options: EnqueueOptions = {}): Promise<string> {
    const definition = this.definitions.get(kind);
    // A payload the handler would refuse is a bug in the caller: fail its transaction now rather than the job later.
    if (definition && !definition.payload.safeParse(payload).success) {
      throw new Error(`Invalid payload for job kind "${kind}"`);
    }
    const now = this.runner.now().toISOString();
    const id = newId();
    await executor
      .insertInto('jobs')
      .values({
        id,
        kind,
        payload_json: toJson(payload) ?? 'null',
        status: 'queued',
        max_attempts: Math.max(1, options.maxAttempts ?? definition?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
        run_at: options.runAt?.toISOString() ?? now,
        created_by: options.createdBy ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  async get(id: string): Promise<JobView | null> {
    const row = await this.options.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toJobView(row) : null;
  }

  retry(context: AuditContext, id: string): Promise<JobView> {
    return this.transition(context, id, {
      from: 'failed',
      action: 'job.retried',
      refusal: 'job_not_retryable',
      changes: (now) => ({ status: 'queued', attempts: 0, run_at: now, finished_at: null, progress: 0, progress_message: null, updated_at: now }),
    });
  }

  cancel(context: AuditContext, id: string): Promise<JobView> {
    return this.transition(context, id, {
      from: 'queued',
      action: 'job.cancelled',
      refusal: 'job_not_cancellable',
      changes: (now) => ({ status: 'cancelled', finished_at: now, updated_at: now }),
    });
  }

  /** One guarded UPDATE per admin action: the status check and the change cannot be separated by another writer. */
  private async transition(
    context: AuditContext,
    id: string,
    spec: {
      from: JobRow['status'];
      action: string;
      refusal: 'job_not_retryable' | 'job_not_cancellable';
      changes: (now: string) => Partial<Omit<JobRow, 'id'>>;
    },
  ): Promise<JobView> {
    return this.options.db.transaction().execute(async (tx) => {
      const before = await tx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) {
        throw notFound();
      }
      const after = await tx
        .updateTable('jobs')
        .set(spec.changes(this.runner.now().toISOString()))
        .where('id', '=', id)
        .where('status', '=', spec.from)
        .returningAll()
        .executeTakeFirst();
      if (!after) {
        throw new AppError(spec.refusal, 409, { params: { status: before.status } });
      }
      await recordAudit(tx, context, {
        action: spec.action,
        subjectType: 'job',
        subjectId: id,
        before: { kind: before.kind, status: before.status, attempts: before.attempts, lastError: before.last_error },
        after: { kind: after.kind, status: after.status, attempts: after.attempts },
      });
      return toJobView(after);
    });
  }

  private async runNext(): Promise<boolean> {
    const row = await claimNextJob(this.options.db, this.options.dialect, {
      workerId: this.workerId,
      leaseMs: this.runner.leaseMs,
      now: this.runner.now(),
    });
    if (!row) {
      return false;
    }
    await runClaimedJob(this.runner, row);
    return true;
  }

  async drain(): Promise<number> {
    let count = 0;
    while (await this.runNext()) {
      count += 1;
    }
    return count;
  }

  start(): void {
    if (this.running) {
      return;
    }
    this.running = true;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.loop = this.pollOnce().finally(() => {
        this.loop = null;
        if (this.running) {
          this.schedule(this.options.pollMs);
        }
      });
    }, delayMs);
  }

  private async pollOnce(): Promise<void> {
    try {
      let more = true;
      while (this.running && more) {
        more = await this.runNext();
      }
    } catch (error) {
      this.options.logger.error({ err: error }, 'job polling failed; retrying at the next poll');
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.loop;
  }
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  return new DurableJobQueue(options);
}
