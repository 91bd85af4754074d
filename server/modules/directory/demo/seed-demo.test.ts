import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, RELATION_KINDS } from '../../../../common/contracts/directory.ts';
import { verifyAuditChain } from '../../../platform/audit/audit.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { directoryModule, findOrganisationByName } from '../index.ts';
import { DEMO_ORGANISATIONS } from './demo-organisations.ts';
import { generateDemoPeople, NAMED_PEOPLE } from './demo-people.ts';
import { Prng } from './prng.ts';

describe('demo people', () => {
  it('come out the same from the same seed, with unique names and emails', () => {
    const first = generateDemoPeople(new Prng(7), DEMO_ORGANISATIONS);
    const second = generateDemoPeople(new Prng(7), DEMO_ORGANISATIONS);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(150);
    expect(new Set(first.map((p) => p.fullName)).size).toBe(first.length);
    expect(new Set(first.map((p) => p.email)).size).toBe(first.length);
    expect(first.every((p) => p.email.endsWith('@demo.opensti.vn'))).toBe(true);
    for (const named of NAMED_PEOPLE) {
      expect(first.find((p) => p.fullName === named.fullName)?.organisation).toBe(named.organisation);
    }
    expect(generateDemoPeople(new Prng(8), DEMO_ORGANISATIONS).map((p) => p.fullName)).not.toEqual(first.map((p) => p.fullName));
  });
});

describe.each(testDialects)('demo directory on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await directoryModule.seedDemo?.(t.platform);
  });
  afterAll(async () => {
    await t.close();
  });

  it('holds the provincial bodies, Thái Nguyên University and its members, and every kind of organisation', async () => {
    const organisations = await t.platform.db.selectFrom('organisations').select(['kind', 'name_vi', 'parent_id']).execute();
    expect(organisations).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(new Set(organisations.map((o) => o.kind))).toEqual(new Set(ORGANISATION_KINDS));
    const tnu = await findOrganisationByName(t.platform, 'Đại học Thái Nguyên');
    expect(organisations.filter((o) => o.parent_id === tnu?.id && o.kind === 'university')).toHaveLength(7);
    for (const name of ['Sở Khoa học và Công nghệ tỉnh Thái Nguyên', 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thái Nguyên']) {
      expect(await findOrganisationByName(t.platform, name)).not.toBeNull();
    }
  });

  it('holds about 180 people with degrees, fields and dated relations of every kind', async () => {
    const people = await t.platform.db.selectFrom('people').select(['degree', 'academic_title']).execute();
    expect(people.length).toBeGreaterThanOrEqual(150);
    expect(people.filter((p) => p.academic_title !== null).length).toBeGreaterThan(5);
    const withFields = await t.platform.db.selectFrom('person_fields').select('person_id').distinct().execute();
    expect(withFields).toHaveLength(people.length);
    const relations = await t.platform.db.selectFrom('relations').select(['kind', 'end_date']).execute();
    expect(new Set(relations.map((r) => r.kind))).toEqual(new Set(RELATION_KINDS));
    expect(relations.filter((r) => r.kind === 'employment' && r.end_date !== null).length).toBeGreaterThan(10);
  });

  it('labels commune populations as demo figures', async () => {
    const province = await t.platform.db.selectFrom('jurisdictions').selectAll().where('code', '=', '19').executeTakeFirstOrThrow();
    const communes = await t.platform.db.selectFrom('jurisdictions').selectAll().where('parent_id', '=', province.id).execute();
    expect(communes.every((c) => c.population_source === 'demo' && (c.population ?? 0) % 1000 === 0)).toBe(true);
    expect(province.population).toBe(communes.reduce((sum, c) => sum + (c.population ?? 0), 0));
  });

  it('is written with audit entries, indexed for search, and loaded only once', async () => {
    expect((await verifyAuditChain(t.platform.db)).ok).toBe(true);
    const found = await t.platform.search.query({ resource: 'organisation', text: 'so khoa hoc va cong nghe' });
    expect(found.total).toBeGreaterThan(0);
    const before = await t.platform.db.selectFrom('people').select('id').execute();
    await directoryModule.seedDemo?.(t.platform);
    expect(await t.platform.db.selectFrom('people').select('id').execute()).toHaveLength(before.length);
  });
});
