import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousActor, systemActor } from '../../platform/access/actor.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { ctxOf, jurisdiction, organisationInput, personInput, THAI_NGUYEN } from './directory.fixtures.ts';
import { createDirectoryServices } from './index.ts';
import type { JurisdictionRow } from './jurisdictions.repository.ts';

describe.each(testDialects)('directory search on %s', (dialect) => {
  let t: TestApp;
  let services: ReturnType<typeof createDirectoryServices>;
  const admin = ctxOf(systemActor('test'));
  const visitor = ctxOf(anonymousActor('vi'));
  const ids: Record<string, string> = {};
  let province: JurisdictionRow;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    services = createDirectoryServices(t.platform);
    province = await jurisdiction(t.platform, THAI_NGUYEN);
    const tnu = await services.organisations.create(admin, organisationInput(province.id, { kind: 'university', nameVi: 'Đại học Thái Nguyên', abbreviation: 'ĐHTN' }));
    const tea = await services.organisations.create(admin, organisationInput(province.id, { kind: 'enterprise', nameVi: 'Công ty Cổ phần Chè Tân Cương' }));
    const an = await services.people.create(admin, personInput(province.id, { fullName: 'Nguyễn Văn An', organisationId: tnu.id, fieldCodes: ['401'], degree: 'doctor', email: 'an.secret@demo.opensti.vn' }));
    const binh = await services.people.create(admin, personInput(province.id, { fullName: 'Nguyễn Văn Bình', organisationId: tea.id, fieldCodes: ['211'], degree: 'engineer' }));
    Object.assign(ids, { tnu: tnu.id, tea: tea.id, an: an.id, binh: binh.id });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds people and organisations without diacritics', async () => {
    const people = await services.search.search(visitor, { q: 'nguyen van an', type: 'person', page: 1, pageSize: 10 });
    expect(people.items[0]).toMatchObject({ type: 'person', id: ids['an'], title: 'Nguyễn Văn An' });
    expect(people.items[0]?.titleHighlighted).toContain('<mark>');
    const organisations = await services.search.search(visitor, { q: 'dai hoc thai nguyen', type: 'organisation', page: 1, pageSize: 10 });
    expect(organisations.items.map((hit) => hit.id)).toEqual([ids['tnu']]);
  });

  it('searches both kinds at once and filters by kind, degree and field', async () => {
    const both = await services.search.search(visitor, { q: 'nguyen', page: 1, pageSize: 10 });
    expect(new Set(both.items.map((hit) => hit.type))).toEqual(new Set(['person', 'organisation']));
    const engineers = await services.search.search(visitor, { q: 'nguyen van', type: 'person', degree: 'engineer', page: 1, pageSize: 10 });
    expect(engineers.items.map((hit) => hit.id)).toEqual([ids['binh']]);
    const agriculture = await services.search.search(visitor, { q: 'nguyen van', type: 'person', field: '4', page: 1, pageSize: 10 });
    expect(agriculture.items.map((hit) => hit.id)).toEqual([ids['an']]);
    const enterprises = await services.search.search(visitor, { q: 'che tan cuong', type: 'organisation', kind: 'enterprise', facets: true, page: 1, pageSize: 10 });
    expect(enterprises.items.map((hit) => hit.id)).toEqual([ids['tea']]);
    expect(enterprises.facets['kind']).toEqual([{ value: 'enterprise', count: 1 }]);
    const withoutFacets = await services.search.search(visitor, { q: 'che tan cuong', type: 'organisation', facets: false, page: 1, pageSize: 10 });
    expect(withoutFacets.facets).toEqual({});
  });

  it("keeps other modules' documents out of a search over both kinds", async () => {
    await t.platform.search.upsert(t.platform.db, [
      {
        resource: 'project',
        id: 'project-nguyen',
        jurisdictionPath: province.path,
        visibility: 'public',
        title: 'Nguyễn Văn An chủ nhiệm đề tài chè',
        body: '',
        facets: {},
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    const both = await services.search.search(visitor, { q: 'nguyen van an', facets: true, page: 1, pageSize: 10 });
    expect(both.items.map((hit) => hit.id)).toEqual([ids['an']]);
    expect(both.total).toBe(1);
    expect(both.facets).not.toHaveProperty('entity');
    expect(both.facets['degree']).toEqual([{ value: 'doctor', count: 1 }]);
    const all = await t.platform.search.query({ text: 'nguyen van an' });
    expect(all.total).toBe(2);
  });

  it('keeps contact details out of the index', async () => {
    const result = await services.search.search(visitor, { q: 'an.secret', page: 1, pageSize: 10 });
    expect(result.total).toBe(0);
  });

  it('follows a renamed organisation in its staff documents', async () => {
    await services.organisations.update(admin, ids['tea'] ?? '', { version: 1, nameVi: 'Công ty Cổ phần Trà Xanh Tân Cương' });
    const staff = await services.search.search(visitor, { q: 'tra xanh', type: 'person', page: 1, pageSize: 10 });
    expect(staff.items.map((hit) => hit.id)).toEqual([ids['binh']]);
  });
});
