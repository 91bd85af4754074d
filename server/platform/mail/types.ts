import type { Executor } from '../db/client.ts';
import type { Locale } from '../../../common/i18n/locale.ts';

export interface MailTemplate {
  name: string;
  /** Subject and bodies per language; `{param}` placeholders are filled and HTML-escaped. */
  render(locale: Locale, params: Record<string, string>): { subject: string; text: string; html: string };
}

export interface Mailer {
  defineTemplate(template: MailTemplate): void;
  /** Writes the message to the outbox in the caller's transaction and enqueues its sending. */
  queue(executor: Executor, message: { to: string; template: string; locale: Locale; params: Record<string, string> }): Promise<string>;
}
