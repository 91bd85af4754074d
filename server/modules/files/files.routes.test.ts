import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_TYPES, type TStoredFile } from '../../../common/contracts/files.ts';
import type { Role } from '../../../common/contracts/permissions.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { systemActor } from '../../platform/access/actor.ts';
import { samples } from '../../platform/files/test-fixtures.ts';

type Part = { name: string; value: string } | { name: string; filename: string; data: Buffer; contentType?: string };

function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----opensti${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`, 'utf8'));
    } else {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`,
          'utf8',
        ),
        part.data,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const LIMIT = 2048;
const VIETNAMESE_NAME = 'Báo cáo tổng kết.pdf';

describe.each(testDialects)('file routes on %s', (dialect) => {
  let app: TestApp;
  let researcher: TestClient;
  let otherResearcher: TestClient;
  let leader: TestClient;
  let admin: TestClient;

  async function userWith(role: Role, email: string): Promise<TestClient> {
    const password = 'mật-khẩu-thử-nghiệm-1';
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email, displayName: `Thử nghiệm ${role}`, password, grants: [{ role, scopeKind: 'global' }] },
    });
    expect(created.statusCode).toBe(201);
    return app.login(email, password);
  }

  beforeAll(async () => {
    app = await createTestApp(dialect, { env: { UPLOAD_MAX_BYTES: String(LIMIT) }, seedReference: false });
    admin = await app.admin();
    researcher = await userWith('researcher', 'nghien.cuu@test.opensti.vn');
    otherResearcher = await userWith('researcher', 'nguoi.khac@test.opensti.vn');
    leader = await userWith('leader', 'lanh.dao@test.opensti.vn');
  });
  afterAll(async () => {
    await app.close();
  });

  function upload(client: TestClient, parts: Part[]) {
    return client.request({ method: 'POST', url: '/api/v1/files', ...multipart(parts) });
  }

  const pdfParts = (filename = VIETNAMESE_NAME, data: Buffer = samples.pdf): Part[] => [
    { name: 'purpose', value: 'attachment' },
    { name: 'file', filename, data, contentType: 'application/pdf' },
  ];

  it('uploads (201) and downloads (200) a file with its Vietnamese name', async () => {
    const created = await upload(researcher, pdfParts());
    expect(created.statusCode).toBe(201);
    const file = created.json<TStoredFile>();
    expect(file).toMatchObject({ fileName: VIETNAMESE_NAME, mediaType: MEDIA_TYPES.pdf, size: samples.pdf.length, visibility: 'owner', purpose: 'attachment' });
    expect(file.downloadUrl).toBe(`/api/v1/files/${file.id}`);

    const download = await researcher.request({ method: 'GET', url: file.downloadUrl });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samples.pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(samples.pdf.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Bao cao tong ket.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt.pdf`,
    );
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(download.headers['cache-control']).toBe('private, no-cache');

    const again = await researcher.request({ method: 'GET', url: file.downloadUrl, headers: { 'if-none-match': String(download.headers['etag']) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('accepts the purpose after the file and declares text with its charset', async () => {
    const created = await upload(researcher, [
      { name: 'file', filename: 'danh sách.csv', data: samples.csv, contentType: 'text/csv' },
      { name: 'purpose', value: 'import' },
    ]);
    expect(created.statusCode).toBe(201);
    const file = created.json<TStoredFile>();
    expect(file).toMatchObject({ fileName: 'danh sách.csv', mediaType: MEDIA_TYPES.csv, purpose: 'import' });
    const download = await researcher.request({ method: 'GET', url: file.downloadUrl });
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('strips path tricks from the uploaded name', async () => {
    const created = await upload(researcher, pdfParts('../../etc/passwd.pdf'));
    expect(created.statusCode).toBe(201);
    expect(created.json<TStoredFile>().fileName).toBe('passwd.pdf');
  });

  it('refuses anonymous uploads (401) and users without files.upload (403)', async () => {
    const anonymous = await upload(app.anonymous, pdfParts());
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    const byLeader = await upload(leader, pdfParts());
    expect(byLeader.statusCode).toBe(403);
    expect(byLeader.json()).toMatchObject({ code: 'missing_role' });
  });

  it('stops reading an oversized file and answers 413', async () => {
    const response = await upload(researcher, pdfParts('lớn.pdf', Buffer.concat([samples.pdf, Buffer.alloc(LIMIT)])));
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'file_too_large', status: 413 });
  });

  it('refuses mislabelled content (415) whatever the client claims', async () => {
    const html = await upload(researcher, pdfParts('hướng dẫn.pdf', samples.html));
    expect(html.statusCode).toBe(415);
    expect(html.json()).toMatchObject({ code: 'file_type_rejected' });
    const exe = await upload(researcher, pdfParts('invoice.pdf', samples.exe));
    expect(exe.json()).toMatchObject({ code: 'file_type_rejected' });
    const wrongPurpose = await upload(researcher, [
      { name: 'purpose', value: 'image' },
      { name: 'file', filename: 'ảnh.pdf', data: samples.pdf, contentType: 'image/png' },
    ]);
    expect(wrongPurpose.json()).toMatchObject({ code: 'file_type_rejected' });
  });

  it('refuses a request that is not multipart (415)', async () => {
    const response = await researcher.request({ method: 'POST', url: '/api/v1/files', payload: { purpose: 'attachment' } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it.each([
    ['no purpose', [{ name: 'file', filename: 'a.pdf', data: samples.pdf }], 'validation_failed', 'body.purpose'],
    ['an unknown purpose', [{ name: 'purpose', value: 'avatar' }, { name: 'file', filename: 'a.pdf', data: samples.pdf }], 'validation_failed', 'body.purpose'],
    ['no file', [{ name: 'purpose', value: 'attachment' }], 'validation_failed', 'body.file'],
    ['a file under another field', [{ name: 'purpose', value: 'attachment' }, { name: 'document', filename: 'a.pdf', data: samples.pdf }], 'validation_failed', 'body.document'],
    ['a name that is only dots', [{ name: 'purpose', value: 'attachment' }, { name: 'file', filename: '...', data: samples.pdf }], 'file_name_invalid', 'file'],
  ] as [string, Part[], string, string][])('answers 400 to %s', async (_label, parts, code, path) => {
    const response = await upload(researcher, parts);
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ code: string; errors: { path: string }[] }>();
    expect(problem.code).toBe(code);
    expect(problem.errors.map((error) => error.path)).toContain(path);
  });

  it('hides files the caller may not read behind 404', async () => {
    const created = await upload(researcher, pdfParts('riêng tư.pdf'));
    const url = created.json<TStoredFile>().downloadUrl;
    for (const client of [otherResearcher, leader, app.anonymous]) {
      const response = await client.request({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    expect((await admin.request({ method: 'GET', url })).statusCode).toBe(200);
  });

  it('answers 404 to unknown and malformed ids', async () => {
    for (const url of ['/api/v1/files/0190f3a2-7c4e-7d2a-9b1e-123456789abc', '/api/v1/files/not-an-id', '/api/v1/files/..%2F..%2Fetc%2Fpasswd']) {
      const response = await app.anonymous.request({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
    }
  });

  it('serves public files to anyone once a module publishes them', async () => {
    const file = (await upload(researcher, pdfParts('công bố.pdf'))).json<TStoredFile>();
    expect((await app.anonymous.request({ method: 'GET', url: file.downloadUrl })).statusCode).toBe(404);
    await app.platform.files.setVisibility(systemActor('library'), file.id, 'public');
    const response = await app.anonymous.request({ method: 'GET', url: file.downloadUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, no-cache');
  });
});
