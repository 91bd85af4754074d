import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../../common/contracts/auth.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { testDialects } from '../../test/databases.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestApp, type TestApp } from '../../test/app.ts';

describe.each(testDialects)('sign-in, sign-up and password reset on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { env: { LOGIN_MAX_FAILURES: '5' } });
  });
  afterEach(async () => {
    await t.close();
  });

  async function latestMailTo(address: string) {
    return t.platform.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', address)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }

  it('signs in with the right password and reports the session', async () => {
    const admin = await t.admin();
    const session = await admin.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { email: ADMIN_EMAIL, isAdmin: true } });
  });

  it('answers a wrong password with 401 and a Vietnamese title, and an unknown address the same way', async () => {
    await t.admin();
    const wrong = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ADMIN_EMAIL, password: 'nope' } });
    const unknown = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@test.opensti.vn', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials', title: 'Thư điện tử hoặc mật khẩu không đúng' });
    expect(unknown.json()).toMatchObject({ code: 'invalid_credentials' });
  });

  it('localises problem titles in English on request', async () => {
    const response = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'x@y.vn', password: 'nope' },
    });
    expect(response.json()).toMatchObject({ title: 'Wrong email or password' });
  });

  it('throttles 1,000 failed logins after the limit, even for the right password, and keeps serving', async () => {
    await t.admin();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i += 1) {
      const response = await t.anonymous.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: ADMIN_EMAIL, password: `wrong-${i}` },
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
    expect(statuses.get(401)).toBe(5);
    expect(statuses.get(429)).toBe(995);
    const blocked = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await t.anonymous.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  }, 120_000);

  it('refuses a state-changing request without the CSRF header', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.vn', password: 'x' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_failed' });
    const mismatched = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      cookies: { opensti_csrf: 'a'.repeat(40) },
      headers: { 'x-csrf-token': 'b'.repeat(40) },
      payload: { email: 'a@b.vn', password: 'x' },
    });
    expect(mismatched.statusCode).toBe(403);
  });

  it('sets a HttpOnly SameSite session cookie and ends the session on logout', async () => {
    await t.admin();
    const response = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const client = await t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect((await client.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const after = await client.request({ method: 'GET', url: '/api/v1/auth/session' });
    expect(after.json()).toEqual({ user: null });
  });

  it('keeps a sign-up pending until an administrator approves it', async () => {
    const admin = await t.admin();
    const signup = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'NCS.Hoa@tnu.edu.vn', password: 'mat-khau-dai-1', displayName: 'Lê Thị Hoa', requestedRole: 'researcher' },
    });
    expect(signup.statusCode).toBe(202);
    const pendingLogin = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ncs.hoa@tnu.edu.vn', password: 'mat-khau-dai-1' },
    });
    expect(pendingLogin.json()).toMatchObject({ code: 'account_pending' });
    expect(await latestMailTo('ncs.hoa@tnu.edu.vn')).toMatchObject({ template: 'account.signup_received' });
    expect(await latestMailTo(ADMIN_EMAIL)).toMatchObject({ template: 'account.signup_pending_admin' });

    const list = await admin.request({ method: 'GET', url: '/api/v1/admin/users?status=pending' });
    const pending = list.json<{ items: { id: string; email: string }[] }>().items;
    expect(pending.map((u) => u.email)).toEqual(['ncs.hoa@tnu.edu.vn']);
    const approved = await admin.request({ method: 'POST', url: `/api/v1/admin/users/${pending[0]?.id}/approve`, payload: {} });
    expect(approved.json()).toMatchObject({ status: 'active', grants: [{ role: 'researcher', scopeKind: 'global' }] });
    await expect(t.login('ncs.hoa@tnu.edu.vn', 'mat-khau-dai-1')).resolves.toBeDefined();
  });

  it('refuses a duplicate sign-up, a short password and HTML-free checks leave nothing written', async () => {
    await t.admin();
    const duplicate = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: ADMIN_EMAIL, password: 'mat-khau-dai-1', displayName: 'X', requestedRole: 'researcher' },
    });
    expect(duplicate.statusCode).toBe(409);
    const short = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'a@b.vn', password: 'short', displayName: 'X', requestedRole: 'admin' },
    });
    expect(short.statusCode).toBe(400);
    const paths = short.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort();
    expect(paths).toEqual(['body.password', 'body.requestedRole']);
    const users = await t.platform.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).toEqual([ADMIN_EMAIL]);
  });

  it('resets a password with an emailed token that works once and not after it expires', async () => {
    await t.admin();
    const requested = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email: ADMIN_EMAIL } });
    expect(requested.statusCode).toBe(202);
    const unknown = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email: 'ghost@x.vn' } });
    expect(unknown.statusCode).toBe(202);
    const mail = await latestMailTo(ADMIN_EMAIL);
    const token = /token=([\w-]+)/.exec(mail?.body_text ?? '')?.[1];
    expect(token).toBeDefined();

    const confirm = (password: string) =>
      t.anonymous.request({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: { token, password } });
    expect((await confirm('mat-khau-moi-123')).statusCode).toBe(204);
    const replay = await confirm('mat-khau-khac-456');
    expect(replay.statusCode).toBe(400);
    expect(replay.json()).toMatchObject({ code: 'reset_token_invalid' });
    await expect(t.login(ADMIN_EMAIL, 'mat-khau-moi-123')).resolves.toBeDefined();

    await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email: ADMIN_EMAIL } });
    const second = /token=([\w-]+)/.exec((await latestMailTo(ADMIN_EMAIL))?.body_text ?? '')?.[1];
    await t.platform.db.updateTable('password_reset_tokens').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('used_at', 'is', null).execute();
    const expired = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token: second, password: 'mat-khau-moi-789' },
    });
    expect(expired.json()).toMatchObject({ code: 'reset_token_invalid' });
    await expect(verifyAuditChain(t.platform.db)).resolves.toMatchObject({ ok: true });
  });
});
