import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLibraryRecordInput } from '../../../../common/contracts/library.ts';
import { writeSheetToBuffer, type ImportReport, type SheetRow } from '../../../platform/documents/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { createLibraryService } from '../library.service.ts';
import { anyJurisdictionId } from '../oai/records.fixtures.ts';
import { parseXml } from '../oai/oai.fixtures.ts';
import { recordSheet } from './columns.ts';
import { CSV_BOM, csvLine, readCsv } from './csv.ts';
import type { TLibraryTransferJob } from './transfer.schemas.ts';

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----opensti-library-transfer-test';
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

function inputs(jurisdictionId: string): (TLibraryRecordInput & { externalId: string })[] {
  const common = {
    titleEn: null,
    keywords: ['lúa', 'chịu mặn'],
    language: 'vi' as const,
    licence: 'cc-by-4.0' as const,
    issuedDate: null,
    publisher: 'Nhà xuất bản Nông nghiệp',
    fieldCodes: ['101'],
    programArea: null,
    programId: null,
    taskCode: null,
    accessLevel: 'public' as const,
    embargoUntil: null,
    organisationId: null,
    jurisdictionId,
  };
  return [
    {
      ...common,
      externalId: 'KHO-CU-0001',
      type: 'article',
      title: 'Giống lúa chịu mặn, "thế hệ mới" = năng suất cao',
      abstract: 'Dòng một\nDòng hai, có dấu phẩy',
      issuedYear: 2024,
      identifiers: { doi: '10.1234/lua.2024', isbn: null, patentNo: null, resultNo: null },
      contributors: [
        { role: 'author', personId: null, name: 'Nguyễn Văn An', organisationId: null, affiliation: null },
        { role: 'editor', personId: null, name: 'Lê Thị Cúc', organisationId: null, affiliation: null },
      ],
      details: { journal: 'Tạp chí Khoa học Nông nghiệp', issn: null, volume: '12', issue: '3', pages: '45-52', peerReviewed: true },
    },
    {
      ...common,
      externalId: 'KHO-CU-0002',
      type: 'book',
      title: 'Sổ tay canh tác vùng ven biển',
      abstract: null,
      issuedYear: 2023,
      identifiers: { doi: null, isbn: null, patentNo: null, resultNo: null },
      contributors: [{ role: 'author', personId: null, name: 'Trần Văn Bình', organisationId: null, affiliation: null }],
      details: { edition: 'Tái bản lần 2', pageCount: 240, series: null, placeOfPublication: 'Hà Nội' },
    },
  ] as (TLibraryRecordInput & { externalId: string })[];
}

describe.each(testDialects)('library bulk transfer on %s', (dialect) => {
  let source: TestApp;
  let target: TestApp;
  let sourceAdmin: TestClient;
  let targetAdmin: TestClient;

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestApp(dialect), createTestApp(dialect)]);
    const library = createLibraryService(source.platform);
    for (const input of inputs(await anyJurisdictionId(source.platform.db))) {
      await library.upsertFromImport({ actor: systemActor('test'), requestId: null }, input, { status: 'published' });
    }
    sourceAdmin = await source.admin();
    targetAdmin = await target.admin();
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  async function runJob(app: TestApp, client: TestClient, accepted: { statusCode: number; body: string; json<T>(): T }): Promise<TLibraryTransferJob> {
    expect(accepted.statusCode, accepted.body).toBe(202);
    await app.platform.jobs.drain();
    const response = await client.request({ method: 'GET', url: `/api/v1/library/transfer/jobs/${accepted.json<{ jobId: string }>().jobId}` });
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json<TLibraryTransferJob>();
    expect(job.status, job.lastError ?? '').toBe('succeeded');
    return job;
  }

  async function exportFile(app: TestApp, client: TestClient, format: 'csv' | 'xlsx' | 'xml'): Promise<Buffer> {
    const job = await runJob(app, client, await client.request({ method: 'POST', url: '/api/v1/library/transfer/exports', payload: { format } }));
    const opened = await app.platform.files.open((job.result as { fileId: string }).fileId);
    const chunks: Buffer[] = [];
    for await (const chunk of opened?.stream ?? []) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }

  async function importFile(format: 'csv' | 'xlsx' | 'xml', data: Buffer, dryRun: boolean, fields: Record<string, string> = {}): Promise<ImportReport> {
    const upload = multipart({ format, dryRun: String(dryRun), ...fields }, { name: `thu-vien.${format}`, data });
    const job = await runJob(target, targetAdmin, await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/imports', ...upload }));
    return job.result as ImportReport;
  }

  const dataLines = (csv: Buffer) => [...readCsv(csv.toString('utf8'))].slice(1).map((row) => JSON.stringify(row.cells)).sort();
  const stored = (app: TestApp) => app.platform.db.selectFrom('library_records').select(['external_id', 'version', 'updated_at', 'status']).orderBy('external_id').execute();

  it('exports CSV and imports it into an empty library: dry run, then the same records, then nothing changes', async () => {
    const csv = await exportFile(source, sourceAdmin, 'csv');
    expect(csv.subarray(0, 3).toString('utf8')).toBe(CSV_BOM);
    expect(dataLines(csv)).toHaveLength(2);

    const trial = await importFile('csv', csv, true);
    expect(trial).toMatchObject({ outcome: 'dry_run', total: 2, valid: 2, invalid: 0, applied: 0 });
    expect(await stored(target)).toEqual([]);

    expect(await importFile('csv', csv, false)).toMatchObject({ outcome: 'applied', total: 2, applied: 2 });
    const first = await stored(target);
    expect(first.map((row) => [row.external_id, row.status])).toEqual([
      ['KHO-CU-0001', 'published'],
      ['KHO-CU-0002', 'published'],
    ]);
    expect(dataLines(await exportFile(target, targetAdmin, 'csv'))).toEqual(dataLines(csv));

    expect(await importFile('csv', csv, false)).toMatchObject({ outcome: 'applied', total: 2, applied: 0 });
    expect(await stored(target)).toEqual(first);
  });

  it('reads back its Excel export with the same columns', async () => {
    const workbook = await exportFile(source, sourceAdmin, 'xlsx');
    expect(await importFile('xlsx', workbook, false)).toMatchObject({ outcome: 'applied', total: 2, applied: 0, invalid: 0 });
  });

  it('exports Dublin Core XML as a <records> of oai_dc:dc elements', async () => {
    const xml = (await exportFile(source, sourceAdmin, 'xml')).toString('utf8');
    const records = parseXml(xml).records as Record<string, unknown>;
    expect(records['@xmlns:oai_dc']).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/');
    expect(xml.match(/<oai_dc:dc /g)).toHaveLength(2);
    expect(xml).toContain('<dc:title>Giống lúa chịu mặn, "thế hệ mới" = năng suất cao</dc:title>');
  });

  it('imports Dublin Core XML into the place the request names, once', async () => {
    const exported = await exportFile(source, sourceAdmin, 'xml');
    const trial = await importFile('xml', exported, true, { jurisdictionCode: '01' });
    expect(trial).toMatchObject({ outcome: 'dry_run', total: 2, valid: 2, invalid: 0 });

    const xml = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<records xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        '<oai_dc:dc><dc:title>Cẩm nang nuôi trồng thủy sản &amp; ven biển</dc:title><dc:creator>Đỗ Thị Hoa</dc:creator><dc:subject>101 Toán học và thống kê</dc:subject>' +
        '<dc:subject>thủy sản</dc:subject><dc:date>2022</dc:date><dc:type>Text</dc:type><dc:type>info:eu-repo/semantics/book</dc:type>' +
        '<dc:identifier>https://kho-khac.example.vn/handle/123/45</dc:identifier><dc:language>vi</dc:language></oai_dc:dc>' +
        '<oai_dc:dc><dc:title>Không rõ loại</dc:title><dc:identifier>https://kho-khac.example.vn/handle/123/46</dc:identifier><dc:date>2022</dc:date></oai_dc:dc></records>',
    );
    const mixed = await importFile('xml', xml, false, { jurisdictionCode: '01' });
    expect(mixed).toMatchObject({ outcome: 'invalid', total: 2, invalid: 1 });
    expect(mixed.errors.map((error) => [error.row, error.key])).toEqual(expect.arrayContaining([[2, 'type']]));

    const single = Buffer.from(xml.toString('utf8').replace(/<oai_dc:dc><dc:title>Không rõ loại.*?<\/oai_dc:dc>/, ''));
    expect(await importFile('xml', single, false, { jurisdictionCode: '01' })).toMatchObject({ outcome: 'applied', applied: 1 });
    expect(await importFile('xml', single, false, { jurisdictionCode: '01' })).toMatchObject({ outcome: 'applied', applied: 0 });
    const record = await target.platform.db.selectFrom('library_records').select(['title', 'type', 'issued_year']).where('external_id', '=', 'https://kho-khac.example.vn/handle/123/45').executeTakeFirstOrThrow();
    expect(record).toEqual({ title: 'Cẩm nang nuôi trồng thủy sản & ven biển', type: 'book', issued_year: 2022 });

    const noPlace = multipart({ format: 'xml' }, { name: 'a.xml', data: single });
    expect((await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/imports', ...noPlace })).statusCode).toBe(400);
    const broken = await importFile('xml', Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<records><oai_dc:dc>'), true, { jurisdictionCode: '01' });
    expect(broken).toMatchObject({ outcome: 'invalid', errors: [{ code: 'xml_malformed', message: 'Tệp XML không đúng định dạng, không đọc được các bản ghi Dublin Core' }] });
  });

  it('reports bad rows by row and column, and writes nothing when one row is bad', async () => {
    const header = csvLine(recordSheet.columns.map((column) => column.header.vi));
    const row = (cells: Partial<Record<string, string>>) => csvLine(recordSheet.columns.map((column) => cells[column.key] ?? ''));
    const base = { type: 'book', title: 'Sách mới', issuedYear: '2025', fieldCodes: '101', jurisdictionCode: '01', contributors: 'Phạm Văn Dũng' };
    const file = Buffer.from(
      CSV_BOM +
        header +
        row({ ...base, externalId: 'MOI-1' }) +
        row({ ...base, externalId: 'MOI-2', type: 'tranh-ve' }) +
        row({ ...base, externalId: 'MOI-1' }) +
        row({ ...base, externalId: 'MOI-3', fieldCodes: '999' }) +
        row({ ...base, externalId: 'MOI-4', issuedYear: 'năm ngoái' }),
    );
    const before = await stored(target);
    const report = await importFile('csv', file, false);
    expect(report).toMatchObject({ outcome: 'invalid', total: 5, valid: 1, invalid: 4, applied: 0 });
    expect(report.errors.map((error) => [error.row, error.key])).toEqual([
      [3, 'type'],
      [4, 'externalId'],
      [5, 'fieldCodes'],
      [6, 'issuedYear'],
    ]);
    expect(report.errors.find((error) => error.row === 4)?.message).toBe('Mã định danh ngoài trùng với dòng 2');
    expect(await stored(target)).toEqual(before);
  });

  it('refuses a file with wrong columns, naming them, and a file over the row limit', async () => {
    const wrong = Buffer.from(`${csvLine(['Mã định danh ngoài', 'Nhan đề', 'Cột lạ'])}${csvLine(['A', 'B', 'C'])}`);
    const report = await importFile('csv', wrong, false);
    expect(report.outcome).toBe('invalid');
    expect(report.errors.map((error) => error.code)).toEqual(expect.arrayContaining(['unknown_column', 'missing_column']));
    expect(report.errors.find((error) => error.code === 'unknown_column')?.column).toBe('Cột lạ');
    expect(report.errors.some((error) => error.message.includes('Loại tài liệu'))).toBe(true);

    const header = csvLine(recordSheet.columns.map((column) => column.header.en));
    const line = csvLine(recordSheet.columns.map((column) => (column.key === 'externalId' ? 'X' : column.key === 'title' ? 'T' : column.key === 'type' ? 'book' : '')));
    const huge = Buffer.from(header + line.repeat(200_000));
    const before = await stored(target);
    const refused = await importFile('csv', huge, false);
    expect(refused).toMatchObject({ outcome: 'invalid', applied: 0 });
    expect(refused.errors[0]).toMatchObject({ code: 'import_too_many_rows', message: 'Tệp có quá 100000 dòng dữ liệu; đề nghị chia nhỏ tệp trước khi nhập' });
    expect(await stored(target)).toEqual(before);

    const workbook = await writeSheetToBuffer(recordSheet, [] as SheetRow<typeof recordSheet.columns>[]);
    expect(await importFile('xlsx', workbook, true)).toMatchObject({ outcome: 'dry_run', total: 0 });
  });

  it('guards its routes: 401, 403, 400, 415 and 404', async () => {
    expect((await target.anonymous.request({ method: 'POST', url: '/api/v1/library/transfer/exports', payload: { format: 'csv' } })).statusCode).toBe(401);
    await targetAdmin.request({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email: 'nghiencuu@thuvien.test', displayName: 'Nhà nghiên cứu', password: 'mat-khau-thu-nghiem-1', grants: [{ role: 'researcher', scopeKind: 'global' }] },
    });
    const researcher = await target.login('nghiencuu@thuvien.test', 'mat-khau-thu-nghiem-1');
    expect((await researcher.request({ method: 'POST', url: '/api/v1/library/transfer/exports', payload: { format: 'csv' } })).statusCode).toBe(403);
    expect((await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/exports', payload: { format: 'pdf' } })).statusCode).toBe(400);
    expect((await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/imports', payload: { format: 'csv' } })).statusCode).toBe(415);
    const badFormat = multipart({ format: 'docx' }, { name: 'a.csv', data: Buffer.from('a,b\n') });
    expect((await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/imports', ...badFormat })).statusCode).toBe(400);
    const accepted = await targetAdmin.request({ method: 'POST', url: '/api/v1/library/transfer/exports', payload: { format: 'csv' } });
    const jobId = accepted.json<{ jobId: string }>().jobId;
    expect((await researcher.request({ method: 'GET', url: `/api/v1/library/transfer/jobs/${jobId}` })).statusCode).toBe(404);
    expect((await researcher.request({ method: 'GET', url: '/api/v1/library/transfer/jobs/khong-phai-ma' })).statusCode).toBe(400);
    await target.platform.jobs.drain();
  });
});
