import { Readable } from 'node:stream';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createPortalService } from './portal.service.ts';

const tags = ['library'];

const ZRecordPageParams = z.object({ id: z.string().max(100) });
const ZSitemapQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() });

/**
 * Pages of the public portal served by the server itself, so search engines and Google Scholar read
 * what they need without running the web app. They live outside `/api/v1` and are more specific
 * than the web app's catch-all route, which therefore never swallows them.
 */
export function portalRoutes(platform: Platform): AnyRoute[] {
  const portal = createPortalService(platform);
  return [
    defineRoute({
      method: 'GET',
      url: '/library/records/:id',
      summary: 'The public page of a record: the web app with title, description, citation_* and Dublin Core tags; 410 once withdrawn',
      tags,
      access: 'public',
      params: ZRecordPageParams,
      raw: true,
      produces: 'text/html',
      handler: async ({ ctx, params, reply }) => {
        const page = await portal.recordPage(ctx, params.id);
        return reply.code(page.status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page.html);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/sitemap.xml',
      summary: 'Sitemap of the pages of records open to everyone (an index of numbered sitemaps when they exceed 50,000)',
      tags,
      access: 'public',
      query: ZSitemapQuery,
      raw: true,
      produces: 'application/xml',
      handler: async ({ query, reply }) =>
        reply.header('cache-control', 'public, max-age=3600').type('application/xml; charset=utf-8').send(Readable.from(portal.sitemap(query.page))),
    }),
    defineRoute({
      method: 'GET',
      url: '/library/feed.atom',
      summary: 'Atom 1.0 feed of the records most recently published and open to everyone',
      tags,
      access: 'public',
      raw: true,
      produces: 'application/atom+xml',
      handler: async ({ ctx, reply }) =>
        reply.header('cache-control', 'public, max-age=600').type('application/atom+xml; charset=utf-8').send(await portal.feed(ctx.locale)),
    }),
  ];
}
