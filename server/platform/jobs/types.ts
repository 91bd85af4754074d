import type { z } from 'zod';
import type { Executor } from '../db/client.ts';
import type { Actor } from '../access/actor.ts';
import type { AuditContext } from '../audit/audit.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobRunContext {
  jobId: string;
  /** 1 on the first run; counts runs lost to crashed workers too. */
  attempt: number;
  maxAttempts: number;
  /** The user who enqueued the job (as an actor with their current grants), or the system actor. */
  actor: Actor;
  /** Records progress (0–1) and a short message the admin view and the requester see. */
  reportProgress(fraction: number, message?: string): Promise<void>;
}

export interface JobDefinition<P = unknown> {
  kind: string;
  payload: z.ZodType<P>;
  maxAttempts?: number;
  /** Returns a JSON-serialisable result kept on the job (e.g. an import report, a file id). */
  run(payload: P, context: JobRunContext): Promise<unknown>;
}

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  progress: number;
  progressMessage: string | null;
  result: unknown;
  lastError: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  runAt: string;
  finishedAt: string | null;
}

export interface EnqueueOptions {
  createdBy?: string | null;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobQueue {
  /** Identifies this process in `locked_by` while it runs a job. */
  readonly workerId: string;
  define<P>(definition: JobDefinition<P>): void;
  /** Enqueues inside the caller's transaction, so a job exists exactly when its cause was committed. */
  enqueue<P>(executor: Executor, kind: string, payload: P, options?: EnqueueOptions): Promise<string>;
  get(id: string): Promise<JobView | null>;
  /** Puts a failed job back in the queue with its attempts reset (audited); 409 `job_not_retryable` otherwise. */
  retry(context: AuditContext, id: string): Promise<JobView>;
  /** Cancels a job that has not started (audited); 409 `job_not_cancellable` otherwise. */
  cancel(context: AuditContext, id: string): Promise<JobView>;
  /** Runs due jobs until none is left (tests, CLI); returns how many ran. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}
