import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TReportDetail, TRound } from '../../../../common/contracts/programs-rounds.ts';
import { startSmtpSink, type SmtpSink } from '../../../platform/mail/smtp-sink.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { vietnamToday } from '../plans/progress.ts';
import { buildWorld, createUser, type RoundsWorld } from '../plans/test-setup.ts';
import { REMINDER_JOB, sendReminders } from './reminders.ts';

const BASE = '/api/v1/programs';

function plusDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

describe.each(testDialects)('round reminders on %s', (dialect) => {
  let t: TestApp;
  let sink: SmtpSink;
  let w: RoundsWorld;
  let round: TRound;
  const today = vietnamToday();

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(dialect, { env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://sti.example.vn' } });
    w = await buildWorld(t);
    // A second reporter of unit A: every reporter of a late unit is written to.
    await createUser(t, w.admin, 'phobaocao.sct@test.vn', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: w.unitA }]);
    for (const [organisationId, reporter] of [
      [w.unitA, w.reporterA],
      [w.unitB, w.reporterB],
    ] as const) {
      expect((await reporter.request({ method: 'POST', url: `${BASE}/${w.programId}/plans`, payload: { organisationId, title: 'Kế hoạch', actionIds: w.actionIds.slice(0, 1) } })).statusCode).toBe(201);
    }
    const opened = await w.officer.request({ method: 'POST', url: `${BASE}/${w.programId}/rounds`, payload: { kind: 'half_year', period: '2026-H1', dueOn: plusDays(today, 5) } });
    expect(opened.statusCode, opened.body).toBe(201);
    round = opened.json<TRound>();
    const reports = (await w.reporterB.request({ method: 'GET', url: `${BASE}/rounds/${round.id}/reports` })).json<{ items: { id: string }[] }>().items;
    const saved = (await w.reporterB.request({ method: 'PUT', url: `${BASE}/reports/${reports[0]?.id}`, payload: { version: 1, summary: 'Đã hoàn thành.' } })).json<TReportDetail>();
    expect((await w.reporterB.request({ method: 'POST', url: `${BASE}/reports/${saved.id}/submit`, payload: { version: saved.version } })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('keeps a daily run scheduled once a round is open', async () => {
    const scheduled = await t.platform.db.selectFrom('jobs').selectAll().where('kind', '=', REMINDER_JOB).where('status', '=', 'queued').execute();
    expect(scheduled).toHaveLength(1);
    expect(JSON.parse(scheduled[0]?.payload_json ?? '{}')).toEqual({ scheduled: true });
    expect(scheduled[0]?.run_at.slice(11, 16)).toBe('01:00');
  });

  it('reminds the reporters of units that have not submitted, once a day', async () => {
    const url = `${BASE}/rounds/${round.id}/reminders`;
    expect((await w.reporterA.request({ method: 'POST', url, payload: {} })).statusCode).toBe(403);
    expect((await w.officer.request({ method: 'POST', url, payload: { daysBefore: 99 } })).statusCode).toBe(400);
    expect((await w.officer.request({ method: 'POST', url, payload: {} })).statusCode).toBe(202);
    await t.platform.jobs.drain();
    expect(sink.received.map((mail) => mail.envelopeTo[0]).sort()).toEqual(['baocao.sct@test.vn', 'phobaocao.sct@test.vn']);
    const mail = sink.received[0];
    expect(mail?.subject).toBe(`Nhắc hạn gửi báo cáo: ${round.title}`);
    expect(mail?.text).toContain('còn 5 ngày');
    expect(mail?.text).toContain('Sở Công Thương thử nghiệm');
    expect(mail?.text).toContain('https://sti.example.vn/programs/reports/');

    expect((await w.officer.request({ method: 'POST', url, payload: {} })).statusCode).toBe(202);
    await t.platform.jobs.drain();
    expect(sink.received).toHaveLength(2);
    const stored = await t.platform.db.selectFrom('reporting_rounds').select('reminded_on').where('id', '=', round.id).executeTakeFirstOrThrow();
    expect(stored.reminded_on).toBe(today);
  });

  it('does not remind before the lead time, and reminds late units after the due date', async () => {
    expect(await sendReminders(t.platform, { roundId: round.id, scheduled: false, daysBefore: 2 }, new Date(`${plusDays(today, 1)}T03:00:00Z`))).toEqual({ rounds: 0, reportsReminded: 0, messages: 0 });
    const late = await sendReminders(t.platform, { roundId: round.id, scheduled: false }, new Date(`${plusDays(today, 8)}T03:00:00Z`));
    expect(late).toEqual({ rounds: 1, reportsReminded: 1, messages: 2 });
    await t.platform.jobs.drain();
    const overdue = sink.received.slice(2);
    expect(overdue.map((mail) => mail.subject)).toEqual([`Báo cáo quá hạn: ${round.title}`, `Báo cáo quá hạn: ${round.title}`]);
    expect(overdue[0]?.text).toContain('đã quá 3 ngày');
    const events = await t.platform.db.selectFrom('round_report_events').select(['event', 'comment']).where('event', '=', 'reminded').execute();
    expect(events.map((event) => event.comment).sort()).toEqual(['due_soon', 'overdue']);
  });
});
