import type {
  TAuditList,
  TAuditQuery,
  TJob,
  TJobList,
  TJobListQuery,
  TMailList,
  TMailListQuery,
  TMailMessage,
} from '../../../common/contracts/system.ts';
import { authorize, can } from '../../platform/access/policy.ts';
import type { AuditContext } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { toJobView, type JobQueue } from '../../platform/jobs/index.ts';
import { presentAuditEntry, presentJob, presentMailMessage, presentMailSummary } from './system.presenter.ts';
import * as repo from './system.repository.ts';

/** What the service needs of the platform; the full `Platform` satisfies it. */
export interface SystemDeps {
  db: Db;
  jobs: JobQueue;
}

/** Offset of Vietnam time (Asia/Ho_Chi_Minh keeps UTC+7 all year), for filters given as calendar days. */
const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Turns the query's bounds into `[from, until)` instants: a day covers all of it, an instant is included. */
export function auditTimeRange(from: string | undefined, to: string | undefined): { fromIso?: string; untilIso?: string } {
  const start = from === undefined ? undefined : Date.parse(isDay(from) ? `${from}T00:00:00${VIETNAM_OFFSET}` : from);
  const end = to === undefined ? undefined : isDay(to) ? Date.parse(`${to}T00:00:00${VIETNAM_OFFSET}`) + DAY_MS : Date.parse(to) + 1;
  if (start !== undefined && end !== undefined && start >= end) {
    throw badRequest([{ path: 'query.to', code: 'before_from', message: 'to must not be earlier than from' }]);
  }
  return {
    ...(start === undefined ? {} : { fromIso: new Date(start).toISOString() }),
    ...(end === undefined ? {} : { untilIso: new Date(end).toISOString() }),
  };
}

export class SystemService {
  constructor(private readonly deps: SystemDeps) {}

  async listJobs(ctx: AuditContext, query: TJobListQuery): Promise<TJobList> {
    authorize(ctx.actor, 'jobs.manage');
    const { rows, total } = await repo.listJobs(this.deps.db, { status: query.status, kind: query.kind }, query);
    return { items: rows.map((row) => presentJob(toJobView(row))), total, page: query.page, pageSize: query.pageSize };
  }

  /** The requester follows their own job; job managers see all. Anyone else learns nothing, not even that it exists. */
  async getJob(ctx: AuditContext, id: string): Promise<TJob> {
    const job = await this.deps.jobs.get(id);
    const mine = job !== null && ctx.actor.userId !== null && job.createdBy === ctx.actor.userId;
    if (!job || !(mine || can(ctx.actor, 'jobs.manage'))) {
      throw notFound();
    }
    return presentJob(job);
  }

  async retryJob(ctx: AuditContext, id: string): Promise<TJob> {
    authorize(ctx.actor, 'jobs.manage');
    return presentJob(await this.deps.jobs.retry(ctx, id));
  }

  async cancelJob(ctx: AuditContext, id: string): Promise<TJob> {
    authorize(ctx.actor, 'jobs.manage');
    return presentJob(await this.deps.jobs.cancel(ctx, id));
  }

  async listMail(ctx: AuditContext, query: TMailListQuery): Promise<TMailList> {
    authorize(ctx.actor, 'mail.read');
    const { rows, total } = await repo.listMail(this.deps.db, { status: query.status }, query);
    return { items: rows.map(presentMailSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async getMail(ctx: AuditContext, id: string): Promise<TMailMessage> {
    authorize(ctx.actor, 'mail.read');
    const row = await repo.findMail(this.deps.db, id);
    if (!row) {
      throw notFound();
    }
    return presentMailMessage(row);
  }

  async listAudit(ctx: AuditContext, query: TAuditQuery): Promise<TAuditList> {
    authorize(ctx.actor, 'audit.read');
    const range = auditTimeRange(query.from, query.to);
    const filter = { actorId: query.actorId, subjectType: query.subjectType, subjectId: query.subjectId, action: query.action, ...range };
    const { rows, total } = await repo.listAudit(this.deps.db, filter, query);
    return { items: rows.map(presentAuditEntry), total, page: query.page, pageSize: query.pageSize };
  }
}
