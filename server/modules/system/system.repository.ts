import type { Selectable } from 'kysely';
import type { JobStatusName, MailStatusName } from '../../../common/contracts/system.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { AuditLogTable, JobsTable, MailOutboxTable } from '../../platform/db/platform-tables.ts';

export type JobRow = Selectable<JobsTable>;
export type MailRow = Selectable<MailOutboxTable>;
export type AuditRow = Selectable<AuditLogTable>;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface RowPage<T> {
  rows: T[];
  total: number;
}

const offset = (request: PageRequest): number => (request.page - 1) * request.pageSize;

/** Newest first; each filter combination is served by an index (status/kind with created_at). */
export async function listJobs(executor: Executor, filter: { status?: JobStatusName; kind?: string }, request: PageRequest): Promise<RowPage<JobRow>> {
  let query = executor.selectFrom('jobs');
  if (filter.status) {
    query = query.where('status', '=', filter.status);
  }
  if (filter.kind) {
    query = query.where('kind', '=', filter.kind);
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(request.pageSize).offset(offset(request)).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function listMail(executor: Executor, filter: { status?: MailStatusName }, request: PageRequest): Promise<RowPage<MailRow>> {
  let query = executor.selectFrom('mail_outbox');
  if (filter.status) {
    query = query.where('status', '=', filter.status);
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(request.pageSize).offset(offset(request)).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findMail(executor: Executor, id: string): Promise<MailRow | undefined> {
  return executor.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface AuditFilter {
  actorId?: string;
  subjectType?: string;
  subjectId?: string;
  action?: string;
  /** Inclusive lower and exclusive upper bound, ISO-8601 UTC. */
  fromIso?: string;
  untilIso?: string;
}

/**
 * Newest first by sequence number. Actor, subject and action filters each have an index ending in
 * `seq`, so the database walks the matching entries in order; a time range alone uses `audit_at_idx`.
 */
export async function listAudit(executor: Executor, filter: AuditFilter, request: PageRequest): Promise<RowPage<AuditRow>> {
  let query = executor.selectFrom('audit_log');
  if (filter.actorId) {
    query = query.where('actor_id', '=', filter.actorId);
  }
  if (filter.subjectType) {
    query = query.where('subject_type', '=', filter.subjectType);
  }
  if (filter.subjectId) {
    query = query.where('subject_id', '=', filter.subjectId);
  }
  if (filter.action) {
    query = query.where('action', '=', filter.action);
  }
  if (filter.fromIso) {
    query = query.where('at', '>=', filter.fromIso);
  }
  if (filter.untilIso) {
    query = query.where('at', '<', filter.untilIso);
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('seq', 'desc').limit(request.pageSize).offset(offset(request)).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
