import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test/app.ts';

describe('the HTTP application', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('declares an access policy on every registered route', () => {
    const undeclared = t.registeredRoutes.filter((route) => route.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(t.registeredRoutes.length).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  it('serves health, readiness and the OpenAPI document', async () => {
    expect((await t.anonymous.request({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous.request({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const openapi = (await t.anonymous.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { 'x-access': string }>>;
    }>();
    expect(openapi.openapi).toBe('3.1.0');
    expect(openapi.paths['/api/v1/admin/users']?.['get']?.['x-access']).toBe('users.manage');
    const docs = await t.anonymous.request({ method: 'GET', url: '/api/docs' });
    expect(docs.body).toContain('swagger-ui');
  });

  it('answers unknown API paths with a problem and a request id', async () => {
    const response = await t.anonymous.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', status: 404, requestId: expect.any(String) as string });
  });

  it('keeps a given request id and echoes none of the internals on a bad body', async () => {
    const response = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-12345678' },
      payload: '{"email": "a@b.vn", "password": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_json', requestId: 'req-12345678' });
    expect(response.body).not.toMatch(/at .*\.ts|SyntaxError|sqlite|select /i);
  });

  it('refuses invalid UTF-8 and lone surrogates', async () => {
    const invalidUtf8 = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: Buffer.concat([Buffer.from('{"email":"a@b.vn","password":"mat-khau-dai-1","requestedRole":"researcher","displayName":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
    });
    expect(invalidUtf8.json()).toMatchObject({ code: 'invalid_json' });
    const loneSurrogate = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"a@b.vn","password":"mat-khau-dai-1","requestedRole":"researcher","displayName":"\\ud800"}',
    });
    expect(loneSurrogate.statusCode).toBe(400);
    expect(loneSurrogate.json()).toMatchObject({ errors: [{ path: 'body.displayName', code: 'invalid_unicode' }] });
  });

  it('refuses an unsupported content type and an oversized body', async () => {
    const xml = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(xml.statusCode).toBe(415);
    const huge = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.vn', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect((await t.anonymous.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('sends security headers and a CSRF cookie', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.cookies.find((c) => c.name === 'opensti_csrf')).toMatchObject({ sameSite: 'Strict' });
  });
});
