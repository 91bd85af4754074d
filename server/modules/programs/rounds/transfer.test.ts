import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail } from '../../../../common/contracts/programs-plans.ts';
import type { TReportDetail, TRound, TTransferJob } from '../../../../common/contracts/programs-rounds.ts';
import { readSheet, writeSheetToBuffer, type ImportReport, type SheetRow } from '../../../platform/documents/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { buildWorld, type RoundsWorld } from '../plans/test-setup.ts';
import { itemSheet, valueSheet } from './transfer.ts';

const BASE = '/api/v1/programs';

function multipart(fields: Record<string, string>, data: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-transfer-test';
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="nhap-lieu.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

describe.each(testDialects)('plan and value spreadsheets on %s', (dialect) => {
  let t: TestApp;
  let w: RoundsWorld;
  let round: TRound;
  let report: TReportDetail;
  let plan: TPlanDetail;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await buildWorld(t);
    for (const [organisationId, reporter] of [
      [w.unitA, w.reporterA],
      [w.unitB, w.reporterB],
    ] as const) {
      const created = await reporter.request({ method: 'POST', url: `${BASE}/${w.programId}/plans`, payload: { organisationId, title: 'Kế hoạch', actionIds: w.actionIds.slice(0, 2) } });
      if (organisationId === w.unitA) {
        plan = created.json<TPlanDetail>();
      }
    }
    round = (await w.officer.request({ method: 'POST', url: `${BASE}/${w.programId}/rounds`, payload: { kind: 'annual', period: '2025', dueOn: '2026-01-15' } })).json<TRound>();
    const reports = (await w.reporterA.request({ method: 'GET', url: `${BASE}/rounds/${round.id}/reports` })).json<{ items: { id: string }[] }>().items;
    const saved = await w.reporterA.request({
      method: 'PUT',
      url: `${BASE}/reports/${reports[0]?.id}`,
      payload: {
        version: 1,
        values: [{ indicatorId: w.indicators.get('NS.ST_SPENDING'), period: '2025', value: 1500, unit: 'triệu đồng', sourceNote: 'Báo cáo quyết toán năm 2025' }],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    report = saved.json<TReportDetail>();
  });
  afterAll(async () => {
    await t.close();
  });

  async function finished(client: TestClient, jobId: string): Promise<TTransferJob> {
    await t.platform.jobs.drain();
    const job = (await client.request({ method: 'GET', url: `${BASE}/transfers/${jobId}` })).json<TTransferJob>();
    expect(job.status, job.lastError ?? '').toBe('succeeded');
    return job;
  }

  async function download(client: TestClient, fileId: string): Promise<Buffer> {
    const response = await client.request({ method: 'GET', url: `/api/v1/files/${fileId}` });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  }

  async function importValues(client: TestClient, data: Buffer, dryRun: boolean): Promise<ImportReport> {
    const accepted = await client.request({ method: 'POST', url: `${BASE}/rounds/${round.id}/values/import`, ...multipart({ dryRun: String(dryRun) }, data) });
    expect(accepted.statusCode, accepted.body).toBe(202);
    return (await finished(client, accepted.json<{ jobId: string }>().jobId)).result as ImportReport;
  }

  it('exports a round’s values and imports the same file back, dry run first', async () => {
    expect((await t.anonymous.request({ method: 'POST', url: `${BASE}/rounds/${round.id}/values/export`, payload: {} })).statusCode).toBe(401);
    const accepted = await w.reporterA.request({ method: 'POST', url: `${BASE}/rounds/${round.id}/values/export`, payload: {} });
    expect(accepted.statusCode).toBe(202);
    const job = await finished(w.reporterA, accepted.json<{ jobId: string }>().jobId);
    expect((await w.reporterB.request({ method: 'GET', url: `${BASE}/transfers/${job.id}` })).statusCode).toBe(404);
    const file = await download(w.reporterA, (job.result as { fileId: string }).fileId);
    const rows = await collect(readSheet(valueSheet, file));
    expect(rows.map((row) => ('value' in row ? [row.value.indicatorCode, row.value.value, row.value.unit, row.value.sourceNote] : null))).toEqual([
      ['NS.ST_SPENDING', 1500, 'triệu đồng', 'Báo cáo quyết toán năm 2025'],
    ]);

    const changed = await writeSheetToBuffer(
      valueSheet,
      rows.flatMap((row) => ('value' in row ? [{ ...row.value, value: row.value.indicatorCode === 'NS.ST_SPENDING' ? 1650 : row.value.value }] : [])),
    );
    expect(await importValues(w.reporterA, changed, true)).toMatchObject({ outcome: 'dry_run', total: 1, valid: 1, applied: 0 });
    expect((await w.reporterA.request({ method: 'GET', url: `${BASE}/reports/${report.id}` })).json<TReportDetail>().values.find((v) => v.indicatorCode === 'NS.ST_SPENDING')?.value).toBe(1500);
    expect(await importValues(w.reporterA, changed, false)).toMatchObject({ outcome: 'applied', applied: 1 });
    const after = (await w.reporterA.request({ method: 'GET', url: `${BASE}/reports/${report.id}` })).json<TReportDetail>();
    expect(after.values.find((v) => v.indicatorCode === 'NS.ST_SPENDING')?.value).toBe(1650);
    expect(after.version).toBe(report.version + 1);
  });

  it('rejects bad rows and bad sheets, writing nothing', async () => {
    type Cells = SheetRow<typeof valueSheet.columns>;
    const good: Cells = { organisationId: w.unitA, organisationName: null, indicatorCode: 'NS.ST_SPENDING', indicatorName: null, period: '2025', value: 1700, unit: 'triệu đồng', sourceNote: null };
    const rows: Cells[] = [
      good,
      { ...good, organisationId: w.unitB },
      { ...good, period: '2024' },
      { ...good, indicatorCode: 'KHÔNG.CÓ' },
      { ...good, indicatorCode: 'NS.TOTAL_SPENDING', value: 70000 },
      good,
    ];
    const report1 = await importValues(w.reporterA, await writeSheetToBuffer(valueSheet, rows), false);
    expect(report1).toMatchObject({ outcome: 'invalid', total: 6, valid: 1, applied: 0 });
    expect(report1.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'report_unknown'],
      [4, 'period_mismatch'],
      [5, 'indicator_unknown'],
      [6, 'indicator_province_level'],
      [7, 'duplicate_in_file'],
    ]);
    const written = await t.platform.db.selectFrom('indicator_values').select('value').where('indicator_id', 'in', [w.indicators.get('NS.ST_SPENDING') ?? '', w.indicators.get('NS.TOTAL_SPENDING') ?? '']).execute();
    expect(written.map((row) => row.value)).toEqual([1650]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRow(['Mã đơn vị', 'Giá trị', 'Cột lạ']);
    sheet.addRow([w.unitA, 1, 'x']);
    const wrongColumns = await importValues(w.reporterA, Buffer.from(await workbook.xlsx.writeBuffer()), false);
    expect(wrongColumns.outcome).toBe('invalid');
    expect(wrongColumns.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['unknown_column', 'missing_column']));

    function* many(): Generator<Cells> {
      for (let i = 0; i <= 100_000; i += 1) {
        yield good;
      }
    }
    const huge = await importValues(w.reporterA, await writeSheetToBuffer(valueSheet, many()), false);
    expect(huge).toMatchObject({ outcome: 'invalid', applied: 0, errors: [expect.objectContaining({ code: 'import_too_many_rows' })] });
  }, 120_000);

  it('round-trips a plan’s items, refusing unknown parents and repeated codes', async () => {
    const accepted = await w.reporterA.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items/export`, payload: {} });
    expect(accepted.statusCode).toBe(202);
    expect((await w.reporterB.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items/export`, payload: {} })).statusCode).toBe(404);
    const job = await finished(w.reporterA, accepted.json<{ jobId: string }>().jobId);
    const file = await download(w.reporterA, (job.result as { fileId: string }).fileId);
    const rows = (await collect(readSheet(itemSheet, file))).flatMap((row) => ('value' in row ? [row.value] : []));
    expect(rows).toHaveLength(2);
    const [first] = rows;
    const edited = [
      ...rows,
      { itemCode: 'T1', parentCode: first?.itemCode ?? null, actionRef: null, title: 'Tập huấn cho doanh nghiệp', ownerName: 'Phòng Quản lý công nghiệp', weight: 2, deadline: '2026-06-30' },
    ];
    const upload = (data: Buffer, dryRun: boolean, client: TestClient = w.reporterA) =>
      client.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items/import`, ...multipart({ dryRun: String(dryRun) }, data) });
    expect((await upload(await writeSheetToBuffer(itemSheet, edited), false, w.reporterB)).statusCode).toBe(404);
    const bad = await upload(
      await writeSheetToBuffer(itemSheet, [
        ...edited,
        { ...edited[2], itemCode: 'T2', parentCode: 'KHÔNG-CÓ' } as (typeof edited)[number],
        { ...edited[2], itemCode: first?.itemCode ?? '', parentCode: 'T1' } as (typeof edited)[number],
      ]),
      false,
    );
    const badReport = (await finished(w.reporterA, bad.json<{ jobId: string }>().jobId)).result as ImportReport;
    expect(badReport.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['parent_unknown', 'duplicate_in_file']));
    const applied = await upload(await writeSheetToBuffer(itemSheet, edited), false);
    expect(((await finished(w.reporterA, applied.json<{ jobId: string }>().jobId)).result as ImportReport).outcome).toBe('applied');
    const detail = (await w.reporterA.request({ method: 'GET', url: `${BASE}/plans/${plan.id}` })).json<TPlanDetail>();
    expect(detail.items.find((i) => i.code === 'T1')).toMatchObject({ parentId: detail.items.find((i) => i.code === first?.itemCode)?.id, weight: 2, deadline: '2026-06-30' });
  });
});
