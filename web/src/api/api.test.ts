import { describe, expect, it } from 'vitest';
import { parseCookies } from './cookies.ts';
import { ApiError, problemToError } from './problem.ts';
import { toQueryString } from './query-string.ts';

describe('parseCookies', () => {
  it('reads names and decodes values', () => {
    expect(parseCookies('opensti_csrf=abc%2Fdef; opensti_locale=en')).toEqual({ opensti_csrf: 'abc/def', opensti_locale: 'en' });
  });

  it('keeps the first of duplicate names and skips malformed parts', () => {
    expect(parseCookies('a=1; =x; b; a=2')).toEqual({ a: '1' });
  });

  it('keeps a value that is not valid percent-encoding as it is', () => {
    expect(parseCookies('t=%E0%A4%A')).toEqual({ t: '%E0%A4%A' });
  });

  it('returns nothing for an empty cookie string', () => {
    expect(parseCookies('')).toEqual({});
  });
});

describe('problemToError', () => {
  it('takes code, title, field errors and request id from a problem document', () => {
    const error = problemToError(
      400,
      {
        code: 'validation_failed',
        title: 'Dữ liệu gửi lên không hợp lệ',
        errors: [{ path: 'body.email', code: 'invalid_format', message: 'Invalid email' }],
        requestId: 'req-1',
      },
      'Bad Request',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Dữ liệu gửi lên không hợp lệ');
    expect(error.fieldErrors).toEqual([{ path: 'body.email', code: 'invalid_format', message: 'Invalid email' }]);
    expect(error.requestId).toBe('req-1');
  });

  it('falls back to a generic code and the status text when the body is not a problem', () => {
    const serverError = problemToError(502, '<html>Bad gateway</html>', 'Bad Gateway');
    expect(serverError.code).toBe('internal_error');
    expect(serverError.message).toBe('Bad Gateway');
    expect(problemToError(404, null, 'Not Found').code).toBe('unknown');
  });

  it('ignores malformed field error entries instead of failing', () => {
    const error = problemToError(400, { code: 'validation_failed', errors: ['oops', { path: 7 }] }, 'x');
    expect(error.fieldErrors).toEqual([{ path: '', code: 'invalid', message: '' }]);
  });
});

describe('toQueryString', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(toQueryString({ q: 'đại học', status: undefined, page: 2, kind: '', flag: false, none: null })).toBe('?q=%C4%91%E1%BA%A1i+h%E1%BB%8Dc&page=2&flag=false');
  });

  it('is empty when nothing is set', () => {
    expect(toQueryString({ q: '' })).toBe('');
  });
});
