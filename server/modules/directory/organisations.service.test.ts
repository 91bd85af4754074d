import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { actorWith, ctxOf, HA_NOI, jurisdiction, organisationInput, THAI_NGUYEN } from './directory.fixtures.ts';
import { createDirectoryServices } from './index.ts';
import type { JurisdictionRow } from './jurisdictions.repository.ts';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) {
      return { code: error.code, status: error.status, paths: (error.fieldErrors ?? []).map((e) => e.path) };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(testDialects)('organisations on %s', (dialect) => {
  let t: TestApp;
  let services: ReturnType<typeof createDirectoryServices>;
  let thaiNguyen: JurisdictionRow;
  let haNoi: JurisdictionRow;
  const admin = ctxOf(systemActor('test'));

  beforeAll(async () => {
    t = await createTestApp(dialect);
    services = createDirectoryServices(t.platform);
    thaiNguyen = await jurisdiction(t.platform, THAI_NGUYEN);
    haNoi = await jurisdiction(t.platform, HA_NOI);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates an organisation with its path, an audit entry and a search document', async () => {
    const ward = await jurisdiction(t.platform, '05443');
    const created = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Viện Công nghệ sinh học Phan Đình Phùng', abbreviation: 'VCNSH', communeId: ward.id }));
    expect(created).toMatchObject({ version: 1, parents: [], children: [], jurisdiction: { code: '19', fullName: 'Tỉnh Thái Nguyên' }, commune: { code: '05443', fullName: 'Phường Phan Đình Phùng' } });
    const row = await t.platform.db.selectFrom('organisations').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.path).toBe(`/${created.id}/`);
    expect(row.keywords_folded).toBe('vien cong nghe sinh hoc phan dinh phung | vcnsh');
    const audit = await t.platform.db.selectFrom('audit_log').selectAll().where('subject_id', '=', created.id).execute();
    expect(audit.map((a) => [a.action, a.request_id])).toEqual([['directory.organisation.create', 'test-request']]);
    const hits = await t.platform.search.query({ resource: 'organisation', text: 'cong nghe sinh hoc phan dinh phung' });
    expect(hits.hits.map((h) => h.id)).toContain(created.id);
    expect((await verifyAuditChain(t.platform.db)).ok).toBe(true);
  });

  it('finds organisations by name or abbreviation without diacritics, word by word', async () => {
    const university = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { kind: 'university', nameVi: 'Đại học Thử nghiệm Thái Nguyên', abbreviation: 'ĐHTNTN' }));
    const search = (q: string) => services.organisations.list(admin, { q, page: 1, pageSize: 50 });
    expect((await search('dai hoc thu nghiem')).items.map((o) => o.id)).toContain(university.id);
    expect((await search('thu nghiem thai')).items.map((o) => o.id)).toContain(university.id);
    expect((await search('dhtntn')).items.map((o) => o.id)).toContain(university.id);
    expect((await search('hoc thu')).items.map((o) => o.id)).toContain(university.id);
    expect((await search('ai hoc')).items.map((o) => o.id)).not.toContain(university.id);
    expect((await search('100%_')).total).toBe(0);
    const byKind = await services.organisations.list(admin, { kind: 'university', jurisdictionId: thaiNguyen.id, page: 1, pageSize: 50 });
    expect(byKind.items.every((o) => o.kind === 'university')).toBe(true);
    const elsewhere = await services.organisations.list(admin, { kind: 'university', jurisdictionId: haNoi.id, page: 1, pageSize: 50 });
    expect(elsewhere.items.map((o) => o.id)).not.toContain(university.id);
  });

  it('returns the parent chain and children, and moves a whole subtree', async () => {
    const root = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Tổ chức gốc' }));
    const middle = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Đơn vị giữa', parentId: root.id }));
    const leaf = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Phòng thí nghiệm lá', parentId: middle.id }));
    const detail = await services.organisations.get(admin, leaf.id);
    expect(detail.parents.map((p) => p.nameVi)).toEqual(['Tổ chức gốc', 'Đơn vị giữa']);
    expect((await services.organisations.get(admin, root.id)).children.map((c) => c.id)).toEqual([middle.id]);

    const otherRoot = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Tổ chức mới' }));
    await services.organisations.update(admin, middle.id, { version: 1, parentId: otherRoot.id });
    const leafRow = await t.platform.db.selectFrom('organisations').select('path').where('id', '=', leaf.id).executeTakeFirstOrThrow();
    expect(leafRow.path).toBe(`/${otherRoot.id}/${middle.id}/${leaf.id}/`);
    expect((await services.organisations.get(admin, leaf.id)).parents.map((p) => p.nameVi)).toEqual(['Tổ chức mới', 'Đơn vị giữa']);
  });

  it('refuses a parent that is the organisation itself or one of its descendants (organisation_cycle)', async () => {
    const parent = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Cấp trên' }));
    const child = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Cấp dưới', parentId: parent.id }));
    expect(await refusal(services.organisations.update(admin, parent.id, { version: 1, parentId: child.id }))).toMatchObject({ code: 'organisation_cycle', status: 409 });
    expect(await refusal(services.organisations.update(admin, parent.id, { version: 1, parentId: parent.id }))).toMatchObject({ code: 'organisation_cycle', status: 409 });
    const unchanged = await services.organisations.get(admin, parent.id);
    expect(unchanged).toMatchObject({ version: 1, parentId: null });
  });

  it('refuses an update carrying an old version (stale_version) and keeps the newer data', async () => {
    const created = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Trung tâm phiên bản' }));
    const first = await services.organisations.update(admin, created.id, { version: 1, nameVi: 'Trung tâm phiên bản mới', website: 'https://example.vn' });
    expect(first).toMatchObject({ version: 2, nameVi: 'Trung tâm phiên bản mới', website: 'https://example.vn', kind: 'research_institute' });
    expect(await refusal(services.organisations.update(admin, created.id, { version: 1, nameVi: 'Ghi đè' }))).toMatchObject({ code: 'stale_version', status: 409 });
    expect((await services.organisations.get(admin, created.id)).nameVi).toBe('Trung tâm phiên bản mới');
    const audit = await t.platform.db.selectFrom('audit_log').select(['action', 'before_json', 'after_json']).where('subject_id', '=', created.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['directory.organisation.create', 'directory.organisation.update']);
    expect(audit[1]?.before_json).toContain('"version":1');
    expect(audit[1]?.after_json).toContain('Trung tâm phiên bản mới');
  });

  it('lets a Thái Nguyên officer write there but not in Hà Nội (403 outside_scope), nor move records out', async () => {
    const officer = ctxOf(actorWith([{ role: 'officer', scope: { kind: 'jurisdiction', id: thaiNguyen.id, path: thaiNguyen.path } }]));
    const own = await services.organisations.create(officer, organisationInput(thaiNguyen.id, { nameVi: 'Doanh nghiệp KH&CN Thái Nguyên', kind: 'enterprise' }));
    expect(own.jurisdiction.code).toBe('19');
    expect(await refusal(services.organisations.create(officer, organisationInput(haNoi.id, { nameVi: 'Viện ở Hà Nội' })))).toEqual({ code: 'outside_scope', status: 403, paths: [] });
    const hanoiOrg = await services.organisations.create(admin, organisationInput(haNoi.id, { nameVi: 'Viện Hà Nội' }));
    expect(await refusal(services.organisations.update(officer, hanoiOrg.id, { version: 1, nameVi: 'Đổi tên' }))).toMatchObject({ code: 'outside_scope', status: 403 });
    expect(await refusal(services.organisations.update(officer, own.id, { version: 1, jurisdictionId: haNoi.id }))).toMatchObject({ code: 'outside_scope', status: 403 });
    const researcher = ctxOf(actorWith([{ role: 'researcher' }]));
    expect(await refusal(services.organisations.create(researcher, organisationInput(thaiNguyen.id)))).toMatchObject({ code: 'missing_role', status: 403 });
    expect(await t.platform.db.selectFrom('organisations').select('id').where('name_vi', '=', 'Viện ở Hà Nội').execute()).toHaveLength(0);
  });

  it('covers an organisation subtree with an organisation grant', async () => {
    const university = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Trường thử phân quyền', kind: 'university' }));
    const row = await t.platform.db.selectFrom('organisations').select('path').where('id', '=', university.id).executeTakeFirstOrThrow();
    const manager = ctxOf(actorWith([{ role: 'officer', scope: { kind: 'organisation', id: university.id, path: row.path } }]));
    const faculty = await services.organisations.create(manager, organisationInput(thaiNguyen.id, { nameVi: 'Khoa thử phân quyền', parentId: university.id }));
    expect(faculty.parents.map((p) => p.id)).toEqual([university.id]);
    expect(await refusal(services.organisations.create(manager, organisationInput(thaiNguyen.id, { nameVi: 'Ngoài cây' })))).toMatchObject({ code: 'outside_scope' });
  });

  it('answers unknown references with 400 on the field and unknown ids with 404', async () => {
    const other = await jurisdiction(t.platform, '00004');
    expect(await refusal(services.organisations.create(admin, organisationInput(thaiNguyen.id, { communeId: other.id })))).toEqual({
      code: 'validation_failed',
      status: 400,
      paths: ['body.communeId'],
    });
    expect(await refusal(services.organisations.create(admin, organisationInput(thaiNguyen.id, { communeId: thaiNguyen.id })))).toMatchObject({ paths: ['body.communeId'] });
    expect(await refusal(services.organisations.create(admin, organisationInput(thaiNguyen.id, { parentId: '0190a0a0-0000-7000-8000-000000000000' })))).toMatchObject({ paths: ['body.parentId'] });
    expect(await refusal(services.organisations.create(admin, organisationInput('0190a0a0-0000-7000-8000-000000000000')))).toMatchObject({ paths: ['body.jurisdictionId'] });
    expect(await refusal(services.organisations.get(admin, '0190a0a0-0000-7000-8000-000000000000'))).toMatchObject({ code: 'not_found', status: 404 });
  });
});
