export { createMailer, MAIL_SEND_JOB, SMTP_NOT_CONFIGURED, type MailerOptions } from './mailer.ts';
export { composeTemplate, escapeHtml, fill, type TemplateSpec, type TemplateText } from './template.ts';
export { applyLayout } from './layout.ts';
export { accountTemplates } from './account-templates.ts';
export type { MailContent, Mailer, MailTemplate, OutgoingMail } from './types.ts';
