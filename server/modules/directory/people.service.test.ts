import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import { anonymousActor } from '../../platform/access/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { actorWith, ctxOf, HA_NOI, jurisdiction, organisationInput, personInput, THAI_NGUYEN } from './directory.fixtures.ts';
import { createDirectoryServices } from './index.ts';
import type { JurisdictionRow } from './jurisdictions.repository.ts';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; fields: string[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) {
      return { code: error.code, status: error.status, fields: (error.fieldErrors ?? []).map((e) => `${e.path}:${e.code}`) };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(testDialects)('people on %s', (dialect) => {
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

  it('creates a person with fields, an audit entry and a public search document', async () => {
    const institute = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Viện Nghiên cứu Chè thử nghiệm' }));
    const person = await services.people.create(
      admin,
      personInput(thaiNguyen.id, { fullName: 'Trần Thị Bích Ngọc', organisationId: institute.id, fieldCodes: ['401', '406', '401'], academicTitle: 'associate_professor', orcid: '0000-0002-1825-0097' }),
    );
    expect(person).toMatchObject({
      fullName: 'Trần Thị Bích Ngọc',
      academicTitle: 'associate_professor',
      orcid: '0000-0002-1825-0097',
      organisation: { id: institute.id, nameVi: 'Viện Nghiên cứu Chè thử nghiệm' },
      fields: [
        { code: '401', nameVi: 'Trồng trọt' },
        { code: '406', nameVi: 'Công nghệ sinh học trong nông nghiệp' },
      ],
      privateDetails: { birthYear: 1980, email: 'an.nv@demo.opensti.vn' },
    });
    const audit = await t.platform.db.selectFrom('audit_log').select(['action', 'after_json']).where('subject_id', '=', person.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['directory.person.create']);
    expect(audit[0]?.after_json).toContain('"field_codes":["401","406"]');
    const found = await t.platform.search.query({ resource: 'person', text: 'tran thi bich ngoc' });
    expect(found.hits.map((h) => h.id)).toContain(person.id);
    const byEmail = await t.platform.search.query({ resource: 'person', text: 'demo.opensti.vn' });
    expect(byEmail.hits.map((h) => h.id)).not.toContain(person.id);
  });

  it('shows contact details and birth data only to readers with directory.read_private over the person', async () => {
    const person = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Lê Văn Riêng Tư', email: 'rieng.tu@demo.opensti.vn' }));
    const asAnonymous = await services.people.get(ctxOf(anonymousActor('vi')), person.id);
    expect(asAnonymous.privateDetails).toBeNull();
    expect(JSON.stringify(asAnonymous)).not.toContain('rieng.tu@');
    const researcher = await services.people.get(ctxOf(actorWith([{ role: 'researcher' }])), person.id);
    expect(researcher.privateDetails).toBeNull();
    const hanoiOfficer = ctxOf(actorWith([{ role: 'officer', scope: { kind: 'jurisdiction', id: haNoi.id, path: haNoi.path } }]));
    expect((await services.people.get(hanoiOfficer, person.id)).privateDetails).toBeNull();
    const tnLeader = ctxOf(actorWith([{ role: 'leader', scope: { kind: 'jurisdiction', id: thaiNguyen.id, path: thaiNguyen.path } }]));
    expect((await services.people.get(tnLeader, person.id)).privateDetails).toMatchObject({ email: 'rieng.tu@demo.opensti.vn', birthYear: 1980 });
    const self = ctxOf(actorWith([{ role: 'researcher' }], { personId: person.id }));
    expect((await services.people.get(self, person.id)).privateDetails?.email).toBe('rieng.tu@demo.opensti.vn');
    const listed = await services.people.list(ctxOf(anonymousActor('vi')), { q: 'le van rieng tu', page: 1, pageSize: 10 });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]?.privateDetails).toBeNull();
  });

  it('finds people by name without diacritics and filters by field, degree and organisation', async () => {
    const university = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Trường lọc danh sách', kind: 'university' }));
    const an = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Nguyễn Văn An', organisationId: university.id, fieldCodes: ['202'], degree: 'doctor' }));
    await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Nguyễn Thị Ánh', organisationId: university.id, fieldCodes: ['302'], degree: 'master', email: null }));
    const byName = await services.people.list(admin, { q: 'nguyen van an', page: 1, pageSize: 10 });
    expect(byName.items.map((p) => p.id)).toEqual([an.id]);
    const byField = await services.people.list(admin, { organisationId: university.id, field: '2', page: 1, pageSize: 10 });
    expect(byField.items.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    const byDegree = await services.people.list(admin, { organisationId: university.id, degree: 'master', page: 1, pageSize: 10 });
    expect(byDegree.items.map((p) => p.fullName)).toEqual(['Nguyễn Thị Ánh']);
    const all = await services.people.list(admin, { organisationId: university.id, page: 1, pageSize: 1 });
    expect(all).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(all.items).toHaveLength(1);
  });

  it('refuses a taken ORCID iD (409 duplicate_code) and unknown fields (400)', async () => {
    await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Chủ ORCID', orcid: '0000-0001-5109-3700' }));
    expect(await refusal(services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Người khác', orcid: '0000-0001-5109-3700' })))).toEqual({
      code: 'duplicate_code',
      status: 409,
      fields: ['body.orcid:orcid_taken'],
    });
    expect(await refusal(services.people.create(admin, personInput(thaiNguyen.id, { fieldCodes: ['401', '98765'] })))).toEqual({
      code: 'validation_failed',
      status: 400,
      fields: ['body.fieldCodes.1:field_unknown'],
    });
  });

  it('updates with optimistic versions, keeps what was not sent and replaces fields when sent', async () => {
    const person = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Phạm Cập Nhật', fieldCodes: ['101'] }));
    const updated = await services.people.update(admin, person.id, { version: 1, position: 'Trưởng phòng' });
    expect(updated).toMatchObject({ version: 2, position: 'Trưởng phòng', fields: [{ code: '101' }], privateDetails: { email: 'an.nv@demo.opensti.vn' } });
    const refields = await services.people.update(admin, person.id, { version: 2, fieldCodes: ['103'] });
    expect(refields.fields.map((f) => f.code)).toEqual(['103']);
    expect(await refusal(services.people.update(admin, person.id, { version: 2, position: 'Cũ' }))).toMatchObject({ code: 'stale_version', status: 409 });
  });

  it('limits writes to the scope: an officer of Thái Nguyên cannot edit a Hà Nội person', async () => {
    const officer = ctxOf(actorWith([{ role: 'officer', scope: { kind: 'jurisdiction', id: thaiNguyen.id, path: thaiNguyen.path } }]));
    const local = await services.people.create(officer, personInput(thaiNguyen.id, { fullName: 'Cán bộ Thái Nguyên' }));
    expect(local.privateDetails).not.toBeNull();
    const remote = await services.people.create(admin, personInput(haNoi.id, { fullName: 'Nhà khoa học Hà Nội' }));
    expect(await refusal(services.people.update(officer, remote.id, { version: 1, position: 'x' }))).toMatchObject({ code: 'outside_scope', status: 403 });
    expect(await refusal(services.people.create(officer, personInput(haNoi.id)))).toMatchObject({ code: 'outside_scope', status: 403 });
    expect(await refusal(services.people.update(officer, local.id, { version: 1, jurisdictionId: haNoi.id }))).toMatchObject({ code: 'outside_scope' });
  });
});
