import { CSRF_COOKIE, CSRF_HEADER, LOCALE_COOKIE } from '../../../common/contracts/auth.ts';
import { DEFAULT_LOCALE, isLocale } from '../../../common/i18n/locale.ts';
import { readCookie } from './cookies.ts';
import { ApiError, problemToError } from './problem.ts';
import { toQueryString, type QueryValue } from './query-string.ts';

export { ApiError } from './problem.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const UNSAFE = new Set<HttpMethod>(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart (file uploads); the browser sets the boundary. */
  form?: FormData;
  signal?: AbortSignal;
}

/**
 * The one way the web app talks to the server: JSON with the session cookie, the CSRF token echoed
 * on every state-changing request, and problem documents turned into `ApiError`.
 */
export async function apiRequest<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  // The interface language, so problem titles come back in it even before a language was chosen
  // (the server would otherwise follow the browser's own Accept-Language).
  const cookieLocale = readCookie(LOCALE_COOKIE);
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': isLocale(cookieLocale) ? cookieLocale : DEFAULT_LOCALE,
  };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (UNSAFE.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) {
      headers[CSRF_HEADER] = token;
    }
  }
  let response: Response;
  try {
    response = await fetch(`${path}${options.query ? toQueryString(options.query) : ''}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ status: 0, code: 'network_error', title: '' });
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  const payload: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw problemToError(response.status, payload, response.statusText);
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
  upload: <T>(path: string, form: FormData) => apiRequest<T>('POST', path, { form }),
};
