import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail } from '../../../../common/contracts/programs-plans.ts';
import type { TIndicatorValue, TReportDetail, TRestatement, TRound } from '../../../../common/contracts/programs-rounds.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { buildWorld, type RoundsWorld } from '../plans/test-setup.ts';

const BASE = '/api/v1/programs';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';
// The smallest valid PDF the content sniffing accepts.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-rounds-test';
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

describe.each(testDialects)('reporting rounds on %s', (dialect) => {
  let t: TestApp;
  let w: RoundsWorld;
  let round: TRound;
  let reportA: TReportDetail;
  let reportB: TReportDetail;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await buildWorld(t);
    for (const [organisationId, reporter] of [
      [w.unitA, w.reporterA],
      [w.unitB, w.reporterB],
    ] as const) {
      const created = await reporter.request({ method: 'POST', url: `${BASE}/${w.programId}/plans`, payload: { organisationId, title: 'Kế hoạch thực hiện', actionIds: w.actionIds.slice(0, 2) } });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json<TPlanDetail>().items).toHaveLength(2);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const indicator = (code: string): string => {
    const id = w.indicators.get(code);
    if (!id) {
      throw new Error(`no indicator ${code}`);
    }
    return id;
  };
  const code = (response: { json: <T>() => T }) => response.json<{ code: string }>().code;
  const reportOf = async (client: TestClient, id: string) => (await client.request({ method: 'GET', url: `${BASE}/reports/${id}` })).json<TReportDetail>();

  it('opens a round with a period that fits its kind and a report per unit with a plan', async () => {
    const url = `${BASE}/${w.programId}/rounds`;
    const body = { kind: 'annual', period: '2024', dueOn: '2025-01-15' };
    expect((await t.anonymous.request({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await w.reporterA.request({ method: 'POST', url, payload: body })).statusCode).toBe(403);
    const wrongPeriod = await w.officer.request({ method: 'POST', url, payload: { ...body, period: '2024-H1' } });
    expect([wrongPeriod.statusCode, wrongPeriod.json<{ errors: { path: string; code: string }[] }>().errors[0]]).toEqual([400, expect.objectContaining({ path: 'body.period', code: 'period_invalid_for_kind' })]);
    expect((await w.officer.request({ method: 'POST', url, payload: { ...body, kind: 'half_year' } })).statusCode).toBe(400);
    expect((await w.officer.request({ method: 'POST', url: `${BASE}/${UNKNOWN}/rounds`, payload: body })).statusCode).toBe(404);
    const opened = await w.officer.request({ method: 'POST', url, payload: body });
    expect(opened.statusCode, opened.body).toBe(201);
    round = opened.json<TRound>();
    expect(round).toMatchObject({ period: '2024', periodStart: '2024-01-01', periodEnd: '2024-12-31', status: 'open', title: 'Báo cáo kết quả thực hiện năm 2024', reports: { not_started: 2 } });
    expect(code(await w.officer.request({ method: 'POST', url, payload: body }))).toBe('duplicate_code');
    const mid = await w.officer.request({ method: 'POST', url, payload: { kind: 'mid_term', period: '2015', dueOn: '2015-12-20' } });
    expect(mid.json<TRound>()).toMatchObject({ periodStart: '2013-01-01', periodEnd: '2015-12-31' });

    const reportsOfA = await w.reporterA.request({ method: 'GET', url: `${BASE}/rounds/${round.id}/reports` });
    const items = reportsOfA.json<{ items: { id: string; organisation: { id: string } }[] }>().items;
    expect(items.map((r) => r.organisation.id)).toEqual([w.unitA]);
    reportA = await reportOf(w.reporterA, items[0]?.id ?? '');
    const all = (await w.officer.request({ method: 'GET', url: `${BASE}/rounds/${round.id}/reports` })).json<{ items: { id: string; organisation: { id: string } }[] }>().items;
    reportB = await reportOf(w.officer, all.find((r) => r.organisation.id === w.unitB)?.id ?? '');
    expect(reportA.narratives.map((n) => n.actionId)).toEqual(w.actionIds.slice(0, 2));
    // Province-wide figures (TFP share, renewal rate, total spending) are not asked of units.
    expect(reportA.indicators.map((i) => i.code)).toEqual(['NS.ST_SPENDING']);
  });

  it('refuses a unit reporting for another unit, values of the wrong unit or period, and indicators units do not report', async () => {
    const save = (client: TestClient, id: string, body: Record<string, unknown>) => client.request({ method: 'PUT', url: `${BASE}/reports/${id}`, payload: body });
    const value = { indicatorId: indicator('NS.ST_SPENDING'), period: '2024', value: 1200, unit: 'triệu đồng' };
    expect((await w.reporterA.request({ method: 'GET', url: `${BASE}/reports/${reportB.id}` })).statusCode).toBe(404);
    expect((await save(w.reporterA, reportB.id, { version: 1, values: [value] })).statusCode).toBe(404);
    expect((await save(w.officer, reportA.id, { version: 1, values: [value] })).statusCode).toBe(403);
    const wrongUnit = await save(w.reporterA, reportA.id, { version: 1, values: [{ ...value, unit: 'tỷ đồng' }] });
    expect([wrongUnit.statusCode, wrongUnit.json<{ errors: { path: string; code: string }[] }>().errors]).toEqual([400, [expect.objectContaining({ path: 'body.values.0.unit', code: 'unit_mismatch' })]]);
    const wrongPeriod = await save(w.reporterA, reportA.id, { version: 1, values: [{ ...value, period: '2023' }] });
    expect([wrongPeriod.statusCode, wrongPeriod.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'period_mismatch']);
    const computed = await save(w.reporterA, reportA.id, { version: 1, values: [{ ...value, indicatorId: indicator('KHCN.ST_STAFF'), unit: 'người' }] });
    expect([computed.statusCode, computed.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'indicator_not_reported']);
    const provinceLevel = await save(w.reporterA, reportA.id, { version: 1, values: [{ ...value, indicatorId: indicator('KHCN.TECH_RENEWAL_RATE'), value: 16.5, unit: '%/năm' }] });
    expect([provinceLevel.statusCode, provinceLevel.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'indicator_province_level']);
    expect((await save(w.reporterA, reportA.id, { version: 1, values: [{ ...value, value: 'nhiều' }] })).statusCode).toBe(400);
    expect((await save(w.reporterA, reportA.id, { version: 7, values: [value] })).statusCode).toBe(409);
    const values = await t.platform.db.selectFrom('indicator_values').select('id').where('report_id', '=', reportA.id).execute();
    expect(values).toEqual([]);
  });

  it('runs save → submit → return → fix → approve, then locks the report and its values', async () => {
    const upload = await w.reporterA.request({ method: 'POST', url: '/api/v1/files', ...multipart({ purpose: 'attachment' }, { name: 'minh-chung.pdf', data: PDF }) });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = upload.json<{ id: string }>().id;
    const [first] = w.actionIds;
    let saved = await w.reporterA.request({
      method: 'PUT',
      url: `${BASE}/reports/${reportA.id}`,
      payload: {
        version: 1,
        summary: 'Sở đã triển khai đầy đủ các nhiệm vụ được giao.\nKết quả cụ thể như sau.',
        narratives: [{ actionId: first, text: 'Đã tổ chức 02 hội nghị quán triệt Chương trình.' }],
        values: [{ indicatorId: indicator('NS.ST_SPENDING'), period: '2024', value: 1200, unit: 'triệu đồng', sourceNote: 'Báo cáo quyết toán năm 2024 của đơn vị' }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    reportA = saved.json<TReportDetail>();
    expect(reportA).toMatchObject({ status: 'draft', version: 2 });
    expect(reportA.narratives.find((n) => n.actionId === first)?.text).toBe('Đã tổ chức 02 hội nghị quán triệt Chương trình.');
    expect(reportA.values.map((v) => [v.indicatorCode, v.value, v.status])).toEqual([['NS.ST_SPENDING', 1200, 'draft']]);
    const foreignFile = await w.reporterB.request({ method: 'POST', url: `${BASE}/reports/${reportB.id}/files`, payload: { fileId, caption: 'Không phải tệp của tôi' } });
    expect([foreignFile.statusCode, foreignFile.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'file_unknown']);
    const linked = await w.reporterA.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/files`, payload: { fileId, caption: 'Biên bản hội nghị' } });
    expect(linked.statusCode, linked.body).toBe(201);
    reportA = linked.json<TReportDetail>();
    expect(reportA.files).toMatchObject([{ fileId, caption: 'Biên bản hội nghị', mediaType: 'application/pdf' }]);
    const download = await w.officer.request({ method: 'GET', url: reportA.files[0]?.downloadUrl ?? '' });
    expect(download.statusCode).toBe(200);
    expect((await w.reporterB.request({ method: 'GET', url: reportA.files[0]?.downloadUrl ?? '' })).statusCode).toBe(404);

    expect(code(await w.officer.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/approve`, payload: { version: reportA.version } }))).toBe('report_state_invalid');
    expect(code(await w.reporterB.request({ method: 'POST', url: `${BASE}/reports/${reportB.id}/submit`, payload: { version: 1 } }))).toBe('report_state_invalid');
    const submitted = await w.reporterA.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/submit`, payload: { version: reportA.version } });
    reportA = submitted.json<TReportDetail>();
    expect(reportA.status).toBe('submitted');
    expect(reportA.values.every((v) => v.status === 'submitted')).toBe(true);
    expect((await w.reporterA.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/return`, payload: { version: reportA.version, comment: 'x' } })).statusCode).toBe(403);
    expect((await w.officer.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/return`, payload: { version: reportA.version, comment: '' } })).statusCode).toBe(400);
    const returned = await w.officer.request({
      method: 'POST',
      url: `${BASE}/reports/${reportA.id}/return`,
      payload: { version: reportA.version, comment: 'Đề nghị rà soát số chi cho khoa học và công nghệ theo số quyết toán.' },
    });
    reportA = returned.json<TReportDetail>();
    expect(reportA).toMatchObject({ status: 'returned', reviewComment: 'Đề nghị rà soát số chi cho khoa học và công nghệ theo số quyết toán.' });
    saved = await w.reporterA.request({
      method: 'PUT',
      url: `${BASE}/reports/${reportA.id}`,
      payload: { version: reportA.version, values: [{ indicatorId: indicator('NS.ST_SPENDING'), period: '2024', value: 1350, unit: 'triệu đồng', sourceNote: 'Số quyết toán năm 2024' }] },
    });
    reportA = saved.json<TReportDetail>();
    reportA = (await w.reporterA.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/submit`, payload: { version: reportA.version } })).json<TReportDetail>();
    const approved = await w.officer.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/approve`, payload: { version: reportA.version } });
    expect(approved.statusCode, approved.body).toBe(200);
    reportA = approved.json<TReportDetail>();
    expect(reportA.status).toBe('approved');
    expect(reportA.lockedAt).not.toBeNull();
    expect(reportA.values.map((v) => [v.indicatorCode, v.value])).toEqual([['NS.ST_SPENDING', 1350]]);
    expect(reportA.values.every((v) => v.status === 'approved' && v.lockedAt !== null)).toBe(true);
    // The S&T spending share of the program combines the value just locked: its figures are recomputed.
    const queued = await t.platform.db.selectFrom('jobs').select('payload_json').where('kind', '=', 'programs.materialise').execute();
    expect(queued.map((job) => JSON.parse(job.payload_json) as { programId: string })).toContainEqual({ programId: w.programId });
    expect(reportA.events.map((e) => e.event)).toEqual(['saved', 'submitted', 'returned', 'saved', 'submitted', 'approved']);

    const afterLock = await w.reporterA.request({ method: 'PUT', url: `${BASE}/reports/${reportA.id}`, payload: { version: reportA.version, summary: 'Sửa sau khi khóa' } });
    expect([afterLock.statusCode, code(afterLock)]).toEqual([409, 'report_locked']);
    expect(code(await w.reporterA.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/files`, payload: { fileId, caption: 'Thêm' } }))).toBe('report_locked');
    expect(code(await w.officer.request({ method: 'POST', url: `${BASE}/reports/${reportA.id}/return`, payload: { version: reportA.version, comment: 'Trả lại' } }))).toBe('report_locked');
  });

  it('restates a locked value with a reason and lists it in the restatement log', async () => {
    const value = reportA.values.find((v) => v.indicatorCode === 'NS.ST_SPENDING') as TIndicatorValue;
    const url = `${BASE}/values/${value.id}/restate`;
    expect((await w.reporterA.request({ method: 'POST', url, payload: { value: 1400, reason: 'Sửa' } })).statusCode).toBe(403);
    expect((await w.officer.request({ method: 'POST', url, payload: { value: 1400 } })).statusCode).toBe(400);
    expect((await w.officer.request({ method: 'POST', url: `${BASE}/values/${UNKNOWN}/restate`, payload: { value: 1400, reason: 'Sửa' } })).statusCode).toBe(404);
    const restated = await w.officer.request({ method: 'POST', url, payload: { value: 1420, reason: 'Sở Tài chính thẩm định lại số quyết toán năm 2024.' } });
    expect(restated.statusCode, restated.body).toBe(200);
    expect(restated.json<TIndicatorValue>()).toMatchObject({ value: 1420, status: 'approved', version: value.version + 1 });
    const log = await w.reporterA.request({ method: 'GET', url: `${BASE}/${w.programId}/restatements?roundId=${round.id}` });
    expect(log.json<{ total: number; items: TRestatement[] }>().items).toEqual([
      expect.objectContaining({ valueId: value.id, previousValue: 1350, newValue: 1420, reason: 'Sở Tài chính thẩm định lại số quyết toán năm 2024.', indicatorCode: 'NS.ST_SPENDING', actorName: 'chuyenvien.khcn@test.vn' }),
    ]);
    expect((await w.reporterB.request({ method: 'GET', url: `${BASE}/${w.programId}/restatements` })).json<{ total: number }>().total).toBe(0);
    const detail = await reportOf(w.reporterA, reportA.id);
    expect(detail.events.at(-1)).toMatchObject({ event: 'restated', comment: 'Sở Tài chính thẩm định lại số quyết toán năm 2024.' });
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_id', '=', value.id).execute();
    expect(audit.map((row) => row.action)).toContain('programs.value.restate');
  });

  it('takes province-level values from officers, approved and locked at once', async () => {
    const url = `${BASE}/${w.programId}/province-values`;
    const body = { indicatorId: indicator('KHCN.TFP_SHARE'), period: '2024', value: 34.1, unit: '%', sourceNote: 'Cục Thống kê tỉnh, Niên giám thống kê 2024' };
    expect((await w.reporterA.request({ method: 'POST', url, payload: body })).statusCode).toBe(403);
    expect((await w.officer.request({ method: 'POST', url, payload: { ...body, sourceNote: '' } })).statusCode).toBe(400);
    expect(code(await w.officer.request({ method: 'POST', url, payload: { ...body, period: '2024-H1' } }))).toBe('validation_failed');
    const created = await w.officer.request({ method: 'POST', url, payload: body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<TIndicatorValue>()).toMatchObject({ organisationId: null, status: 'approved', value: 34.1 });
    expect(created.json<TIndicatorValue>().lockedAt).not.toBeNull();
    expect(code(await w.officer.request({ method: 'POST', url, payload: body }))).toBe('report_locked');
  });
});
