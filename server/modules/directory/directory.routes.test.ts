import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDirectoryImportReport, TDirectoryJob, TOrganisationDetail, TPerson, TRelation } from '../../../common/contracts/directory.ts';
import { writeSheetToBuffer, type SheetRow } from '../../platform/documents/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { HA_NOI, jurisdiction, THAI_NGUYEN } from './directory.fixtures.ts';
import type { JurisdictionRow } from './jurisdictions.repository.ts';
import { personSheet } from './transfer/sheets.ts';

const BASE = '/api/v1/directory';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-directory-test';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDialects)('directory HTTP API on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let researcher: TestClient;
  let thaiNguyen: JurisdictionRow;
  let haNoi: JurisdictionRow;

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    thaiNguyen = await jurisdiction(t.platform, THAI_NGUYEN);
    haNoi = await jurisdiction(t.platform, HA_NOI);
    officer = await user('chuyenvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: thaiNguyen.id }]);
    researcher = await user('nhakhoahoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  const organisation = (jurisdictionId: string, nameVi: string) => ({ kind: 'research_institute', nameVi, jurisdictionId });

  it('serves reference data to anyone', async () => {
    const provinces = await t.anonymous.request({ method: 'GET', url: `${BASE}/jurisdictions?kind=province&pageSize=50` });
    expect(provinces.statusCode).toBe(200);
    expect(provinces.json()).toMatchObject({ total: 34 });
    const wards = await t.anonymous.request({ method: 'GET', url: `${BASE}/jurisdictions?parentId=${thaiNguyen.id}&q=phan%20dinh` });
    expect(wards.json<{ items: { fullName: string }[] }>().items.map((w) => w.fullName)).toEqual(['Phường Phan Đình Phùng']);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/jurisdictions/${thaiNguyen.id}` })).json()).toMatchObject({ code: '19', kindLabel: 'Tỉnh' });
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/jurisdictions/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/jurisdictions/not-a-uuid` })).statusCode).toBe(400);
    const fields = await t.anonymous.request({ method: 'GET', url: `${BASE}/fields` });
    expect(fields.json<{ code: string; children: unknown[] }[]>().map((f) => [f.code, f.children.length])).toEqual([
      ['1', 7],
      ['2', 12],
      ['3', 6],
      ['4', 7],
      ['5', 9],
      ['6', 5],
    ]);
  });

  it('guards organisation writes: 401, 403 missing_role, 403 outside_scope, 400, then 201 and 409', async () => {
    const url = `${BASE}/organisations`;
    expect((await t.anonymous.request({ method: 'POST', url, payload: organisation(thaiNguyen.id, 'Viện A') })).statusCode).toBe(401);
    const noRole = await researcher.request({ method: 'POST', url, payload: organisation(thaiNguyen.id, 'Viện A') });
    expect([noRole.statusCode, noRole.json<{ code: string }>().code]).toEqual([403, 'missing_role']);
    const outside = await officer.request({ method: 'POST', url, payload: organisation(haNoi.id, 'Viện Hà Nội') });
    expect([outside.statusCode, outside.json<{ code: string }>().code]).toEqual([403, 'outside_scope']);
    const bad = await officer.request({ method: 'POST', url, payload: { kind: 'castle', nameVi: '', jurisdictionId: 'x', taxCode: '123' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(expect.arrayContaining(['body.kind', 'body.nameVi', 'body.jurisdictionId', 'body.taxCode']));

    const created = await officer.request({ method: 'POST', url, payload: organisation(thaiNguyen.id, 'Viện Khoa học Nông nghiệp thử nghiệm') });
    expect(created.statusCode).toBe(201);
    const body = created.json<TOrganisationDetail>();
    const patched = await officer.request({ method: 'PATCH', url: `${url}/${body.id}`, payload: { version: 1, abbreviation: 'VKHNN' } });
    expect(patched.json()).toMatchObject({ version: 2, abbreviation: 'VKHNN' });
    const stale = await officer.request({ method: 'PATCH', url: `${url}/${body.id}`, payload: { version: 1, abbreviation: 'X' } });
    expect([stale.statusCode, stale.json<{ code: string }>().code]).toEqual([409, 'stale_version']);
    const cycle = await officer.request({ method: 'PATCH', url: `${url}/${body.id}`, payload: { version: 2, parentId: body.id } });
    expect([cycle.statusCode, cycle.json<{ code: string; title: string }>().code]).toEqual([409, 'organisation_cycle']);
    expect((await t.anonymous.request({ method: 'GET', url: `${url}/${body.id}` })).json()).toMatchObject({ nameVi: 'Viện Khoa học Nông nghiệp thử nghiệm', version: 2 });
    expect((await t.anonymous.request({ method: 'GET', url: `${url}/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'PATCH', url: `${url}/${UNKNOWN}`, payload: { version: 1 } })).statusCode).toBe(404);
    const listed = await t.anonymous.request({ method: 'GET', url: `${url}?q=khoa%20hoc%20nong%20nghiep&kind=research_institute` });
    expect(listed.json<{ total: number }>().total).toBe(1);
    expect((await t.anonymous.request({ method: 'GET', url: `${url}?kind=castle` })).statusCode).toBe(400);
  });

  it('shows contact details to a scoped officer and hides them from the public', async () => {
    const created = await officer.request({
      method: 'POST',
      url: `${BASE}/people`,
      payload: { fullName: 'Lương Thị Hồng Nhung', jurisdictionId: thaiNguyen.id, email: 'nhung.lth@demo.opensti.vn', phone: '0208 0000 222', degree: 'doctor', fieldCodes: ['106'] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const person = created.json<TPerson>();
    const publicView = await t.anonymous.request({ method: 'GET', url: `${BASE}/people/${person.id}` });
    expect(publicView.json()).toMatchObject({ fullName: 'Lương Thị Hồng Nhung', privateDetails: null, fields: [{ code: '106' }] });
    expect(publicView.body).not.toContain('nhung.lth@');
    expect((await researcher.request({ method: 'GET', url: `${BASE}/people?q=luong%20thi%20hong` })).body).not.toContain('nhung.lth@');
    expect((await officer.request({ method: 'GET', url: `${BASE}/people/${person.id}` })).json()).toMatchObject({ privateDetails: { email: 'nhung.lth@demo.opensti.vn' } });
    const badOrcid = await officer.request({ method: 'PATCH', url: `${BASE}/people/${person.id}`, payload: { version: 1, orcid: '0000-0002-1825-0098' } });
    expect(badOrcid.statusCode).toBe(400);
    expect(badOrcid.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([expect.objectContaining({ path: 'body.orcid', code: 'orcid_invalid' })]);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/people/${UNKNOWN}` })).statusCode).toBe(404);
    expect((await researcher.request({ method: 'POST', url: `${BASE}/people`, payload: { fullName: 'X', jurisdictionId: thaiNguyen.id } })).statusCode).toBe(403);
  });

  it('records, ends and deletes relations', async () => {
    const org = (await officer.request({ method: 'POST', url: `${BASE}/organisations`, payload: organisation(thaiNguyen.id, 'Đơn vị quan hệ') })).json<TOrganisationDetail>();
    const person = (await officer.request({ method: 'POST', url: `${BASE}/people`, payload: { fullName: 'Ma Văn Quan', jurisdictionId: thaiNguyen.id } })).json<TPerson>();
    const payload = { kind: 'employment', fromKind: 'person', fromId: person.id, toKind: 'organisation', toId: org.id, role: 'Kỹ sư', startDate: '2019-09-01' };
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/relations`, payload })).statusCode).toBe(401);
    expect((await officer.request({ method: 'POST', url: `${BASE}/relations`, payload: { ...payload, fromKind: 'organisation' } })).statusCode).toBe(400);
    const created = await officer.request({ method: 'POST', url: `${BASE}/relations`, payload });
    expect(created.statusCode).toBe(201);
    const relation = created.json<TRelation>();
    const list = await t.anonymous.request({ method: 'GET', url: `${BASE}/relations?partyKind=person&partyId=${person.id}` });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: relation.id, to: { name: 'Đơn vị quan hệ' } }] });
    const ended = await officer.request({ method: 'POST', url: `${BASE}/relations/${relation.id}/end`, payload: { endDate: '2024-06-30' } });
    expect(ended.json()).toMatchObject({ endDate: '2024-06-30' });
    expect((await researcher.request({ method: 'DELETE', url: `${BASE}/relations/${relation.id}` })).statusCode).toBe(403);
    expect((await officer.request({ method: 'DELETE', url: `${BASE}/relations/${relation.id}` })).statusCode).toBe(204);
    expect((await officer.request({ method: 'DELETE', url: `${BASE}/relations/${relation.id}` })).statusCode).toBe(404);
  });

  it('searches without diacritics and validates the query', async () => {
    const hits = await t.anonymous.request({ method: 'GET', url: `${BASE}/search?q=luong%20thi%20hong%20nhung&type=person` });
    expect(hits.statusCode).toBe(200);
    expect(hits.json<{ items: { title: string }[] }>().items.map((h) => h.title)).toEqual(['Lương Thị Hồng Nhung']);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/search` })).statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/search?q=x&type=planet` })).statusCode).toBe(400);
  });

  it('runs exports as jobs visible only to their requester', async () => {
    const body = { entity: 'organisations', jurisdictionId: thaiNguyen.id };
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/exports`, payload: body })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'POST', url: `${BASE}/exports`, payload: body })).statusCode).toBe(403);
    expect((await officer.request({ method: 'POST', url: `${BASE}/exports`, payload: { entity: 'things' } })).statusCode).toBe(400);
    const accepted = await officer.request({ method: 'POST', url: `${BASE}/exports`, payload: body });
    expect(accepted.statusCode).toBe(202);
    const { jobId } = accepted.json<{ jobId: string }>();
    await t.platform.jobs.drain();
    const job = (await officer.request({ method: 'GET', url: `${BASE}/jobs/${jobId}` })).json<TDirectoryJob>();
    expect(job).toMatchObject({ kind: 'directory.export', status: 'succeeded', progress: 1 });
    const fileId = (job.result as { fileId: string }).fileId;
    const download = await officer.request({ method: 'GET', url: `/api/v1/files/${fileId}` });
    expect(download.statusCode).toBe(200);
    expect((await researcher.request({ method: 'GET', url: `/api/v1/files/${fileId}` })).statusCode).toBe(404);
    expect((await researcher.request({ method: 'GET', url: `${BASE}/jobs/${jobId}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/jobs/${jobId}` })).statusCode).toBe(401);
  });

  it('imports a workbook as a job, refusing rows outside the requester scope', async () => {
    const rows: SheetRow<typeof personSheet.columns>[] = [
      { id: null, fullName: 'Người nhập Thái Nguyên', jurisdictionCode: '19', organisationId: null, birthYear: null, gender: null, degree: null, academicTitle: null, fieldCodes: null, orcid: null, email: null, phone: null, position: null },
      { id: null, fullName: 'Người nhập Hà Nội', jurisdictionCode: '1', organisationId: null, birthYear: null, gender: null, degree: null, academicTitle: null, fieldCodes: null, orcid: null, email: null, phone: null, position: null },
    ];
    const upload = multipart({ entity: 'people', dryRun: 'false' }, { name: 'nhan-su.xlsx', data: await writeSheetToBuffer(personSheet, rows) });
    expect((await researcher.request({ method: 'POST', url: `${BASE}/imports`, ...upload })).statusCode).toBe(403);
    expect((await officer.request({ method: 'POST', url: `${BASE}/imports`, payload: { entity: 'people' } })).statusCode).toBe(415);
    const wrongType = multipart({ entity: 'people' }, { name: 'ghi-chu.xlsx', data: Buffer.from('not a workbook') });
    expect((await officer.request({ method: 'POST', url: `${BASE}/imports`, ...wrongType })).statusCode).toBe(415);
    const badField = multipart({ entity: 'planets' }, { name: 'nhan-su.xlsx', data: await writeSheetToBuffer(personSheet, rows) });
    expect((await officer.request({ method: 'POST', url: `${BASE}/imports`, ...badField })).statusCode).toBe(400);

    const accepted = await officer.request({ method: 'POST', url: `${BASE}/imports`, ...upload });
    expect(accepted.statusCode, accepted.body).toBe(202);
    await t.platform.jobs.drain();
    const job = (await officer.request({ method: 'GET', url: `${BASE}/jobs/${accepted.json<{ jobId: string }>().jobId}` })).json<TDirectoryJob>();
    const report = job.result as TDirectoryImportReport;
    expect(report).toMatchObject({ outcome: 'invalid', total: 2, valid: 1, applied: 0 });
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([[3, 'outside_scope']]);
    expect((await t.anonymous.request({ method: 'GET', url: `${BASE}/people?q=nguoi%20nhap` })).json()).toMatchObject({ total: 0 });
  });
});
