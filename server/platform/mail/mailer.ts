import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Locale } from '../../../common/i18n/locale.ts';
import type { Db, Executor } from '../db/client.ts';
import { newId, nowIso } from '../db/ids.ts';
import { errorMessage } from '../jobs/retry-policy.ts';
import type { JobQueue, JobRunContext } from '../jobs/types.ts';
import { accountTemplates } from './account-templates.ts';
import { applyLayout } from './layout.ts';
import type { Mailer, MailTemplate, OutgoingMail } from './types.ts';

export const MAIL_SEND_JOB = 'mail.send';

/**
 * Without SMTP_URL nothing is sent and nothing is lost: the message stays `queued` in the outbox
 * with this note, readable by administrators (which is how development installs see their mail).
 */
export const SMTP_NOT_CONFIGURED = 'SMTP is not configured (SMTP_URL is empty): the message is kept in the outbox and was not sent';

const REDACTED: Record<Locale, string> = {
  vi: '[Nội dung thư đã được xóa khỏi hộp thư đi sau khi gửi vì có chứa đường dẫn bảo mật]',
  en: '[The content was removed from the outbox after sending because it contained a security link]',
};

export interface MailerOptions {
  db: Db;
  jobs: JobQueue;
  logger: Logger;
  config: { smtpUrl: string | null; from: string; publicUrl: string };
}

const ZSendPayload = z.object({ outboxId: z.string().min(1) });

class OutboxMailer implements Mailer {
  private readonly templates = new Map<string, MailTemplate>();
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo> | null;

  constructor(private readonly options: MailerOptions) {
    this.transport = options.config.smtpUrl
      ? nodemailer.createTransport({ url: options.config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 })
      : null;
    for (const template of accountTemplates) {
      this.defineTemplate(template);
    }
    options.jobs.define({
      kind: MAIL_SEND_JOB,
      payload: ZSendPayload,
      // Doubling from 5 s, eight attempts ride out an SMTP outage of about ten minutes.
      maxAttempts: 8,
      run: (payload, context) => this.send(payload.outboxId, context),
    });
  }

  get canSend(): boolean {
    return this.transport !== null;
  }

  defineTemplate(template: MailTemplate): void {
    if (this.templates.has(template.name)) {
      throw new Error(`Mail template "${template.name}" is defined twice`);
    }
    this.templates.set(template.name, template);
  }

  async queue(executor: Executor, message: OutgoingMail): Promise<string> {
    const template = this.templates.get(message.template);
    if (!template) {
      throw new Error(`Unknown mail template "${message.template}"`);
    }
    const to = message.to.trim();
    if (to === '' || /[\r\n]/.test(to)) {
      throw new Error('A mail recipient must be a single address');
    }
    const rendered = applyLayout(message.locale, template.render(message.locale, message.params), this.options.config.publicUrl);
    const id = newId();
    await executor
      .insertInto('mail_outbox')
      .values({
        id,
        to_address: to,
        template: template.name,
        locale: message.locale,
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
        status: 'queued',
        last_error: this.transport ? null : SMTP_NOT_CONFIGURED,
        created_at: nowIso(),
      })
      .execute();
    await this.options.jobs.enqueue(executor, MAIL_SEND_JOB, { outboxId: id });
    return id;
  }

  private async send(outboxId: string, context: JobRunContext): Promise<unknown> {
    const { db, logger } = this.options;
    const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', outboxId).executeTakeFirst();
    if (!row) {
      throw new Error(`Outbox message ${outboxId} does not exist`);
    }
    // A worker that crashed after sending but before finishing its job must not send twice.
    if (row.status === 'sent') {
      return { sent: true, messageId: row.message_id };
    }
    if (!this.transport) {
      await db.updateTable('mail_outbox').set({ last_error: SMTP_NOT_CONFIGURED }).where('id', '=', outboxId).execute();
      logger.warn({ outboxId, template: row.template }, 'mail not sent: SMTP_URL is not configured; the message stays in the outbox');
      return { sent: false, reason: 'smtp_not_configured' };
    }
    const attempts = row.attempts + 1;
    try {
      const info = await this.transport.sendMail({
        from: this.options.config.from,
        to: row.to_address,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
      });
      const messageId = info.messageId || null;
      const template = this.templates.get(row.template);
      const redacted = template?.sensitive === true ? REDACTED[row.locale === 'en' ? 'en' : 'vi'] : null;
      await db
        .updateTable('mail_outbox')
        .set({
          status: 'sent',
          attempts,
          message_id: messageId,
          sent_at: nowIso(),
          last_error: null,
          ...(redacted === null ? {} : { body_text: redacted, body_html: `<p>${redacted}</p>` }),
        })
        .where('id', '=', outboxId)
        .execute();
      return { sent: true, messageId };
    } catch (error) {
      const final = context.attempt >= context.maxAttempts;
      await db
        .updateTable('mail_outbox')
        .set({ attempts, last_error: errorMessage(error), status: final ? 'failed' : 'queued' })
        .where('id', '=', outboxId)
        .execute();
      throw error;
    }
  }
}

/** The mail service: templates, the outbox and the `mail.send` job that delivers over SMTP. */
export function createMailer(options: MailerOptions): Mailer {
  return new OutboxMailer(options);
}
