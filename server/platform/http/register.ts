import type { FastifyInstance } from 'fastify';
import type {} from '@fastify/multipart';
import type {} from '@fastify/cookie';
import { whyNot, refusalError } from '../access/policy.ts';
import { AppError, unauthenticated } from '../errors.ts';
import type { AnyRoute, RequestContext, RouteAccess } from './route.ts';
import { parseOrThrow } from './validation.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    csrfExempt?: boolean;
  }
  interface FastifyInstance {
    routeCatalog: AnyRoute[];
  }
}

function checkGate(access: RouteAccess, ctx: RequestContext): void {
  if (access === 'public') {
    return;
  }
  if (ctx.actor.kind === 'anonymous') {
    throw unauthenticated();
  }
  if (access === 'authenticated') {
    return;
  }
  const refusal = whyNot(ctx.actor, access);
  if (refusal) {
    throw refusalError(refusal);
  }
}

/** Mounts routes defined with `defineRoute`: gate, validate, call the handler, send. */
export function mountRoutes(app: FastifyInstance, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    app.routeCatalog.push(route);
    app.route({
      method: route.method,
      url: route.url,
      config: { access: route.access, csrfExempt: route.csrf === 'exempt' },
      handler: async (request, reply) => {
        checkGate(route.access, request.ctx);
        if (route.consumes !== 'multipart' && request.isMultipart()) {
          throw new AppError('unsupported_media_type', 415);
        }
        const params: unknown = route.params ? parseOrThrow(route.params, request.params, 'params') : undefined;
        const query: unknown = route.query ? parseOrThrow(route.query, request.query, 'query') : undefined;
        const body: unknown = route.body ? parseOrThrow(route.body, request.body ?? {}, 'body') : undefined;
        const result: unknown = await route.handler({ params, query, body, ctx: request.ctx, request, reply });
        if (route.raw) {
          return reply;
        }
        const status = route.status ?? 200;
        if (status === 204) {
          return reply.code(204).send();
        }
        return reply.code(status).send(result);
      },
    });
  }
}
