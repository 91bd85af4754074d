import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZAuditQuery, ZJobListQuery, ZMailListQuery } from '../../../common/contracts/system.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { createJobQueue, type JobQueue } from '../../platform/jobs/index.ts';
import { createMailer } from '../../platform/mail/index.ts';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { auditTimeRange, SystemService } from './system.service.ts';

function userActor(userId: string, role: 'admin' | 'officer' | 'researcher' | null): Actor {
  return {
    kind: 'user',
    userId,
    personId: null,
    displayName: `User ${userId}`,
    grants: role ? [{ id: `g-${userId}`, role, scopeKind: 'global', scopeId: null, scopePath: null, scopeName: null }] : [],
    locale: 'vi',
  };
}

const admin = { actor: userActor('admin-1', 'admin'), requestId: 'req-admin' };
const officer = { actor: userActor('officer-1', 'officer'), requestId: 'req-officer' };
const researcher = { actor: userActor('researcher-1', 'researcher'), requestId: 'req-r' };
const UNKNOWN = '01900000-0000-7000-8000-000000000000';

describe.each(testDialects)('system service on %s', (dialect) => {
  let database: TestDatabase;
  let jobs: JobQueue;
  let service: SystemService;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    jobs = createJobQueue({ db: database.db, dialect, logger: pino({ level: 'silent' }), pollMs: 50, retryDelayMs: () => 0, loadActor: () => Promise.resolve(null) });
    jobs.define({ kind: 'test.ok', payload: z.null(), run: () => Promise.resolve('ok') });
    jobs.define({ kind: 'test.broken', payload: z.null(), maxAttempts: 1, run: () => Promise.reject(new Error('broken')) });
    service = new SystemService({ db: database.db, jobs });
  });
  afterEach(async () => {
    await database.drop();
  });

  describe('jobs', () => {
    it('lists jobs newest first with status and kind filters and pagination', async () => {
      const ok1 = await jobs.enqueue(database.db, 'test.ok', null);
      const broken = await jobs.enqueue(database.db, 'test.broken', null);
      await jobs.drain();
      const waiting = await jobs.enqueue(database.db, 'test.ok', null, { runAt: new Date(Date.now() + 60_000) });

      const all = await service.listJobs(admin, ZJobListQuery.parse({}));
      expect(all.total).toBe(3);
      expect(all.items.map((j) => j.id)).toEqual([waiting, broken, ok1]);

      const failed = await service.listJobs(admin, ZJobListQuery.parse({ status: 'failed' }));
      expect(failed.items.map((j) => [j.id, j.lastError])).toEqual([[broken, 'broken']]);

      const okKind = await service.listJobs(admin, ZJobListQuery.parse({ kind: 'test.ok', pageSize: '1', page: '2' }));
      expect(okKind).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(okKind.items.map((j) => j.id)).toEqual([ok1]);

      const both = await service.listJobs(admin, ZJobListQuery.parse({ kind: 'test.ok', status: 'queued' }));
      expect(both.items.map((j) => j.id)).toEqual([waiting]);
    });

    it('refuses the job list to actors without jobs.manage', async () => {
      await expect(service.listJobs(officer, ZJobListQuery.parse({}))).rejects.toMatchObject({ status: 403, code: 'missing_role' });
    });

    it('shows a job to its creator and to job managers, and hides it from everyone else', async () => {
      const id = await jobs.enqueue(database.db, 'test.ok', null, { createdBy: 'researcher-1' });
      expect(await service.getJob(researcher, id)).toMatchObject({ id, status: 'queued', createdBy: 'researcher-1' });
      expect(await service.getJob(admin, id)).toMatchObject({ id });
      await expect(service.getJob(officer, id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
      const systemJob = await jobs.enqueue(database.db, 'test.ok', null);
      await expect(service.getJob(researcher, systemJob)).rejects.toMatchObject({ status: 404 });
      await expect(service.getJob(admin, UNKNOWN)).rejects.toMatchObject({ status: 404 });
    });

    it('retries and cancels for job managers only, recording who did it', async () => {
      const broken = await jobs.enqueue(database.db, 'test.broken', null);
      await jobs.drain();
      await expect(service.retryJob(officer, broken)).rejects.toMatchObject({ status: 403 });
      expect(await service.retryJob(admin, broken)).toMatchObject({ status: 'queued', attempts: 0 });
      await expect(service.cancelJob(officer, broken)).rejects.toMatchObject({ status: 403 });
      expect(await service.cancelJob(admin, broken)).toMatchObject({ status: 'cancelled' });
      await expect(service.retryJob(admin, broken)).rejects.toMatchObject({ status: 409, code: 'job_not_retryable' });
      await expect(service.cancelJob(admin, UNKNOWN)).rejects.toMatchObject({ status: 404 });

      const trail = await service.listAudit(admin, ZAuditQuery.parse({ subjectType: 'job', subjectId: broken }));
      expect(trail.items.map((e) => [e.action, e.actorId, e.requestId])).toEqual([
        ['job.cancelled', 'admin-1', 'req-admin'],
        ['job.retried', 'admin-1', 'req-admin'],
      ]);
    });
  });

  describe('mail outbox', () => {
    it('lists messages newest first by status and shows one with its bodies, for mail.read holders only', async () => {
      const mailer = createMailer({ db: database.db, jobs, logger: pino({ level: 'silent' }), config: { smtpUrl: null, from: 'a@b.vn', publicUrl: 'https://sti.example.vn' } });
      const first = await mailer.queue(database.db, { to: 'a@vien.vn', template: 'account.signup_received', locale: 'vi', params: { displayName: 'Hoa' } });
      const second = await mailer.queue(database.db, { to: 'b@vien.vn', template: 'account.approved', locale: 'en', params: { displayName: 'Binh' } });
      await database.db.updateTable('mail_outbox').set({ status: 'failed' }).where('id', '=', first).execute();

      const all = await service.listMail(admin, ZMailListQuery.parse({}));
      expect(all.items.map((m) => [m.id, m.to, m.status])).toEqual([
        [second, 'b@vien.vn', 'queued'],
        [first, 'a@vien.vn', 'failed'],
      ]);
      expect(all.items[0]).not.toHaveProperty('bodyText');
      const failed = await service.listMail(admin, ZMailListQuery.parse({ status: 'failed' }));
      expect(failed).toMatchObject({ total: 1, items: [{ id: first, subject: 'Xác nhận đã tiếp nhận đề nghị đăng ký tài khoản OpenSTI' }] });

      const detail = await service.getMail(admin, second);
      expect(detail).toMatchObject({ id: second, locale: 'en', template: 'account.approved' });
      expect(detail.bodyText).toContain('Dear Binh,');
      expect(detail.bodyHtml).toContain('<html lang="en">');

      await expect(service.getMail(admin, UNKNOWN)).rejects.toMatchObject({ status: 404 });
      await expect(service.listMail(officer, ZMailListQuery.parse({}))).rejects.toMatchObject({ status: 403, code: 'missing_role' });
      await expect(service.getMail(officer, second)).rejects.toMatchObject({ status: 403 });
    });
  });

  describe('audit trail', () => {
    async function write(actor: Actor, action: string, subjectType: string, subjectId: string, at: string): Promise<void> {
      await database.db.transaction().execute(async (tx) => {
        await recordAudit(tx, { actor, requestId: null }, { action, subjectType, subjectId, after: { n: subjectId } });
        // Entries are written "now"; the test moves them to fixed times to exercise the time filter.
        await tx.updateTable('audit_log').set({ at }).where('subject_id', '=', subjectId).execute();
      });
    }

    beforeEach(async () => {
      await write(admin.actor, 'user.created', 'user', 'u1', '2026-11-27T16:30:00.000Z');
      await write(admin.actor, 'user.approved', 'user', 'u2', '2026-11-28T02:00:00.000Z');
      await write(officer.actor, 'organisation.updated', 'organisation', 'o1', '2026-11-28T17:30:00.000Z');
      await write(officer.actor, 'organisation.updated', 'organisation', 'o2', '2026-11-29T03:00:00.000Z');
    });

    it('lists the trail newest first with its content', async () => {
      const all = await service.listAudit(admin, ZAuditQuery.parse({}));
      expect(all.total).toBe(4);
      expect(all.items.map((e) => e.subjectId)).toEqual(['o2', 'o1', 'u2', 'u1']);
      expect(all.items[3]).toMatchObject({ seq: 1, actorId: 'admin-1', actorLabel: 'User admin-1', action: 'user.created', after: { n: 'u1' }, before: null });
    });

    it('filters by actor, subject and action, and pages', async () => {
      const byActor = await service.listAudit(admin, ZAuditQuery.parse({ actorId: 'officer-1' }));
      expect(byActor.items.map((e) => e.subjectId)).toEqual(['o2', 'o1']);
      const bySubject = await service.listAudit(admin, ZAuditQuery.parse({ subjectType: 'organisation', subjectId: 'o1' }));
      expect(bySubject.items.map((e) => e.subjectId)).toEqual(['o1']);
      const byAction = await service.listAudit(admin, ZAuditQuery.parse({ action: 'user.approved' }));
      expect(byAction.items.map((e) => e.subjectId)).toEqual(['u2']);
      const paged = await service.listAudit(admin, ZAuditQuery.parse({ pageSize: '3', page: '2' }));
      expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(paged.items.map((e) => e.subjectId)).toEqual(['u1']);
    });

    it('filters by time: calendar days count in Vietnam time, instants are inclusive', async () => {
      // 28 Nov in Vietnam runs from 27 Nov 17:00 to 28 Nov 17:00 UTC.
      const day = await service.listAudit(admin, ZAuditQuery.parse({ from: '2026-11-28', to: '2026-11-28' }));
      expect(day.items.map((e) => e.subjectId)).toEqual(['u2']);
      const instants = await service.listAudit(admin, ZAuditQuery.parse({ from: '2026-11-27T23:30:00+07:00', to: '2026-11-28T17:30:00Z' }));
      expect(instants.items.map((e) => e.subjectId)).toEqual(['o1', 'u2', 'u1']);
      const since = await service.listAudit(admin, ZAuditQuery.parse({ from: '2026-11-29' }));
      expect(since.items.map((e) => e.subjectId)).toEqual(['o2', 'o1']);
    });

    it('rejects a range that ends before it starts, and actors without audit.read', async () => {
      await expect(service.listAudit(admin, ZAuditQuery.parse({ from: '2026-11-29', to: '2026-11-28' }))).rejects.toMatchObject({
        status: 400,
        code: 'validation_failed',
        fieldErrors: [{ path: 'query.to', code: 'before_from' }],
      });
      await expect(service.listAudit(officer, ZAuditQuery.parse({}))).rejects.toMatchObject({ status: 403, code: 'missing_role' });
    });
  });
});

describe('audit query parsing', () => {
  it('accepts days and instants with offsets, and refuses anything else', () => {
    expect(ZAuditQuery.safeParse({ from: '2026-11-28', to: '2026-11-28T10:00:00+07:00' }).success).toBe(true);
    expect(ZAuditQuery.safeParse({ from: '28/11/2026' }).success).toBe(false);
    expect(ZAuditQuery.safeParse({ action: 'user created; drop' }).success).toBe(false);
    expect(ZAuditQuery.safeParse({ pageSize: '500' }).success).toBe(false);
  });

  it('turns bounds into a half-open UTC range', () => {
    expect(auditTimeRange('2026-11-28', '2026-11-28')).toEqual({ fromIso: '2026-11-27T17:00:00.000Z', untilIso: '2026-11-28T17:00:00.000Z' });
    expect(auditTimeRange(undefined, '2026-11-28T10:00:00Z')).toEqual({ untilIso: '2026-11-28T10:00:00.001Z' });
    expect(auditTimeRange(undefined, undefined)).toEqual({});
  });
});
