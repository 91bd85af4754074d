import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDirectoryExportResult, TDirectoryImportReport } from '../../../../common/contracts/directory.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { isValidRow, readSheet, writeSheetToBuffer, type SheetRow } from '../../../platform/documents/index.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { ctxOf, jurisdiction, organisationInput, personInput, THAI_NGUYEN } from '../directory.fixtures.ts';
import { createDirectoryServices } from '../index.ts';
import type { JurisdictionRow } from '../jurisdictions.repository.ts';
import { organisationSheet, personSheet } from './sheets.ts';
import { createTransferService } from './transfer.service.ts';

type PersonCells = SheetRow<typeof personSheet.columns>;

describe.each(testDialects)('spreadsheet export and import on %s', (dialect) => {
  let t: TestApp;
  let services: ReturnType<typeof createDirectoryServices>;
  let transfer: ReturnType<typeof createTransferService>;
  let province: JurisdictionRow;
  const admin = ctxOf(systemActor('test'));

  beforeAll(async () => {
    t = await createTestApp(dialect);
    services = createDirectoryServices(t.platform);
    transfer = createTransferService(t.platform);
    province = await jurisdiction(t.platform, THAI_NGUYEN);
  });
  afterAll(async () => {
    await t.close();
  });

  async function finished(jobId: string): Promise<unknown> {
    await t.platform.jobs.drain();
    const job = await transfer.job(admin, jobId);
    expect(job.status, job.lastError ?? '').toBe('succeeded');
    return job.result;
  }

  async function download(fileId: string): Promise<Buffer> {
    const opened = await t.platform.files.open(fileId);
    if (!opened) {
      throw new Error('export file missing');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of opened.stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  async function importFile(data: Buffer, entity: 'organisations' | 'people', dryRun: boolean): Promise<TDirectoryImportReport> {
    const accepted = await transfer.requestImport(admin, { entity, dryRun, locale: 'vi', fileName: 'nhap-lieu.xlsx', data });
    expect(accepted.fileId).not.toBeNull();
    return (await finished(accepted.jobId)) as TDirectoryImportReport;
  }

  /** Cells as a person would type them: field codes as one text cell, like the export writes them. */
  const personCells = (overrides: Partial<Omit<PersonCells, 'fieldCodes'>> & { fieldCodes?: string }): PersonCells => ({
    id: null,
    fullName: 'Người nhập mới',
    jurisdictionCode: '19',
    organisationId: null,
    birthYear: 1985,
    gender: 'female',
    degree: 'master',
    academicTitle: null,
    orcid: null,
    email: null,
    phone: null,
    position: null,
    ...overrides,
    fieldCodes: (overrides.fieldCodes ?? '401') as unknown as string[],
  });

  it('exports organisations with labels and codes, parents before children', async () => {
    const parent = await services.organisations.create(admin, organisationInput(province.id, { kind: 'university', nameVi: 'Trường xuất dữ liệu', abbreviation: 'TXD' }));
    await services.organisations.create(admin, organisationInput(province.id, { nameVi: 'Khoa xuất dữ liệu', parentId: parent.id }));
    const accepted = await transfer.requestExport(admin, { entity: 'organisations', format: 'xlsx', jurisdictionId: province.id, locale: 'vi' });
    const result = (await finished(accepted.jobId)) as TDirectoryExportResult;
    expect(result.rows).toBe(2);
    expect(result.fileName).toMatch(/^to-chuc-\d{8}\.xlsx$/);
    const rows = [];
    for await (const row of readSheet(organisationSheet, await download(result.fileId))) {
      rows.push(row);
    }
    expect(rows.every(isValidRow)).toBe(true);
    const values = rows.flatMap((row) => (isValidRow(row) ? [row.value] : []));
    expect(values.map((v) => v.nameVi)).toEqual(['Trường xuất dữ liệu', 'Khoa xuất dữ liệu']);
    expect(values[0]).toMatchObject({ id: parent.id, kind: 'university', abbreviation: 'TXD', jurisdictionCode: '19' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(result.fileId)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Loại hình');
    expect(sheet?.getRow(2).getCell(2).value).toBe('Cơ sở giáo dục đại học');
  });

  it('round-trips people: an edited export imports back, after a dry run that writes nothing', async () => {
    const org = await services.organisations.create(admin, organisationInput(province.id, { nameVi: 'Viện khứ hồi' }));
    const person = await services.people.create(admin, personInput(province.id, { fullName: 'Vũ Khứ Hồi', organisationId: org.id, fieldCodes: ['202', '102'] }));
    const accepted = await transfer.requestExport(admin, { entity: 'people', format: 'xlsx', organisationId: org.id, locale: 'vi' });
    const result = (await finished(accepted.jobId)) as TDirectoryExportResult;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(result.fileId)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) {
      throw new Error('no sheet');
    }
    expect(sheet.getRow(2).getCell(9).value).toBe('202; 102');
    sheet.getRow(2).getCell(13).value = 'Phó Viện trưởng';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    const dry = await importFile(edited, 'people', true);
    expect(dry).toMatchObject({ outcome: 'dry_run', total: 1, valid: 1, applied: 0, errors: [] });
    expect((await services.people.get(admin, person.id)).position).toBe('Nghiên cứu viên');

    const real = await importFile(edited, 'people', false);
    expect(real).toMatchObject({ outcome: 'applied', applied: 1 });
    const after = await services.people.get(admin, person.id);
    expect(after).toMatchObject({ position: 'Phó Viện trưởng', version: 2, fields: [{ code: '202' }, { code: '102' }], privateDetails: { email: 'an.nv@demo.opensti.vn' } });
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('action', 'in', ['directory.import', 'directory.person.update']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['directory.import', 'directory.person.update']);
  });

  it('reports every bad row and writes nothing when one row is bad', async () => {
    const before = await t.platform.db.selectFrom('people').select('id').execute();
    const data = await writeSheetToBuffer(personSheet, [
      personCells({ fullName: 'Người hợp lệ' }),
      personCells({ fullName: 'Sai mã tỉnh', jurisdictionCode: '77' }),
      personCells({ fullName: 'Sai ORCID', orcid: '0000-0002-1825-0098' }),
      personCells({ fullName: 'Trùng ORCID 1', orcid: '0000-0001-5109-3700' }),
      personCells({ fullName: 'Trùng ORCID 2', orcid: '0000-0001-5109-3700' }),
      personCells({ fullName: 'Sai lĩnh vực', fieldCodes: '401; 99999' }),
    ]);
    const report = await importFile(data, 'people', false);
    expect(report, JSON.stringify(report.errors)).toMatchObject({ outcome: 'invalid', total: 6, valid: 2, invalid: 4, applied: 0 });
    expect(report.errors.map((e) => [e.row, e.key, e.code])).toEqual([
      [3, 'jurisdictionCode', 'jurisdiction_unknown'],
      [4, 'orcid', 'invalid_value'],
      [6, 'orcid', 'duplicate_in_file'],
      [7, 'fieldCodes', 'field_unknown'],
    ]);
    expect(report.errors[0]?.column).toBe('Mã đơn vị hành chính');
    expect(await t.platform.db.selectFrom('people').select('id').execute()).toHaveLength(before.length);
  });

  it('imports new organisations, checking parents, cycles and scope like the forms do', async () => {
    const parent = await services.organisations.create(admin, organisationInput(province.id, { nameVi: 'Cơ quan chủ quản nhập liệu' }));
    const cells = (overrides: Partial<SheetRow<typeof organisationSheet.columns>>): SheetRow<typeof organisationSheet.columns> => ({
      id: null,
      kind: 'enterprise',
      nameVi: 'Doanh nghiệp nhập liệu',
      nameEn: null,
      abbreviation: null,
      taxCode: '4600123456',
      agencyCode: null,
      address: null,
      jurisdictionCode: '19',
      communeCode: '5443',
      parentId: parent.id,
      ror: null,
      website: null,
      email: null,
      phone: null,
      ...overrides,
    });
    const cyclic = await writeSheetToBuffer(organisationSheet, [cells({ id: parent.id, nameVi: 'Cơ quan chủ quản nhập liệu', parentId: parent.id, kind: 'state_agency' })]);
    const refused = await importFile(cyclic, 'organisations', false);
    expect(refused.errors.map((e) => [e.row, e.key, e.code])).toEqual([[2, 'parentId', 'organisation_cycle']]);

    const good = await writeSheetToBuffer(organisationSheet, [cells({}), cells({ nameVi: 'Doanh nghiệp nhập liệu thứ hai', kind: 'Doanh nghiệp' as never, communeCode: null })]);
    const report = await importFile(good, 'organisations', false);
    expect(report).toMatchObject({ outcome: 'applied', applied: 2 });
    const created = await services.organisations.list(admin, { parentId: parent.id, page: 1, pageSize: 10 });
    expect(created.items.map((o) => [o.nameVi, o.kind, o.commune?.code ?? null])).toEqual([
      ['Doanh nghiệp nhập liệu', 'enterprise', '05443'],
      ['Doanh nghiệp nhập liệu thứ hai', 'enterprise', null],
    ]);
  });

  it('rejects a file whose columns do not match, with one report for the whole file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cá nhân').addRow(['Họ và tên', 'Cột lạ']);
    const report = await importFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'people', true);
    expect(report.outcome).toBe('invalid');
    expect(report.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['unknown_column', 'missing_column']));
    expect(report.errors.every((e) => e.row === 0)).toBe(true);
  });
});
