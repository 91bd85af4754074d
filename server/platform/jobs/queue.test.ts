import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { systemActor, type Actor } from '../access/actor.ts';
import { AppError } from '../errors.ts';
import { claimNextJob, LOST_WORKER_ERROR } from './claim.ts';
import { createJobQueue, type JobQueueOptions } from './queue.ts';
import type { JobQueue, JobRunContext } from './types.ts';

const silent = pino({ level: 'silent' });
const admin = { actor: systemActor('test-admin'), requestId: 'req-1' };

const user: Actor = {
  kind: 'user',
  userId: 'u-1',
  personId: null,
  displayName: 'Nguyễn Thị Hoa',
  grants: [],
  locale: 'vi',
};

describe.each(testDialects)('job queue on %s', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    await database.drop();
  });

  function queue(options: Partial<JobQueueOptions> = {}): JobQueue {
    return createJobQueue({
      db: database.db,
      dialect,
      logger: silent,
      pollMs: 20,
      retryDelayMs: () => 0,
      loadActor: (id) => Promise.resolve(id === user.userId ? user : null),
      ...options,
    });
  }

  async function row(id: string) {
    return database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  it('runs a queued job once with a validated payload and keeps its result', async () => {
    const q = queue();
    const seen: { payload: unknown; context: JobRunContext }[] = [];
    q.define({
      kind: 'test.echo',
      payload: z.object({ word: z.string().transform((s) => s.toUpperCase()) }),
      run: (payload, context) => {
        seen.push({ payload, context });
        return Promise.resolve({ echoed: payload.word });
      },
    });
    const id = await q.enqueue(database.db, 'test.echo', { word: 'xin chào' });
    expect((await q.get(id))?.status).toBe('queued');
    expect(await q.drain()).toBe(1);
    expect(await q.drain()).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.payload).toEqual({ word: 'XIN CHÀO' });
    expect(seen[0]?.context).toMatchObject({ jobId: id, attempt: 1, maxAttempts: 5 });
    expect(seen[0]?.context.actor.kind).toBe('system');
    expect(await q.get(id)).toMatchObject({ status: 'succeeded', attempts: 1, progress: 1, result: { echoed: 'XIN CHÀO' }, lastError: null });
    const stored = await row(id);
    expect(stored.locked_by).toBeNull();
    expect(stored.finished_at).not.toBeNull();
  });

  it('runs a job as the user who enqueued it, and refuses to run for an account that is gone', async () => {
    const q = queue();
    const actors: Actor[] = [];
    q.define({ kind: 'test.who', payload: z.null(), run: (_p, context) => Promise.resolve(void actors.push(context.actor)) });
    const mine = await q.enqueue(database.db, 'test.who', null, { createdBy: user.userId });
    const orphan = await q.enqueue(database.db, 'test.who', null, { createdBy: 'u-deleted' });
    await q.drain();
    expect(actors).toEqual([user]);
    expect(await q.get(mine)).toMatchObject({ status: 'succeeded', createdBy: 'u-1' });
    expect(await q.get(orphan)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'The account that requested this job is no longer active' });
  });

  it('enqueues inside the caller transaction: a rolled-back cause leaves no job', async () => {
    const q = queue();
    await expect(
      database.db.transaction().execute(async (tx) => {
        await q.enqueue(tx, 'test.any', { a: 1 });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await database.db.selectFrom('jobs').select('id').execute()).toHaveLength(0);
  });

  it('refuses at enqueue a payload the definition would reject', async () => {
    const q = queue();
    q.define({ kind: 'test.typed', payload: z.object({ n: z.number() }), run: () => Promise.resolve(null) });
    await expect(q.enqueue(database.db, 'test.typed', { n: 'one' })).rejects.toThrow('Invalid payload for job kind "test.typed"');
  });

  it('fails an invalid payload and an unknown kind at once, with a clear error', async () => {
    // The producer knows no definitions, so nothing stops these payloads before they are stored.
    const producer = queue();
    const badPayload = await producer.enqueue(database.db, 'test.typed', { n: 'one' });
    const unknown = await producer.enqueue(database.db, 'test.nobody', {});
    const worker = queue();
    let ran = 0;
    worker.define({ kind: 'test.typed', payload: z.object({ n: z.number() }), run: () => Promise.resolve(void (ran += 1)) });
    expect(await worker.drain()).toBe(2);
    expect(ran).toBe(0);
    const invalid = await worker.get(badPayload);
    expect(invalid).toMatchObject({ status: 'failed', attempts: 1 });
    expect(invalid?.lastError).toMatch(/^Invalid payload: n: /);
    expect(await worker.get(unknown)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'Unknown job kind "test.nobody": no handler is registered for it',
    });
  });

  it('retries a failing job and succeeds on a later attempt', async () => {
    const q = queue();
    q.define({
      kind: 'test.flaky',
      payload: z.null(),
      run: (_p, context) => (context.attempt < 3 ? Promise.reject(new Error(`try ${context.attempt} failed`)) : Promise.resolve('ok')),
    });
    const id = await q.enqueue(database.db, 'test.flaky', null);
    expect(await q.drain()).toBe(3);
    expect(await q.get(id)).toMatchObject({ status: 'succeeded', attempts: 3, result: 'ok', lastError: 'try 2 failed' });
  });

  it('gives up after max attempts with the last error, message only and truncated', async () => {
    const q = queue();
    q.define({ kind: 'test.broken', payload: z.null(), maxAttempts: 3, run: () => Promise.reject(new Error(`boom ${'!'.repeat(5000)}`)) });
    const id = await q.enqueue(database.db, 'test.broken', null);
    expect(await q.drain()).toBe(3);
    const view = await q.get(id);
    expect(view).toMatchObject({ status: 'failed', attempts: 3, maxAttempts: 3 });
    expect(view?.lastError).toHaveLength(2000);
    expect(view?.lastError?.startsWith('boom !!!')).toBe(true);
    expect(view?.lastError).not.toContain('queue.test.ts');
  });

  it('waits out the backoff before the next attempt', async () => {
    let clock = Date.parse('2026-12-01T03:00:00.000Z');
    const q = queue({ now: () => new Date(clock), retryDelayMs: (attempt) => attempt * 60_000 });
    q.define({ kind: 'test.later', payload: z.null(), run: (_p, c) => (c.attempt === 1 ? Promise.reject(new Error('not yet')) : Promise.resolve(null)) });
    const id = await q.enqueue(database.db, 'test.later', null);
    expect(await q.drain()).toBe(1);
    expect(await q.get(id)).toMatchObject({ status: 'queued', attempts: 1, runAt: '2026-12-01T03:01:00.000Z', lastError: 'not yet' });
    clock += 59_000;
    expect(await q.drain()).toBe(0);
    clock += 1_000;
    expect(await q.drain()).toBe(1);
    expect((await q.get(id))?.status).toBe('succeeded');
  });

  it('does not run a job before its run_at', async () => {
    const q = queue();
    q.define({ kind: 'test.scheduled', payload: z.null(), run: () => Promise.resolve(null) });
    const id = await q.enqueue(database.db, 'test.scheduled', null, { runAt: new Date(Date.now() + 3_600_000) });
    expect(await q.drain()).toBe(0);
    expect((await q.get(id))?.status).toBe('queued');
  });

  it('records throttled progress while running and the final value at the end', async () => {
    const q = queue({ progressIntervalMs: 60_000 });
    const observed: { progress: number; message: string | null }[] = [];
    q.define({
      kind: 'test.progress',
      payload: z.null(),
      run: async (_p, context) => {
        await context.reportProgress(0.25, 'Đang đọc tệp');
        await context.reportProgress(0.5, 'Đang kiểm tra dữ liệu');
        const mid = await row(context.jobId);
        observed.push({ progress: mid.progress, message: mid.progress_message });
        await context.reportProgress(0.75, 'Đang ghi');
        throw new Error('stop here');
      },
    });
    const id = await q.enqueue(database.db, 'test.progress', null, { maxAttempts: 1 });
    await q.drain();
    expect(observed).toEqual([{ progress: 0.25, message: 'Đang đọc tệp' }]);
    expect(await q.get(id)).toMatchObject({ status: 'failed', progress: 0.75, progressMessage: 'Đang ghi' });
  });

  it('reclaims the job of a crashed worker once its lease has expired', async () => {
    const leaseMs = 60_000;
    const q = queue({ leaseMs });
    const id = await q.enqueue(database.db, 'test.survivor', { n: 1 });
    // A worker claims the job and dies without finishing it.
    const claimed = await claimNextJob(database.db, dialect, { workerId: 'dead-worker', leaseMs, now: new Date() });
    expect(claimed).toMatchObject({ id, status: 'running', locked_by: 'dead-worker', attempts: 1 });

    const ran: number[] = [];
    const restartedNow = queue({ leaseMs, workerId: 'restarted' });
    restartedNow.define({ kind: 'test.survivor', payload: z.object({ n: z.number() }), run: (_p, c) => Promise.resolve(void ran.push(c.attempt)) });
    expect(await restartedNow.drain()).toBe(0);
    expect((await row(id)).locked_by).toBe('dead-worker');

    const later = Date.now() + leaseMs + 1_000;
    const restartedLater = queue({ leaseMs, workerId: 'restarted', now: () => new Date(later) });
    restartedLater.define({ kind: 'test.survivor', payload: z.object({ n: z.number() }), run: (_p, c) => Promise.resolve(void ran.push(c.attempt)) });
    expect(await restartedLater.drain()).toBe(1);
    expect(ran).toEqual([2]);
    expect(await restartedLater.get(id)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('fails a job whose worker died on its last attempt instead of leaving it running', async () => {
    const q = queue({ leaseMs: 1_000 });
    const id = await q.enqueue(database.db, 'test.fragile', null, { maxAttempts: 1 });
    await claimNextJob(database.db, dialect, { workerId: 'dead-worker', leaseMs: 1_000, now: new Date() });
    const later = queue({ now: () => new Date(Date.now() + 5_000) });
    expect(await later.drain()).toBe(0);
    expect(await later.get(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: LOST_WORKER_ERROR });
  });

  it('lets an administrator retry a failed job and cancel a queued one, with audit entries', async () => {
    const q = queue();
    let healthy = false;
    q.define({ kind: 'test.admin', payload: z.null(), maxAttempts: 1, run: () => (healthy ? Promise.resolve('done') : Promise.reject(new Error('down'))) });
    const failed = await q.enqueue(database.db, 'test.admin', null);
    await q.drain();
    expect((await q.get(failed))?.status).toBe('failed');

    const retried = await q.retry(admin, failed);
    expect(retried).toMatchObject({ status: 'queued', attempts: 0, finishedAt: null });
    healthy = true;
    await q.drain();
    expect(await q.get(failed)).toMatchObject({ status: 'succeeded', attempts: 1 });

    const waiting = await q.enqueue(database.db, 'test.admin', null, { runAt: new Date(Date.now() + 60_000) });
    expect(await q.cancel(admin, waiting)).toMatchObject({ status: 'cancelled' });

    const audit = await database.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(audit.map((a) => [a.action, a.subject_id, a.actor_label, a.request_id])).toEqual([
      ['job.retried', failed, 'test-admin', 'req-1'],
      ['job.cancelled', waiting, 'test-admin', 'req-1'],
    ]);
    expect(JSON.parse(audit[0]?.before_json ?? '{}')).toMatchObject({ status: 'failed', lastError: 'down' });
  });

  it('refuses to retry or cancel a job in the wrong state, and reports unknown ids', async () => {
    const q = queue();
    q.define({ kind: 'test.state', payload: z.null(), run: () => Promise.resolve(null) });
    const queued = await q.enqueue(database.db, 'test.state', null);
    await expect(q.retry(admin, queued)).rejects.toMatchObject({ code: 'job_not_retryable', status: 409 });
    await q.drain();
    await expect(q.cancel(admin, queued)).rejects.toMatchObject({ code: 'job_not_cancellable', status: 409 });
    const missing = q.retry(admin, '01900000-0000-7000-8000-000000000000');
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({ code: 'not_found', status: 404 });
    expect(await database.db.selectFrom('audit_log').select('seq').execute()).toHaveLength(0);
  });

  it('never runs a cancelled job', async () => {
    const q = queue();
    let ran = false;
    q.define({ kind: 'test.cancelled', payload: z.null(), run: () => Promise.resolve(void (ran = true)) });
    const id = await q.enqueue(database.db, 'test.cancelled', null);
    await q.cancel(admin, id);
    expect(await q.drain()).toBe(0);
    expect(ran).toBe(false);
  });

  it('polls in the background and stop() waits for the running job', async () => {
    const q = queue({ pollMs: 10 });
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const hasStarted = new Promise<void>((resolve) => (started = resolve));
    q.define({
      kind: 'test.slow',
      payload: z.null(),
      run: () => {
        started();
        return new Promise((resolve) => (release = () => resolve('finished')));
      },
    });
    q.start();
    const id = await q.enqueue(database.db, 'test.slow', null);
    await hasStarted;
    expect((await q.get(id))?.status).toBe('running');
    const stopped = q.stop();
    let stopDone = false;
    void stopped.then(() => (stopDone = true));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopDone).toBe(false);
    release();
    await stopped;
    expect(await q.get(id)).toMatchObject({ status: 'succeeded', result: 'finished' });

    const after = await q.enqueue(database.db, 'test.slow', null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await q.get(after))?.status).toBe('queued');
  });
});
