import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/access/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { testDialects } from '../../test/databases.ts';
import { actorWith, ctxOf, HA_NOI, jurisdiction, organisationInput, personInput, THAI_NGUYEN } from './directory.fixtures.ts';
import { createDirectoryServices, relationsOfParty } from './index.ts';
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

describe.each(testDialects)('relations on %s', (dialect) => {
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

  const employment = (personId: string, organisationId: string, startDate: string, endDate: string | null = null) => ({
    kind: 'employment' as const,
    fromKind: 'person' as const,
    fromId: personId,
    toKind: 'organisation' as const,
    toId: organisationId,
    role: 'Nghiên cứu viên',
    startDate,
    endDate,
    source: null,
  });

  it('answers "who worked where in the last N years" from dated employment', async () => {
    const person = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Hà Văn Dịch Chuyển' }));
    const old = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Nơi làm việc cũ' }));
    const recent = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Nơi làm việc gần đây' }));
    const current = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Nơi làm việc hiện tại' }));
    await services.relations.create(admin, employment(person.id, old.id, '2005-01-01', '2012-06-30'));
    await services.relations.create(admin, employment(person.id, recent.id, '2012-07-01', '2022-12-31'));
    const running = await services.relations.create(admin, employment(person.id, current.id, '2023-01-01'));
    expect(running).toMatchObject({ from: { kind: 'person', name: 'Hà Văn Dịch Chuyển' }, to: { kind: 'organisation', name: 'Nơi làm việc hiện tại' }, endDate: null });

    const lastFiveYears = await relationsOfParty(t.platform.db, { kind: 'person', id: person.id }, { kinds: ['employment'], activeSince: '2021-01-01' });
    expect(lastFiveYears.map((r) => r.to_id).sort()).toEqual([recent.id, current.id].sort());
    const listed = await services.relations.list(admin, { partyKind: 'person', partyId: person.id, page: 1, pageSize: 10 });
    expect(listed.items.map((r) => r.to.name)).toEqual(['Nơi làm việc hiện tại', 'Nơi làm việc gần đây', 'Nơi làm việc cũ']);
    const ofOrganisation = await services.relations.list(admin, { partyKind: 'organisation', partyId: current.id, kind: 'employment', page: 1, pageSize: 10 });
    expect(ofOrganisation.items.map((r) => r.from.id)).toEqual([person.id]);
  });

  it('ends and deletes relations with audit entries', async () => {
    const person = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Đinh Kết Thúc' }));
    const org = await services.organisations.create(admin, organisationInput(thaiNguyen.id, { nameVi: 'Đơn vị kết thúc' }));
    const relation = await services.relations.create(admin, employment(person.id, org.id, '2020-03-01'));
    expect(await refusal(services.relations.end(admin, relation.id, { endDate: '2019-12-31' }))).toMatchObject({ status: 400, fields: ['body.endDate:end_before_start'] });
    const ended = await services.relations.end(admin, relation.id, { endDate: '2024-12-31' });
    expect(ended.endDate).toBe('2024-12-31');
    expect(await relationsOfParty(t.platform.db, { kind: 'person', id: person.id }, { activeSince: '2025-01-01' })).toHaveLength(0);
    await services.relations.remove(admin, relation.id);
    expect(await refusal(services.relations.remove(admin, relation.id))).toMatchObject({ code: 'not_found', status: 404 });
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('subject_id', '=', relation.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['directory.relation.create', 'directory.relation.end', 'directory.relation.delete']);
  });

  it('lets an actor covering either end record a relation, and refuses one covering neither', async () => {
    const officer = ctxOf(actorWith([{ role: 'officer', scope: { kind: 'jurisdiction', id: thaiNguyen.id, path: thaiNguyen.path } }]));
    const local = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Nhà khoa học địa phương' }));
    const hanoiOrg = await services.organisations.create(admin, organisationInput(haNoi.id, { nameVi: 'Viện trung ương' }));
    const hanoiPerson = await services.people.create(admin, personInput(haNoi.id, { fullName: 'Nhà khoa học trung ương' }));
    const crossing = await services.relations.create(officer, employment(local.id, hanoiOrg.id, '2021-01-01'));
    expect(crossing.to.name).toBe('Viện trung ương');
    expect(await refusal(services.relations.create(officer, employment(hanoiPerson.id, hanoiOrg.id, '2021-01-01')))).toMatchObject({ code: 'outside_scope', status: 403 });
    const elsewhere = await services.relations.create(admin, employment(hanoiPerson.id, hanoiOrg.id, '2021-01-01'));
    expect(await refusal(services.relations.end(officer, elsewhere.id, { endDate: '2022-01-01' }))).toMatchObject({ code: 'outside_scope' });
    expect(await refusal(services.relations.remove(ctxOf(actorWith([{ role: 'researcher' }])), elsewhere.id))).toMatchObject({ code: 'missing_role' });
  });

  it('refuses relations to parties that do not exist (400) and lists of unknown parties (404)', async () => {
    const person = await services.people.create(admin, personInput(thaiNguyen.id, { fullName: 'Người đơn lẻ' }));
    const missing = '0190a0a0-0000-7000-8000-0000000000ff';
    expect(await refusal(services.relations.create(admin, employment(person.id, missing, '2020-01-01')))).toMatchObject({ status: 400, fields: ['body.toId:organisation_unknown'] });
    expect(await refusal(services.relations.list(admin, { partyKind: 'organisation', partyId: missing, page: 1, pageSize: 5 }))).toMatchObject({ code: 'not_found' });
  });
});
