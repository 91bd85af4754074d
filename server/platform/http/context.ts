import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER, LOCALE_COOKIE, SESSION_COOKIE } from '../../../common/contracts/auth.ts';
import { isLocale, localeFromAcceptLanguage, type Locale } from '../../../common/i18n/locale.ts';
import { anonymousActor, type Actor } from '../access/actor.ts';
import { randomToken, safeEqual } from '../auth/tokens.ts';
import { AppError } from '../errors.ts';

export type Authenticator = (sessionToken: string, locale: Locale) => Promise<{ actor: Actor; sessionId: string } | null>;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_ENDPOINT = '/api/v1/auth/session';

function requestLocale(request: FastifyRequest, fallback: Locale): Locale {
  const fromCookie = request.cookies[LOCALE_COOKIE];
  return isLocale(fromCookie) ? fromCookie : localeFromAcceptLanguage(request.headers['accept-language'], fallback);
}

/**
 * Builds `request.ctx` (actor, locale, request id) for every request and enforces CSRF protection:
 * a double-submit token — a random cookie readable by our own pages, echoed in a header on every
 * state-changing request. Together with SameSite cookies this stops cross-site form posts.
 */
export function installRequestContext(
  app: FastifyInstance,
  options: { authenticate: Authenticator; defaultLocale: Locale; cookieSecure: boolean },
): void {
  app.decorateRequest('ctx', null as unknown as FastifyRequest['ctx']);
  app.addHook('onRequest', async (request, reply) => {
    const locale = requestLocale(request, options.defaultLocale);
    request.ctx = {
      actor: anonymousActor(locale),
      requestId: request.id,
      locale,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? '',
      sessionId: null,
    };

    const csrfCookie = request.cookies[CSRF_COOKIE];
    // Pages and the session endpoint hand out the token; other API reads need none, and skipping
    // them spares a random token and a Set-Cookie on every request of API clients.
    const handsOutToken = !request.url.startsWith('/api/') || request.url.startsWith(SESSION_ENDPOINT);
    if (!csrfCookie && handsOutToken) {
      void reply.setCookie(CSRF_COOKIE, randomToken(), {
        path: '/',
        httpOnly: false,
        sameSite: 'strict',
        secure: options.cookieSecure,
      });
    }
    if (UNSAFE_METHODS.has(request.method) && request.routeOptions.config.csrfExempt !== true) {
      const header = request.headers[CSRF_HEADER];
      if (!csrfCookie || typeof header !== 'string' || !safeEqual(header, csrfCookie)) {
        throw new AppError('csrf_failed', 403);
      }
    }

    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 128) {
      const session = await options.authenticate(token, locale);
      if (session) {
        request.ctx.actor = session.actor;
        request.ctx.sessionId = session.sessionId;
      }
    }
  });
}
