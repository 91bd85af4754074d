import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/databases.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';

describe.each(testDialects)('user administration on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
  });
  afterEach(async () => {
    await t.close();
  });

  const newUser = {
    email: 'can.bo@sokhcn.thainguyen.gov.vn',
    displayName: 'Trần Văn Bình',
    password: 'mat-khau-dai-1',
    grants: [{ role: 'officer', scopeKind: 'global', scopeId: null }],
  };

  it('needs a session (401) and the users.manage permission (403 with a reason)', async () => {
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(401);
    await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser });
    const officer = await t.login(newUser.email, newUser.password);
    const refused = await officer.request({ method: 'GET', url: '/api/v1/admin/users' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'missing_role', title: 'Bạn chưa được giao vai trò cần thiết cho thao tác này' });
  });

  it('creates a user with grants, audits it, and lists it by search', async () => {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: newUser.email, status: 'active', grants: [{ role: 'officer' }] });
    const listed = await admin.request({ method: 'GET', url: '/api/v1/admin/users?q=sokhcn' });
    expect(listed.json<{ total: number }>().total).toBe(1);
    const byName = await admin.request({ method: 'GET', url: `/api/v1/admin/users?q=${encodeURIComponent('tran van binh')}` });
    expect(byName.json<{ items: { email: string }[] }>().items.map((u) => u.email)).toEqual([newUser.email]);
    const wildcard = await admin.request({ method: 'GET', url: `/api/v1/admin/users?q=${encodeURIComponent('%')}` });
    expect(wildcard.json<{ total: number }>().total).toBe(2);
    const audit = await t.platform.db.selectFrom('audit_log').select(['action', 'after_json']).where('action', '=', 'user.created').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after_json).not.toContain('mat-khau');
  });

  it('answers bad input with 400 and field errors, writing nothing', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email: 'not-an-email', displayName: 'x'.repeat(201), password: 12345, grants: [{ role: 'king', scopeKind: 'global' }] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.displayName', 'body.password', 'body.grants.0.role']));
    const count = await t.platform.db.selectFrom('users').select('id').execute();
    expect(count).toHaveLength(1);
  });

  it('stores SQL and HTML in text fields as plain text', async () => {
    const name = `Robert'); DROP TABLE users;-- <script>alert(1)</script>`;
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { ...newUser, displayName: name } });
    expect(created.json()).toMatchObject({ displayName: name });
    expect((await t.platform.db.selectFrom('users').select('id').execute()).length).toBe(2);
  });

  it('refuses a grant on an unknown scope and answers 404 for an unknown user', async () => {
    const created = (await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser })).json<{ id: string }>();
    const badScope = await admin.request({
      method: 'POST',
      url: `/api/v1/admin/users/${created.id}/grants`,
      payload: { role: 'officer', scopeKind: 'jurisdiction', scopeId: '0190abcd-0000-7000-8000-000000000000' },
    });
    expect(badScope.statusCode).toBe(400);
    const missing = await admin.request({ method: 'GET', url: '/api/v1/admin/users/0190abcd-0000-7000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });

  it('disables an account, which ends its sessions, and keeps the last administrator', async () => {
    const created = (await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser })).json<{ id: string }>();
    const officer = await t.login(newUser.email, newUser.password);
    await admin.request({ method: 'PATCH', url: `/api/v1/admin/users/${created.id}`, payload: { status: 'disabled' } });
    expect((await officer.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);

    const me = (await admin.request({ method: 'GET', url: '/api/v1/me' })).json<{ id: string; grants: { id: string }[] }>();
    const lastAdmin = await admin.request({ method: 'DELETE', url: `/api/v1/admin/users/${me.id}/grants/${me.grants[0]?.id}` });
    expect(lastAdmin.statusCode).toBe(409);
  });

  it('lets a user change their language and password', async () => {
    await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: newUser });
    const officer = await t.login(newUser.email, newUser.password);
    const updated = await officer.request({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' } });
    expect(updated.json()).toMatchObject({ user: { locale: 'en' } });
    const wrong = await officer.request({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword: 'bad', newPassword: 'mat-khau-moi-99' } });
    expect(wrong.statusCode).toBe(400);
    const changed = await officer.request({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: newUser.password, newPassword: 'mat-khau-moi-99' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await officer.request({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    await expect(t.login(newUser.email, 'mat-khau-moi-99')).resolves.toBeDefined();
  });
});
