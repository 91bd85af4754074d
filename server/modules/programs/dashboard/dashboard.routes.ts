import { z } from 'zod';
import { ZDashboard, ZDashboardQuery, ZPublicDashboard, ZPublicDashboardQuery } from '../../../../common/contracts/programs-dashboard.ts';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createDashboardService } from './dashboard.service.ts';

const tags = ['programs'];

const ZProgramParams = z.object({ programId: z.uuid() });
const ZCodeParams = z.object({ code: z.string().trim().min(1).max(60) });

export function dashboardRoutes(platform: Platform): AnyRoute[] {
  const dashboards = createDashboardService(platform.db);
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/programs/:programId/dashboard',
      summary: "A program's targets with current values, trends, traffic lights and forecasts; actions by status; reporting compliance; overdue plan items",
      tags,
      access: 'programs.read',
      params: ZProgramParams,
      query: ZDashboardQuery,
      response: ZDashboard,
      handler: ({ ctx, params, query }) => dashboards.dashboard(ctx.actor, params.programId, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/public/programs/:code/dashboard',
      summary: "The published dashboard of a program: targets, approved values and trends; 404 unless the department publishes it",
      tags,
      access: 'public',
      params: ZCodeParams,
      query: ZPublicDashboardQuery,
      response: ZPublicDashboard,
      handler: ({ ctx, params, query }) => dashboards.publicDashboard(ctx.locale, params.code, query),
    }),
  ];
}
