import type { TAuditEntry, TJob, TMailMessage, TMailSummary } from '../../../common/contracts/system.ts';
import type { JobView } from '../../platform/jobs/index.ts';
import { fromJson } from '../../platform/db/json.ts';
import type { AuditRow, MailRow } from './system.repository.ts';

export function presentJob(job: JobView): TJob {
  return { ...job };
}

export function presentMailSummary(row: MailRow): TMailSummary {
  return {
    id: row.id,
    to: row.to_address,
    template: row.template,
    locale: row.locale === 'en' ? 'en' : 'vi',
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    messageId: row.message_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export function presentMailMessage(row: MailRow): TMailMessage {
  return { ...presentMailSummary(row), bodyText: row.body_text, bodyHtml: row.body_html };
}

export function presentAuditEntry(row: AuditRow): TAuditEntry {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    before: fromJson<unknown>(row.before_json, null),
    after: fromJson<unknown>(row.after_json, null),
    requestId: row.request_id,
  };
}
