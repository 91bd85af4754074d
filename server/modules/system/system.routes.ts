import {
  ZAuditList,
  ZAuditQuery,
  ZJob,
  ZJobList,
  ZJobListQuery,
  ZMailList,
  ZMailListQuery,
  ZMailMessage,
} from '../../../common/contracts/system.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import { ZIdParams } from './system.schemas.ts';
import type { SystemService } from './system.service.ts';

export function systemRoutes(service: SystemService): AnyRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/jobs',
      summary: 'Background jobs, newest first, filtered by status and kind',
      tags: ['system'],
      access: 'jobs.manage',
      query: ZJobListQuery,
      response: ZJobList,
      handler: ({ query, ctx }) => service.listJobs(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/jobs/:id',
      summary: 'Status and progress of a job, for the user who started it or a job manager',
      tags: ['system'],
      access: 'authenticated',
      params: ZIdParams,
      response: ZJob,
      handler: ({ params, ctx }) => service.getJob(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/jobs/:id/retry',
      summary: 'Queue a failed job again with its attempts reset',
      tags: ['system'],
      access: 'jobs.manage',
      params: ZIdParams,
      response: ZJob,
      handler: ({ params, ctx }) => service.retryJob(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/jobs/:id/cancel',
      summary: 'Cancel a job that has not started',
      tags: ['system'],
      access: 'jobs.manage',
      params: ZIdParams,
      response: ZJob,
      handler: ({ params, ctx }) => service.cancelJob(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/mail',
      summary: 'Messages of the mail outbox, newest first, filtered by status',
      tags: ['system'],
      access: 'mail.read',
      query: ZMailListQuery,
      response: ZMailList,
      handler: ({ query, ctx }) => service.listMail(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/mail/:id',
      summary: 'One outbox message with its text and HTML bodies',
      tags: ['system'],
      access: 'mail.read',
      params: ZIdParams,
      response: ZMailMessage,
      handler: ({ params, ctx }) => service.getMail(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/audit',
      summary: 'The audit trail, newest first, filtered by actor, subject, action and time',
      tags: ['system'],
      access: 'audit.read',
      query: ZAuditQuery,
      response: ZAuditList,
      handler: ({ query, ctx }) => service.listAudit(ctx, query),
    }),
  ];
}
