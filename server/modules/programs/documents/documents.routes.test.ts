import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDocument } from '../../../../common/contracts/programs-dashboard.ts';
import { isValidRow, readSheet } from '../../../platform/documents/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { createDashboardFixture, type DashboardFixture } from '../dashboard/dashboard.fixtures.ts';
import { complianceSheet, narrativesSheet, targetsSheet, valuesSheet } from './round-workbook.ts';

const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

async function documentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file('word/document.xml');
  if (!file) {
    throw new Error('no word/document.xml');
  }
  return file.async('string');
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

describe.each(testDialects)('program review documents on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let leader: TestClient;
  let reporter: TestClient;
  let outsider: TestClient;
  let researcher: TestClient;
  let f: DashboardFixture;

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    f = await createDashboardFixture(t.platform.db);
    const haNoi = await t.platform.db.selectFrom('jurisdictions').select('id').where('code', '=', '01').executeTakeFirstOrThrow();
    officer = await user('chuyenvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: f.provinceId }]);
    leader = await user('lanhdao@tinhuy.test', [{ role: 'leader', scopeKind: 'jurisdiction', scopeId: f.provinceId }]);
    reporter = await user('baocao@sct.test', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: f.units.u1 }]);
    outsider = await user('chuyenvien@hanoi.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: haNoi.id }]);
    researcher = await user('nhakhoahoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  const roundUrl = () => `/api/v1/programs/${f.programId}/rounds/${f.rounds.midTerm}/documents`;
  const request = (client: TestClient, payload: unknown) => client.request({ method: 'POST', url: roundUrl(), payload: payload as Record<string, unknown> });

  it('guards generation: 401, 403, 404 and 400', async () => {
    expect((await request(t.anonymous, { format: 'docx' })).statusCode).toBe(401);
    expect((await request(researcher, { format: 'docx' })).statusCode).toBe(403);
    // Unit reporters read the program but do not issue its reports.
    expect((await request(reporter, { format: 'docx' })).statusCode).toBe(403);
    expect((await request(outsider, { format: 'docx' })).statusCode).toBe(404);
    expect((await officer.request({ method: 'POST', url: `/api/v1/programs/${f.programId}/rounds/${UNKNOWN}/documents`, payload: { format: 'docx' } })).statusCode).toBe(404);
    expect((await officer.request({ method: 'POST', url: `/api/v1/programs/${UNKNOWN}/rounds/${f.rounds.midTerm}/documents`, payload: { format: 'docx' } })).statusCode).toBe(404);
    const bad = await request(officer, { format: 'pdf', addressee: 'king' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path).sort()).toEqual(['body.addressee', 'body.format']);
    expect((await officer.request({ method: 'POST', url: `/api/v1/programs/${f.programId}/rounds/not-a-uuid/documents`, payload: { format: 'docx' } })).statusCode).toBe(400);
  });

  it('numbers revisions per round, format and addressee, generates them as jobs and audits each step', async () => {
    const first = await request(officer, { format: 'docx', addressee: 'state' });
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json<TProgramDocument>()).toMatchObject({ format: 'docx', addressee: 'state', revision: 1, status: 'queued', fileName: null });
    expect((await request(officer, { format: 'docx' })).json<TProgramDocument>().revision).toBe(2);
    expect((await request(leader, { format: 'docx', addressee: 'party' })).json<TProgramDocument>().revision).toBe(1);
    expect((await request(officer, { format: 'xlsx' })).json<TProgramDocument>().revision).toBe(1);
    const other = await officer.request({ method: 'POST', url: `/api/v1/programs/${f.programId}/rounds/${f.rounds.year2016}/documents`, payload: { format: 'docx' } });
    expect(other.json<TProgramDocument>().revision).toBe(1);

    // Not ready yet: the file cannot be downloaded.
    const early = await officer.request({ method: 'GET', url: `/api/v1/programs/${f.programId}/documents/${first.json<TProgramDocument>().id}/file` });
    expect(early.statusCode).toBe(409);

    expect(await t.platform.jobs.drain()).toBe(5);
    const list = await officer.request({ method: 'GET', url: `${roundUrl()}?pageSize=3` });
    expect(list.statusCode).toBe(200);
    const page = list.json<{ items: TProgramDocument[]; total: number }>();
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(3);
    expect(page.items.every((item) => item.status === 'ready' && item.progress === 1 && item.fileName !== null)).toBe(true);
    const detail = await leader.request({ method: 'GET', url: `/api/v1/programs/${f.programId}/documents/${first.json<TProgramDocument>().id}` });
    expect(detail.json<TProgramDocument>()).toMatchObject({ status: 'ready', revision: 1, fileName: 'bao-cao-99-CTr-TU-2015-ubnd-lan-1.docx' });

    const actions = await t.platform.db.selectFrom('audit_log').select('action').where('action', 'like', 'programs.document.%').execute();
    expect(actions.filter((a) => a.action === 'programs.document.request')).toHaveLength(5);
    expect(actions.filter((a) => a.action === 'programs.document.ready')).toHaveLength(5);
  });

  it('writes the Word report in the addressee’s format with the targets table, and the workbook of the round', async () => {
    const all = (await officer.request({ method: 'GET', url: `${roundUrl()}?pageSize=50` })).json<{ items: TProgramDocument[] }>().items;
    const find = (format: string, addressee: string) => all.find((d) => d.format === format && d.addressee === addressee && d.revision === 1);
    const download = async (document: TProgramDocument | undefined) => {
      const response = await officer.request({ method: 'GET', url: `/api/v1/programs/${f.programId}/documents/${document?.id}/file` });
      expect(response.statusCode).toBe(200);
      return response;
    };

    const state = await download(find('docx', 'state'));
    expect(state.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const stateXml = await documentXml(state.rawPayload);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND TỈNH THÁI NGUYÊN', 'Số:', 'BC-SKHCN', 'Sơ kết giai đoạn 2013–2015', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'Giá trị cơ sở', 'Chỉ tiêu CT1', '≥ 85', '75 (năm 2015)', 'Không đạt', 'Chưa có số liệu', 'Đã hỗ trợ 40 doanh nghiệp', 'Đúng hạn', 'Chậm']) {
      expect(stateXml, expected).toContain(expected);
    }
    expect(stateXml).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');

    const partyXml = await documentXml((await download(find('docx', 'party'))).rawPayload);
    for (const expected of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'BC/ĐU', 'T/M ĐẢNG ỦY', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'Chỉ tiêu CT1']) {
      expect(partyXml, expected).toContain(expected);
    }
    expect(partyXml).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');

    const workbook = (await download(find('xlsx', 'state'))).rawPayload;
    const targets = (await collect(readSheet(targetsSheet, workbook))).filter(isValidRow).map((row) => row.value);
    expect(targets.map((row) => [row.code, row.current ?? null, row.status])).toEqual([
      ['CT1', 75, 'Không đạt'],
      ['CT2', null, 'Chưa có số liệu'],
      ['CT3', null, 'Chưa có số liệu'],
      ['CT4', null, 'Chưa có số liệu'],
      ['CT5', null, 'Chưa có số liệu'],
    ]);
    const values = (await collect(readSheet(valuesSheet, workbook))).filter(isValidRow);
    expect(values).toHaveLength(6);
    const compliance = (await collect(readSheet(complianceSheet, workbook))).filter(isValidRow).map((row) => row.value);
    expect(compliance.map((row) => [row.organisation, row.status, row.onTime])).toEqual([
      ['Sở Công Thương thử nghiệm', 'approved', true],
      ['Sở Nông nghiệp và Môi trường thử nghiệm', 'submitted', false],
    ]);
    const narratives = (await collect(readSheet(narrativesSheet, workbook))).filter(isValidRow);
    expect(narratives.map((row) => row.value.action)).toEqual(['II.1.1', 'II.2.1']);
  });

  it('guards downloads: 401 anonymous, 403 without the role, 404 outside the program or for an unknown document', async () => {
    const [document] = (await officer.request({ method: 'GET', url: roundUrl() })).json<{ items: TProgramDocument[] }>().items;
    const fileUrl = `/api/v1/programs/${f.programId}/documents/${document?.id}/file`;
    expect((await t.anonymous.request({ method: 'GET', url: fileUrl })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'GET', url: fileUrl })).statusCode).toBe(403);
    expect((await outsider.request({ method: 'GET', url: fileUrl })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `/api/v1/programs/${f.programId}/documents/${UNKNOWN}/file` })).statusCode).toBe(404);
    expect((await outsider.request({ method: 'GET', url: roundUrl() })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: roundUrl() })).statusCode).toBe(401);
    expect((await officer.request({ method: 'GET', url: `${roundUrl()}?pageSize=0` })).statusCode).toBe(400);
    expect((await leader.request({ method: 'GET', url: fileUrl })).statusCode).toBe(200);
    expect((await reporter.request({ method: 'GET', url: fileUrl })).statusCode).toBe(200);
  });

  it('gives simultaneous requests distinct revisions', async () => {
    const url = `/api/v1/programs/${f.programId}/rounds/${f.rounds.year2016}/documents`;
    const responses = await Promise.all(Array.from({ length: 4 }, () => officer.request({ method: 'POST', url, payload: { format: 'xlsx', addressee: 'party' } })));
    expect(responses.map((r) => r.statusCode)).toEqual([202, 202, 202, 202]);
    expect(responses.map((r) => r.json<TProgramDocument>().revision).sort()).toEqual([1, 2, 3, 4]);
  });
});
