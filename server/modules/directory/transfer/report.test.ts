import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZDirectoryExportRequest, type TDirectoryExportResult, type TDirectoryJob } from '../../../../common/contracts/directory.ts';
import { formatPlaceAndDate } from '../../../../common/i18n/format.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { actorWith, ctxOf, HA_NOI, jurisdiction, organisationInput, personInput, THAI_NGUYEN } from '../directory.fixtures.ts';
import { createDirectoryServices } from '../index.ts';
import type { JurisdictionRow } from '../jurisdictions.repository.ts';
import { DEFAULT_ISSUER, reportIssuer } from './issuer.ts';
import { SIGNER_PLACEHOLDER, todayInVietnam } from './report.ts';
import { createTransferService } from './transfer.service.ts';

/** Visible text of the document, paragraph by paragraph (table cells are paragraphs too). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) => [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

/** Rows of every data table (the bordered ones; the header and signature grids have none), as cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)]
    .map((match) => match[1] ?? '')
    .filter((table) => !table.includes('<w:tblBorders><w:top w:val="none"'))
    .map((table) => [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((cell) => paragraphs(cell[1] ?? '').join(''))));
}

async function documentXml(buffer: Buffer): Promise<string> {
  const file = (await JSZip.loadAsync(buffer)).file('word/document.xml');
  if (!file) {
    throw new Error('not a Word document');
  }
  return file.async('string');
}

describe('export request format', () => {
  it('defaults to a workbook, takes a report and refuses anything else', () => {
    expect(ZDirectoryExportRequest.parse({ entity: 'people' }).format).toBe('xlsx');
    expect(ZDirectoryExportRequest.parse({ entity: 'people', format: 'docx' }).format).toBe('docx');
    expect(ZDirectoryExportRequest.safeParse({ entity: 'people', format: 'pdf' }).success).toBe(false);
  });
});

describe.each(testDialects)('directory reports (.docx) on %s', (dialect) => {
  let t: TestApp;
  let services: ReturnType<typeof createDirectoryServices>;
  let transfer: ReturnType<typeof createTransferService>;
  let thaiNguyen: JurisdictionRow;
  let haNoi: JurisdictionRow;
  const admin = ctxOf(systemActor('test'));

  beforeAll(async () => {
    t = await createTestApp(dialect);
    services = createDirectoryServices(t.platform);
    transfer = createTransferService(t.platform);
    thaiNguyen = await jurisdiction(t.platform, THAI_NGUYEN);
    haNoi = await jurisdiction(t.platform, HA_NOI);
  });
  afterAll(async () => {
    await t.close();
  });

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

  it('reports organisations with the default header, a count by kind and the public list', async () => {
    const university = await services.organisations.create(
      admin,
      organisationInput(thaiNguyen.id, { kind: 'university', nameVi: 'Trường Đại học Báo cáo', abbreviation: 'ĐHBC', email: 'bi-mat@dhbc.test' }),
    );
    await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Viện Báo cáo Một', parentId: university.id }));
    await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Viện Báo cáo Hai' }));
    await services.organisations.create(admin, organisationInput(haNoi.id, { nameVi: 'Viện ngoài phạm vi' }));

    const accepted = await transfer.requestExport(admin, { entity: 'organisations', format: 'docx', jurisdictionId: thaiNguyen.id, locale: 'vi' });
    await t.platform.jobs.drain();
    const job: TDirectoryJob = await transfer.job(admin, accepted.jobId);
    expect(job.status, job.lastError ?? '').toBe('succeeded');
    const result = job.result as TDirectoryExportResult;
    expect(result.rows).toBe(3);
    expect(result.fileName).toMatch(/^bao-cao-to-chuc-\d{8}\.docx$/);

    const xml = await documentXml(await download(result.fileId));
    const text = paragraphs(xml);
    expect(text.slice(0, 5)).toEqual(['UBND TỈNH THÁI NGUYÊN', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(text).toContain(formatPlaceAndDate('Thái Nguyên', todayInVietnam()));
    expect(text.find((line) => line.startsWith('Số:'))).toMatch(/^Số: +\/BC-SKHCN$/);
    const title = text.indexOf('BÁO CÁO');
    expect(text[title + 1]).toBe('Danh sách tổ chức khoa học và công nghệ');
    expect(text.find((line) => line.startsWith('Sở Khoa học và Công nghệ báo cáo'))).toMatch(/trên địa bàn tỉnh Thái Nguyên .*gồm 3 tổ chức/);

    const [summary, list] = tables(xml);
    expect(summary).toEqual([
      ['STT', 'Loại hình tổ chức', 'Số lượng'],
      ['1', 'Viện, trung tâm nghiên cứu', '2'],
      ['2', 'Cơ sở giáo dục đại học', '1'],
      ['', 'Tổng cộng', '3'],
    ]);
    expect(list?.[0]).toEqual(['STT', 'Tên tổ chức', 'Tên viết tắt', 'Loại hình', 'Địa bàn']);
    expect(list?.slice(1).map((row) => row.slice(1, 3))).toEqual(
      expect.arrayContaining([
        ['Trường Đại học Báo cáo', 'ĐHBC'],
        ['Viện Báo cáo Một', ''],
        ['Viện Báo cáo Hai', ''],
      ]),
    );
    expect(list?.slice(1).map((row) => row[0])).toEqual(['1', '2', '3']);
    expect(list?.find((row) => row[1] === 'Trường Đại học Báo cáo')).toEqual([expect.any(String), 'Trường Đại học Báo cáo', 'ĐHBC', 'Cơ sở giáo dục đại học', 'Tỉnh Thái Nguyên']);
    expect(xml).not.toContain('Viện ngoài phạm vi');
    expect(xml).not.toContain('bi-mat@dhbc.test');

    expect(text).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', SIGNER_PLACEHOLDER, '- Như trên;', '- Lưu: VT, QLKH.']));
    expect(text.indexOf('PHÓ GIÁM ĐỐC')).toBeLessThan(text.indexOf(SIGNER_PLACEHOLDER));
  });

  it("takes the header from the officer's province and lists people without private details", async () => {
    const committee = await services.organisations.create(admin, organisationInput(haNoi.id, { kind: 'state_agency', nameVi: 'Ủy ban nhân dân thành phố Hà Nội' }));
    const department = await services.organisations.create(
      admin,
      organisationInput(haNoi.id, { kind: 'department', nameVi: 'Sở Khoa học và Công nghệ thành phố Hà Nội', abbreviation: 'SKHCN HN', parentId: committee.id }),
    );
    const institute = await services.organisations.create(admin, organisationInput(haNoi.id, { nameVi: 'Viện Nhân lực Hà Nội' }));
    await services.people.create(
      admin,
      personInput(haNoi.id, { fullName: 'Trần Thị Báo Cáo', organisationId: institute.id, degree: 'doctor', academicTitle: 'associate_professor', fieldCodes: ['401'], email: 'bao.cao@bi-mat.test', phone: '0243 000 0001' }),
    );
    await services.people.create(admin, personInput(haNoi.id, { fullName: 'Lê Văn Kỹ Sư', organisationId: institute.id, degree: 'engineer', email: null, phone: null }));
    await services.people.create(admin, personInput(haNoi.id, { fullName: 'Phạm Văn Chưa Rõ', organisationId: institute.id, degree: null, email: null, phone: null }));

    const officer = actorWith([{ role: 'officer', scope: { kind: 'organisation', id: department.id, path: department.id } }]);
    expect(await reportIssuer(t.platform.db, officer)).toEqual({ superiorBody: 'UBND thành phố Hà Nội', issuingBody: 'Sở Khoa học và Công nghệ', symbol: 'BC-SKHCNHN', place: 'Hà Nội' });

    // Through HTTP, so the job runs as the officer's account with its stored grants.
    const adminClient = await t.admin();
    const created = await adminClient.request({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { email: 'baocao@skhcn-hn.test', displayName: 'Chuyên viên', password: 'mat-khau-thu-nghiem-1', grants: [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: haNoi.id }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const client = await t.login('baocao@skhcn-hn.test', 'mat-khau-thu-nghiem-1');
    const accepted = await client.request({ method: 'POST', url: '/api/v1/directory/exports', payload: { entity: 'people', format: 'docx', organisationId: institute.id } });
    expect(accepted.statusCode, accepted.body).toBe(202);
    await t.platform.jobs.drain();
    const job = (await client.request({ method: 'GET', url: `/api/v1/directory/jobs/${accepted.json<{ jobId: string }>().jobId}` })).json<TDirectoryJob>();
    expect(job.status, job.lastError ?? '').toBe('succeeded');
    const result = job.result as TDirectoryExportResult;
    expect(result).toMatchObject({ rows: 3, fileName: expect.stringMatching(/^bao-cao-ca-nhan-\d{8}\.docx$/) as unknown });

    const xml = await documentXml(await download(result.fileId));
    const text = paragraphs(xml);
    expect(text.slice(0, 2)).toEqual(['UBND THÀNH PHỐ HÀ NỘI', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(text).toContain(formatPlaceAndDate('Hà Nội', todayInVietnam()));
    expect(text.find((line) => line.startsWith('Số:'))).toMatch(/^Số: +\/BC-SKHCNHN$/);
    expect(text[text.indexOf('BÁO CÁO') + 1]).toBe('Danh sách nhân lực khoa học và công nghệ');
    expect(text.find((line) => line.startsWith('Sở Khoa học và Công nghệ báo cáo'))).toContain('công tác tại Viện Nhân lực Hà Nội');

    const [summary, list] = tables(xml);
    expect(summary).toEqual([
      ['STT', 'Trình độ', 'Số lượng'],
      ['1', 'Kỹ sư', '1'],
      ['2', 'Tiến sĩ', '1'],
      ['3', 'Chưa cập nhật', '1'],
      ['', 'Tổng cộng', '3'],
    ]);
    expect(list?.[0]).toEqual(['STT', 'Họ và tên', 'Học hàm, học vị', 'Cơ quan công tác', 'Lĩnh vực']);
    const doctor = list?.find((row) => row[1] === 'Trần Thị Báo Cáo');
    expect(doctor?.slice(2, 4)).toEqual(['PGS.TS.', 'Viện Nhân lực Hà Nội']);
    expect(doctor?.[4]).not.toBe('');
    expect(list?.find((row) => row[1] === 'Lê Văn Kỹ Sư')?.[2]).toBe('KS.');
    expect(xml).not.toContain('bao.cao@bi-mat.test');
    expect(xml).not.toContain('0243 000 0001');
    expect(xml).not.toContain('1980');
  });

  it('falls back to the default issuer for a global administrator', async () => {
    expect(await reportIssuer(t.platform.db, systemActor('test'))).toEqual(DEFAULT_ISSUER);
  });
});
