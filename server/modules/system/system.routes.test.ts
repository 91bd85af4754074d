import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TAuditList, TJob, TJobList, TMailList, TMailMessage } from '../../../common/contracts/system.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';
const officerAccount = {
  email: 'can.bo@sokhcn.example.vn',
  displayName: 'Trần Văn Bình',
  password: 'mat-khau-dai-1',
  grants: [{ role: 'officer', scopeKind: 'global', scopeId: null }],
};

describe.each(testDialects)('system routes on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let officerId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect, { seedReference: false });
    admin = await t.admin();
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: officerAccount });
    expect(created.statusCode).toBe(201);
    officerId = created.json<{ id: string }>().id;
    officer = await t.login(officerAccount.email, officerAccount.password);
  });
  afterEach(async () => {
    await t.close();
  });

  const adminUrls = ['/api/v1/admin/jobs', '/api/v1/admin/mail', '/api/v1/admin/audit', `/api/v1/admin/mail/${UNKNOWN}`];

  it('asks anonymous callers to sign in (401)', async () => {
    for (const url of [...adminUrls, `/api/v1/jobs/${UNKNOWN}`]) {
      const response = await t.anonymous.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json()).toMatchObject({ code: 'unauthenticated' });
    }
    const retry = await t.anonymous.request({ method: 'POST', url: `/api/v1/admin/jobs/${UNKNOWN}/retry` });
    expect(retry.statusCode).toBe(401);
  });

  it('refuses users without the permission (403 with the reason)', async () => {
    for (const url of adminUrls) {
      const response = await officer.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ code: 'missing_role', title: 'Bạn chưa được giao vai trò cần thiết cho thao tác này' });
    }
    for (const action of ['retry', 'cancel']) {
      const response = await officer.request({ method: 'POST', url: `/api/v1/admin/jobs/${UNKNOWN}/${action}` });
      expect(response.statusCode).toBe(403);
    }
  });

  it('answers bad queries and ids with 400 and the offending field', async () => {
    const cases: [string, string][] = [
      ['/api/v1/admin/jobs?status=exploded', 'query.status'],
      ['/api/v1/admin/jobs?pageSize=1000', 'query.pageSize'],
      ['/api/v1/admin/mail?status=lost', 'query.status'],
      ['/api/v1/admin/audit?from=yesterday', 'query.from'],
      ['/api/v1/admin/audit?from=2026-11-29&to=2026-11-28', 'query.to'],
      ['/api/v1/admin/mail/not-an-id', 'params.id'],
      ['/api/v1/jobs/42', 'params.id'],
    ];
    for (const [url, path] of cases) {
      const response = await admin.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path), url).toContain(path);
    }
  });

  it('answers unknown ids with 404', async () => {
    for (const url of [`/api/v1/admin/mail/${UNKNOWN}`, `/api/v1/jobs/${UNKNOWN}`]) {
      expect((await admin.request({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    for (const action of ['retry', 'cancel']) {
      expect((await admin.request({ method: 'POST', url: `/api/v1/admin/jobs/${UNKNOWN}/${action}` })).statusCode).toBe(404);
    }
  });

  it('lists, shows, retries and cancels jobs for an administrator', async () => {
    const { jobs, db } = t.platform;
    const orphan = await jobs.enqueue(db, 'test.no_handler', {});
    await jobs.drain();
    const waiting = await jobs.enqueue(db, 'test.no_handler', {}, { runAt: new Date(Date.now() + 3_600_000) });

    const list = await admin.request({ method: 'GET', url: '/api/v1/admin/jobs?status=failed' });
    expect(list.statusCode).toBe(200);
    expect(list.json<TJobList>().items.map((j) => [j.id, j.lastError])).toEqual([[orphan, 'Unknown job kind "test.no_handler": no handler is registered for it']]);

    const shown = await admin.request({ method: 'GET', url: `/api/v1/jobs/${waiting}` });
    expect(shown.json()).toMatchObject({ id: waiting, status: 'queued' });

    const retried = await admin.request({ method: 'POST', url: `/api/v1/admin/jobs/${orphan}/retry` });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: orphan, status: 'queued', attempts: 0 });

    const cancelled = await admin.request({ method: 'POST', url: `/api/v1/admin/jobs/${waiting}/cancel` });
    expect(cancelled.json<TJob>().status).toBe('cancelled');
    const again = await admin.request({ method: 'POST', url: `/api/v1/admin/jobs/${waiting}/retry` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'job_not_retryable', title: 'Tác vụ này không thể chạy lại' });
    const cancelTwice = await admin.request({ method: 'POST', url: `/api/v1/admin/jobs/${waiting}/cancel`, headers: { 'accept-language': 'en' } });
    expect(cancelTwice.statusCode).toBe(409);
    expect(cancelTwice.json()).toMatchObject({ code: 'job_not_cancellable', title: 'Only a job that is still waiting can be cancelled' });

    const audit = await admin.request({ method: 'GET', url: `/api/v1/admin/audit?subjectType=job` });
    expect(audit.json<TAuditList>().items.map((e) => [e.action, e.subjectId])).toEqual([
      ['job.cancelled', waiting],
      ['job.retried', orphan],
    ]);
  });

  it('shows a job to the user who started it, and to no other user', async () => {
    const { jobs, db } = t.platform;
    const mine = await jobs.enqueue(db, 'test.no_handler', {}, { createdBy: officerId, runAt: new Date(Date.now() + 60_000) });
    const theirs = await jobs.enqueue(db, 'test.no_handler', {}, { runAt: new Date(Date.now() + 60_000) });
    const own = await officer.request({ method: 'GET', url: `/api/v1/jobs/${mine}` });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: mine, createdBy: officerId, progress: 0 });
    expect((await officer.request({ method: 'GET', url: `/api/v1/jobs/${theirs}` })).statusCode).toBe(404);
  });

  it('lists the outbox and shows a message for an administrator', async () => {
    const { mail, db } = t.platform;
    const id = await mail.queue(db, { to: 'hoa@vien.example.vn', template: 'account.signup_received', locale: 'vi', params: { displayName: 'Nguyễn Thị Hoa' } });
    const list = await admin.request({ method: 'GET', url: '/api/v1/admin/mail?status=queued' });
    expect(list.statusCode).toBe(200);
    const body = list.json<TMailList>();
    expect(body.items.find((m) => m.id === id)).toMatchObject({ to: 'hoa@vien.example.vn', status: 'queued', template: 'account.signup_received' });
    const sent = await admin.request({ method: 'GET', url: '/api/v1/admin/mail?status=sent' });
    expect(sent.json<TMailList>().total).toBe(0);

    const detail = await admin.request({ method: 'GET', url: `/api/v1/admin/mail/${id}` });
    expect(detail.statusCode).toBe(200);
    const message = detail.json<TMailMessage>();
    expect(message.subject).toBe('Xác nhận đã tiếp nhận đề nghị đăng ký tài khoản OpenSTI');
    expect(message.bodyText).toContain('Kính gửi Ông/Bà Nguyễn Thị Hoa,');
  });

  it('lists the audit trail filtered by actor and action', async () => {
    const trail = await admin.request({ method: 'GET', url: '/api/v1/admin/audit?action=user.created&pageSize=5' });
    expect(trail.statusCode).toBe(200);
    const body = trail.json<TAuditList>();
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    expect(body.items.some((e) => e.subjectId === officerId)).toBe(true);
    expect(body.items.every((e) => e.action === 'user.created')).toBe(true);
    const byOfficer = await admin.request({ method: 'GET', url: `/api/v1/admin/audit?actorId=${officerId}&action=user.created` });
    expect(byOfficer.json<TAuditList>().total).toBe(0);
  });
});
