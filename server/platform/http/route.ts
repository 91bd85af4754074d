import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../../../common/contracts/permissions.ts';
import type { Actor } from '../access/actor.ts';
import type { Locale } from '../../../common/i18n/locale.ts';

/**
 * The gate a route declares before any code of its own runs: open to everyone, to any signed-in
 * user, or to holders of a permission somewhere (services then check the record's scope).
 * Every route must declare one; a test walks the registered routes to make sure.
 */
export type RouteAccess = 'public' | 'authenticated' | Permission;

export interface RequestContext {
  actor: Actor;
  requestId: string;
  locale: Locale;
  ip: string;
  userAgent: string;
  sessionId: string | null;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  ctx: RequestContext;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDefinition<
  PS extends z.ZodType | undefined = z.ZodType | undefined,
  QS extends z.ZodType | undefined = z.ZodType | undefined,
  BS extends z.ZodType | undefined = z.ZodType | undefined,
  RS extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: HttpMethod;
  url: string;
  summary: string;
  tags: string[];
  access: RouteAccess;
  params?: PS;
  query?: QS;
  body?: BS;
  /** `multipart` routes read their files from `request` themselves. */
  consumes?: 'json' | 'multipart';
  response?: RS;
  /** Status of a success; 204 sends no body. */
  status?: 200 | 201 | 202 | 204;
  /** Routes that stream files or set their own content type return the reply themselves. */
  raw?: boolean;
  /** Documented media type of a raw success response. */
  produces?: string;
  /**
   * Read-only protocol endpoints that other sites' clients post forms to (OAI-PMH harvesters)
   * cannot carry the CSRF token; they change nothing, so a forged post gains nothing.
   */
  csrf?: 'exempt';
  handler(input: RouteInput<Out<PS>, Out<QS>, Out<BS>>): Promise<RS extends z.ZodType ? z.input<RS> : unknown>;
}

/** A route with its types erased, as the catalog and the mounting code hold it. */
export type AnyRoute = RouteDefinition;

export function defineRoute<
  PS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  BS extends z.ZodType | undefined = undefined,
  RS extends z.ZodType | undefined = undefined,
>(definition: RouteDefinition<PS, QS, BS, RS>): AnyRoute {
  // The generic parameters only serve inference at the call site; validation guarantees the
  // handler receives what its schemas produce.
  return definition;
}
