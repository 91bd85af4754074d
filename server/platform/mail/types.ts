import type { Executor } from '../db/client.ts';
import type { Locale } from '../../../common/i18n/locale.ts';

/** A rendered message before the shared layout (department header, footer) is put around it. */
export interface MailContent {
  subject: string;
  text: string;
  /** An HTML fragment; every parameter in it is already escaped. */
  html: string;
}

export interface MailTemplate {
  name: string;
  /**
   * True when the message carries a secret (a password reset link): its bodies are cleared from
   * the outbox once it has been sent, so reading the outbox does not hand out access.
   */
  sensitive?: boolean;
  /** Subject and bodies in one language; throws when a required parameter is missing. */
  render(locale: Locale, params: Record<string, string>): MailContent;
}

export interface OutgoingMail {
  to: string;
  template: string;
  locale: Locale;
  params: Record<string, string>;
}

export interface Mailer {
  /** True when an SMTP server is configured; otherwise messages stay in the outbox unsent. */
  readonly canSend: boolean;
  defineTemplate(template: MailTemplate): void;
  /** Writes the message to the outbox in the caller's transaction and enqueues its sending. */
  queue(executor: Executor, message: OutgoingMail): Promise<string>;
}
