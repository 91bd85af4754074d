import { z } from 'zod';
import { paged } from './text.ts';

/** Background jobs, the mail outbox and the audit trail, as the administration pages see them. */

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatusName = (typeof JOB_STATUSES)[number];

export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatusName = (typeof MAIL_STATUSES)[number];

const page = z.coerce.number().int().min(1).max(100_000).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(25);
/** Identifiers used as filters: ids, kinds, action names — short and without spaces. */
const token = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[\w.:-]+$/, 'invalid_token');

export const ZJob = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  /** 0–1. */
  progress: z.number(),
  progressMessage: z.string().nullable(),
  result: z.unknown(),
  lastError: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  runAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobList = paged(ZJob);
export type TJobList = z.infer<typeof ZJobList>;

export const ZJobListQuery = z.object({
  status: z.enum(JOB_STATUSES).optional(),
  kind: token(100).optional(),
  page,
  pageSize,
});
export type TJobListQuery = z.infer<typeof ZJobListQuery>;

export const ZMailSummary = z.object({
  id: z.string(),
  to: z.string(),
  template: z.string(),
  locale: z.enum(['vi', 'en']),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  messageId: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type TMailSummary = z.infer<typeof ZMailSummary>;

export const ZMailMessage = ZMailSummary.extend({
  bodyText: z.string(),
  /** The HTML as sent; show it in a sandboxed frame, never inline. */
  bodyHtml: z.string(),
});
export type TMailMessage = z.infer<typeof ZMailMessage>;

export const ZMailList = paged(ZMailSummary);
export type TMailList = z.infer<typeof ZMailList>;

export const ZMailListQuery = z.object({
  status: z.enum(MAIL_STATUSES).optional(),
  page,
  pageSize,
});
export type TMailListQuery = z.infer<typeof ZMailListQuery>;

/**
 * A time bound of the audit filter: an instant with its offset, or a calendar day, which counts
 * in Vietnam time (from its first to its last moment).
 */
export const ZTimeBound = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const ZAuditQuery = z.object({
  actorId: token(64).optional(),
  subjectType: token(64).optional(),
  subjectId: token(200).optional(),
  action: token(100).optional(),
  from: ZTimeBound.optional(),
  to: ZTimeBound.optional(),
  page,
  pageSize,
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditList = paged(ZAuditEntry);
export type TAuditList = z.infer<typeof ZAuditList>;
