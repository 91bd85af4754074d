import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../../test/databases.ts';
import { createJobQueue } from '../jobs/queue.ts';
import type { JobQueue } from '../jobs/types.ts';
import { createMailer, MAIL_SEND_JOB, SMTP_NOT_CONFIGURED } from './mailer.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';
import type { Mailer } from './types.ts';

const silent = pino({ level: 'silent' });
const FROM = 'Sở KH&CN <no-reply@sokhcn.example.vn>';

describe.each(testDialects)('mailer on %s', (dialect) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let clock: number;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    sink = await startSmtpSink();
    clock = Date.now();
  });
  afterEach(async () => {
    await sink.close();
    await database.drop();
  });

  function setup(smtpUrl: string | null): { jobs: JobQueue; mailer: Mailer } {
    const jobs = createJobQueue({
      db: database.db,
      dialect,
      logger: silent,
      pollMs: 20,
      now: () => new Date(clock),
      retryDelayMs: () => 60_000,
      loadActor: () => Promise.resolve(null),
    });
    const mailer = createMailer({ db: database.db, jobs, logger: silent, config: { smtpUrl, from: FROM, publicUrl: 'https://sti.example.vn' } });
    return { jobs, mailer };
  }

  async function outbox(id: string) {
    return database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  const resetMessage = {
    to: 'hoa.nguyen@vien.example.vn',
    template: 'account.password_reset',
    locale: 'vi' as const,
    params: { displayName: 'Nguyễn Thị <b>Hoa</b>', resetUrl: 'https://sti.example.vn/reset-password?token=s3cret', expiresInMinutes: '60' },
  };

  it('sends a queued message over SMTP and marks the outbox row sent', async () => {
    const { jobs, mailer } = setup(sink.url);
    expect(mailer.canSend).toBe(true);
    const id = await database.db.transaction().execute((tx) => mailer.queue(tx, resetMessage));
    expect(await outbox(id)).toMatchObject({ status: 'queued', attempts: 0, last_error: null, to_address: resetMessage.to });
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ kind: MAIL_SEND_JOB, status: 'queued', payload_json: JSON.stringify({ outboxId: id }) });

    expect(await jobs.drain()).toBe(1);
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0];
    expect(mail?.envelopeTo).toEqual([resetMessage.to]);
    expect(mail?.envelopeFrom).toBe('no-reply@sokhcn.example.vn');
    expect(mail?.headers.get('to')).toBe(resetMessage.to);
    expect(mail?.subject).toBe('Hướng dẫn đặt lại mật khẩu tài khoản OpenSTI');
    expect(mail?.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(mail?.text).toContain('Kính gửi Ông/Bà Nguyễn Thị <b>Hoa</b>,');
    expect(mail?.text).toContain('https://sti.example.vn/reset-password?token=s3cret');
    expect(mail?.text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(mail?.html).toContain('Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt;');
    expect(mail?.html).not.toContain('<b>Hoa</b>');
    expect(mail?.html).toContain('href="https://sti.example.vn/reset-password?token=s3cret"');

    const row = await outbox(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(row.message_id).toBe(mail?.headers.get('message-id'));
    expect(row.sent_at).not.toBeNull();
    expect(await jobs.get(job.id)).toMatchObject({ status: 'succeeded', result: { sent: true, messageId: row.message_id } });
  });

  it('clears the secret link from the stored copy once a sensitive message is sent, but not from others', async () => {
    const { jobs, mailer } = setup(sink.url);
    const reset = await mailer.queue(database.db, resetMessage);
    const welcome = await mailer.queue(database.db, { to: 'b@x.vn', template: 'account.signup_received', locale: 'en', params: { displayName: 'Binh' } });
    await jobs.drain();
    const resetRow = await outbox(reset);
    expect(resetRow.body_text).not.toContain('s3cret');
    expect(resetRow.body_html).not.toContain('s3cret');
    expect(resetRow.body_text).toContain('đường dẫn bảo mật');
    expect((await outbox(welcome)).body_text).toContain('Dear Binh,');
  });

  it('retries when the server refuses, then succeeds once it accepts', async () => {
    const { jobs, mailer } = setup(sink.url);
    sink.rejectRecipients(1);
    const id = await mailer.queue(database.db, resetMessage);
    expect(await jobs.drain()).toBe(1);
    const afterFailure = await outbox(id);
    expect(afterFailure).toMatchObject({ status: 'queued', attempts: 1 });
    expect(afterFailure.last_error).toContain('550');
    expect(sink.received).toHaveLength(0);

    clock += 60_000;
    expect(await jobs.drain()).toBe(1);
    expect(await outbox(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(sink.received).toHaveLength(1);
  });

  it('marks the message failed with the error once every attempt was refused', async () => {
    const { jobs, mailer } = setup(sink.url);
    sink.rejectRecipients(Number.POSITIVE_INFINITY);
    const id = await mailer.queue(database.db, resetMessage);
    let runs = 0;
    for (let round = 0; round < 20 && runs < 8; round += 1) {
      runs += await jobs.drain();
      clock += 60_000;
    }
    expect(runs).toBe(8);
    const row = await outbox(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 8 });
    expect(row.last_error).toMatch(/550 Mailbox unavailable/);
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', attempts: 8 });
    expect(job.last_error).toMatch(/550/);
    // The failed message still has its content, for an administrator to read or send by hand.
    expect(row.body_text).toContain('s3cret');
  });

  it('keeps messages in the outbox with a note when no SMTP server is configured', async () => {
    const { jobs, mailer } = setup(null);
    expect(mailer.canSend).toBe(false);
    const id = await mailer.queue(database.db, resetMessage);
    expect(await outbox(id)).toMatchObject({ status: 'queued', last_error: SMTP_NOT_CONFIGURED });
    expect(await jobs.drain()).toBe(1);
    expect(await outbox(id)).toMatchObject({ status: 'queued', attempts: 0, last_error: SMTP_NOT_CONFIGURED, sent_at: null });
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job.status).toBe('succeeded');
    expect(JSON.parse(job.result_json ?? 'null')).toEqual({ sent: false, reason: 'smtp_not_configured' });
    expect(sink.received).toHaveLength(0);
  });

  it('writes nothing when the caller transaction rolls back', async () => {
    const { mailer } = setup(sink.url);
    await expect(
      database.db.transaction().execute(async (tx) => {
        await mailer.queue(tx, resetMessage);
        throw new Error('signup failed');
      }),
    ).rejects.toThrow('signup failed');
    expect(await database.db.selectFrom('mail_outbox').select('id').execute()).toHaveLength(0);
    expect(await database.db.selectFrom('jobs').select('id').execute()).toHaveLength(0);
  });

  it('refuses unknown templates, missing parameters and header-breaking recipients', async () => {
    const { mailer } = setup(sink.url);
    await expect(mailer.queue(database.db, { ...resetMessage, template: 'account.nope' })).rejects.toThrow('Unknown mail template "account.nope"');
    await expect(mailer.queue(database.db, { ...resetMessage, params: { displayName: 'A' } })).rejects.toThrow('needs the parameter');
    await expect(mailer.queue(database.db, { ...resetMessage, to: 'a@b.vn\r\nBcc: c@d.vn' })).rejects.toThrow('single address');
    expect(() => mailer.defineTemplate({ name: 'account.approved', render: () => ({ subject: '', text: '', html: '' }) })).toThrow('defined twice');
    expect(await database.db.selectFrom('mail_outbox').select('id').execute()).toHaveLength(0);
  });
});
