import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDrilldown, TProgramImportResult } from '../../../../common/contracts/programs.ts';
import { systemActor } from '../../../platform/access/actor.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { importProgram } from '../program-import.ts';
import { materialiseIndicatorValues } from './materialise.ts';

const BASE = '/api/v1/programs';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

describe.each(testDialects)('computed indicators, ratios and drill-down on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let haNoiOfficer: TestClient;
  let researcher: TestClient;
  let thaiNguyenId: string;
  let programId: string;
  const ids: Record<string, string> = {};

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  async function organisation(nameVi: string, kind: string, jurisdictionId: string): Promise<string> {
    const response = await admin.request({ method: 'POST', url: '/api/v1/directory/organisations', payload: { kind, nameVi, jurisdictionId } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function employee(fullName: string, degree: string | null, organisationId: string, jurisdictionId: string, startDate: string, endDate: string | null = null): Promise<void> {
    const person = await admin.request({ method: 'POST', url: '/api/v1/directory/people', payload: { fullName, degree, jurisdictionId } });
    expect(person.statusCode, person.body).toBe(201);
    const relation = await admin.request({
      method: 'POST',
      url: '/api/v1/directory/relations',
      payload: { kind: 'employment', fromKind: 'person', fromId: person.json<{ id: string }>().id, toKind: 'organisation', toId: organisationId, startDate, endDate },
    });
    expect(relation.statusCode, relation.body).toBe(201);
  }

  async function support(organisationId: string, supportedOn: string): Promise<void> {
    const response = await officer.request({ method: 'POST', url: `${BASE}/support-records`, payload: { organisationId, kind: 'application', supportedOn, description: 'Hỗ trợ ứng dụng' } });
    expect(response.statusCode, response.body).toBe(201);
  }

  async function value(code: string, period: string) {
    return t.platform.db
      .selectFrom('indicator_values as v')
      .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
      .selectAll('v')
      .where('i.code', '=', code)
      .where('v.period', '=', period)
      .where('v.unit_key', '=', thaiNguyenId)
      .executeTakeFirst();
  }

  async function reported(code: string, period: string, amount: number, status: 'draft' | 'approved'): Promise<void> {
    const indicator = await t.platform.db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const now = nowIso();
    await t.platform.db
      .insertInto('indicator_values')
      .values({
        id: newId(),
        indicator_id: indicator.id,
        period,
        period_end: `${period}-12-31`,
        jurisdiction_id: thaiNguyenId,
        organisation_id: null,
        unit_key: thaiNguyenId,
        value: amount,
        source: 'reported',
        source_note: null,
        evidence_file_id: null,
        report_id: null,
        status,
        locked_at: status === 'approved' ? now : null,
        provenance: null,
        version: 1,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    const rows = await t.platform.db.selectFrom('jurisdictions').select(['id', 'code']).where('code', 'in', ['19', '01']).execute();
    thaiNguyenId = rows.find((row) => row.code === '19')?.id ?? '';
    const haNoiId = rows.find((row) => row.code === '01')?.id ?? '';
    officer = await user('chuyenvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: thaiNguyenId }]);
    haNoiOfficer = await user('chuyenvien@hanoi.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: haNoiId }]);
    researcher = await user('nhakhoahoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);

    ids['chè'] = await organisation('Công ty Cổ phần Chè Thử nghiệm', 'enterprise', thaiNguyenId);
    ids['cơ khí'] = await organisation('Công ty TNHH Cơ khí Thử nghiệm', 'enterprise', thaiNguyenId);
    ids['viện'] = await organisation('Viện Nghiên cứu Thử nghiệm', 'research_institute', thaiNguyenId);
    ids['hà nội'] = await organisation('Công ty TNHH Hà Nội Thử nghiệm', 'enterprise', haNoiId);
    await support(ids['chè'], '2014-03-01');
    await support(ids['chè'], '2015-06-01');
    await support(ids['cơ khí'], '2016-01-10');
    await support(ids['viện'], '2014-04-01');
    await admin.request({ method: 'POST', url: `${BASE}/support-records`, payload: { organisationId: ids['hà nội'], kind: 'research', supportedOn: '2014-01-01', description: 'Ngoài tỉnh' } });

    await employee('Nguyễn Văn Bình', 'doctor', ids['viện'], thaiNguyenId, '2010-01-01');
    await employee('Trần Thị Chi', 'master', ids['chè'], thaiNguyenId, '2012-09-01');
    await employee('Lê Văn Dũng', 'bachelor', ids['cơ khí'], thaiNguyenId, '2015-03-01', '2016-06-30');
    await employee('Phạm Văn Em', null, ids['viện'], thaiNguyenId, '2010-01-01');
    await employee('Hoàng Thị Giang', 'doctor', ids['hà nội'], haNoiId, '2010-01-01');
    await t.platform.db.updateTable('jurisdictions').set({ population: 20_000, population_year: 2024, population_source: 'test' }).where('id', '=', thaiNguyenId).execute();

    await reported('NS.ST_SPENDING', '2015', 50_000, 'approved');
    await reported('NS.TOTAL_SPENDING', '2015', 2_000_000, 'approved');
    await reported('NS.ST_SPENDING', '2016', 60_000, 'approved');
    await reported('NS.TOTAL_SPENDING', '2016', 2_100_000, 'draft');

    const imported: TProgramImportResult = await importProgram(t.platform, { actor: systemActor('test'), requestId: null }, {
      program: { code: 'TEST-IND', title: 'Chương trình đo chỉ tiêu', issuingBody: 'Sở Khoa học và Công nghệ', issuedOn: '2014-01-01', legalBasis: 'Thử nghiệm', status: 'active', startYear: 2014, endYear: 2016, jurisdictionCode: '19' },
      sections: [{ ref: 'I', title: 'Mục tiêu' }],
      targets: [
        { code: 'DN', sectionRef: 'I', indicatorCode: 'KHCN.ENTERPRISES_SUPPORTED', label: 'Doanh nghiệp', targetMin: 2, direction: 'at_least', applies: 'by_deadline', startYear: 2014, deadline: '2016-12-31' },
        { code: 'CB', sectionRef: 'I', indicatorCode: 'KHCN.ST_STAFF_PER_10K', label: 'Cán bộ', targetMin: 15, direction: 'at_least', applies: 'by_deadline', startYear: 2014, deadline: '2016-12-31' },
        { code: 'NS', sectionRef: 'I', indicatorCode: 'NS.ST_SPENDING_SHARE', label: 'Ngân sách', targetMin: 2, direction: 'at_least', applies: 'every_period', startYear: 2014, deadline: '2016-12-31' },
      ],
    });
    programId = imported.programId ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  it('computes enterprises supported cumulatively, S&T staff at the end of each period, and ratios of approved values', async () => {
    const result = await materialiseIndicatorValues(t.platform, programId, { toYear: 2016 });
    // 3 years × (enterprises, staff, population, staff ratio) + 1 budget ratio (2015); 2014 and the 2016 draft lack inputs.
    expect(result).toMatchObject({ programId, periods: 3, created: 13, updated: 0, unchanged: 0, missing: 2 });
    expect((await value('KHCN.ENTERPRISES_SUPPORTED', '2014'))?.value).toBe(1);
    expect((await value('KHCN.ENTERPRISES_SUPPORTED', '2015'))?.value).toBe(1);
    expect((await value('KHCN.ENTERPRISES_SUPPORTED', '2016'))?.value).toBe(2);
    expect((await value('KHCN.ST_STAFF', '2014'))?.value).toBe(2);
    expect((await value('KHCN.ST_STAFF', '2015'))?.value).toBe(3);
    expect((await value('KHCN.ST_STAFF', '2016'))?.value).toBe(2);
    expect((await value('KHCN.ST_STAFF_PER_10K', '2015'))?.value).toBe(1.5);
    expect((await value('NS.ST_SPENDING_SHARE', '2015'))?.value).toBe(2.5);
    expect(await value('NS.ST_SPENDING_SHARE', '2016')).toBeUndefined();
    expect(await value('NS.ST_SPENDING_SHARE', '2014')).toBeUndefined();
    const computed = await value('KHCN.ENTERPRISES_SUPPORTED', '2016');
    expect(computed).toMatchObject({ source: 'computed', status: 'approved' });
    // 29-CTr/TU measures the same indicator from 2013: a cumulative count starts with the first program measuring it.
    expect(JSON.parse(computed?.provenance ?? '{}')).toMatchObject({ computation: 'programs.enterprises_supported', periodStart: '2013-01-01', periodEnd: '2016-12-31', counted: 2 });
  });

  it('is idempotent, rewrites what changed, and never touches a locked value', async () => {
    const audits = async () => Number((await t.platform.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'programs.values.materialise').executeTakeFirstOrThrow()).n);
    const before = await audits();
    const again = await materialiseIndicatorValues(t.platform, programId, { toYear: 2016 });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 13 });
    expect(await audits()).toBe(before);

    const locked = await value('KHCN.ENTERPRISES_SUPPORTED', '2015');
    await t.platform.db.updateTable('indicator_values').set({ locked_at: nowIso() }).where('id', '=', locked?.id ?? '').execute();
    await support(ids['cơ khí'] ?? '', '2015-02-02');
    const changed = await materialiseIndicatorValues(t.platform, programId, { toYear: 2016 });
    expect(changed).toMatchObject({ created: 0, updated: 0, locked: 1 });
    expect((await value('KHCN.ENTERPRISES_SUPPORTED', '2015'))?.value).toBe(1);
    await t.platform.db.updateTable('indicator_values').set({ locked_at: null }).where('id', '=', locked?.id ?? '').execute();
    const unlocked = await materialiseIndicatorValues(t.platform, programId, { toYear: 2016 });
    expect(unlocked).toMatchObject({ created: 0, updated: 1 });
    expect((await value('KHCN.ENTERPRISES_SUPPORTED', '2015'))?.value).toBe(2);
    expect(await audits()).toBe(before + 1);
  });

  it('drills down from a computed value to exactly the records it counted, and from a ratio to its two figures', async () => {
    const enterprises = await value('KHCN.ENTERPRISES_SUPPORTED', '2016');
    const url = `${BASE}/values/${enterprises?.id}/drilldown`;
    const first = (await officer.request({ method: 'GET', url: `${url}?pageSize=1` })).json<TDrilldown>();
    expect(first.records).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const all = (await officer.request({ method: 'GET', url })).json<TDrilldown>();
    expect(all.records?.total).toBe(enterprises?.value);
    expect(all.records?.items.map((r) => [r.label, r.kind])).toEqual([
      ['Công ty Cổ phần Chè Thử nghiệm', 'organisation'],
      ['Công ty TNHH Cơ khí Thử nghiệm', 'organisation'],
    ]);
    expect(all.records?.items[0]?.link).toBe(`/directory/organisations/${ids['chè']}`);

    const staff = await value('KHCN.ST_STAFF', '2015');
    const people = (await officer.request({ method: 'GET', url: `${BASE}/values/${staff?.id}/drilldown` })).json<TDrilldown>();
    expect(people.records?.items.map((r) => r.label).sort()).toEqual(['Lê Văn Dũng', 'Nguyễn Văn Bình', 'Trần Thị Chi']);
    expect(people.records?.total).toBe(staff?.value);

    const ratio = await value('KHCN.ST_STAFF_PER_10K', '2015');
    const parts = (await officer.request({ method: 'GET', url: `${BASE}/values/${ratio?.id}/drilldown` })).json<TDrilldown>();
    expect(parts.records).toBeNull();
    expect(parts.numerator).toMatchObject({ value: 3, indicator: { code: 'KHCN.ST_STAFF' }, values: [{ id: staff?.id }] });
    expect(parts.denominator).toMatchObject({ value: 20_000, indicator: { code: 'DS.POPULATION' } });
    const population = (await officer.request({ method: 'GET', url: `${BASE}/values/${parts.denominator?.values[0]?.id}/drilldown` })).json<TDrilldown>();
    expect(population.records).toMatchObject({ total: 1, items: [{ kind: 'jurisdiction', label: 'Tỉnh Thái Nguyên: 20.000 người (năm 2024)' }] });
    const budget = await value('NS.ST_SPENDING_SHARE', '2015');
    const budgetParts = (await officer.request({ method: 'GET', url: `${BASE}/values/${budget?.id}/drilldown` })).json<TDrilldown>();
    expect([budgetParts.numerator?.value, budgetParts.denominator?.value]).toEqual([50_000, 2_000_000]);
    expect(budgetParts.numerator?.values[0]).toMatchObject({ source: 'reported', status: 'approved' });

    expect((await t.anonymous.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await haNoiOfficer.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `${BASE}/values/${UNKNOWN}/drilldown` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `${url}?pageSize=1000` })).statusCode).toBe(400);
  });

  it('lists an indicator’s values where the reader may see them, latest first, filtered by period and source', async () => {
    const indicator = await t.platform.db.selectFrom('indicators').select('id').where('code', '=', 'NS.ST_SPENDING').executeTakeFirstOrThrow();
    const url = `${BASE}/indicators/${indicator.id}/values`;
    const all = (await officer.request({ method: 'GET', url })).json<{ total: number; items: { period: string; status: string }[] }>();
    expect(all.items.map((item) => [item.period, item.status])).toEqual([
      ['2016', 'approved'],
      ['2015', 'approved'],
    ]);
    expect((await officer.request({ method: 'GET', url: `${url}?from=2016-01-01&source=reported` })).json<{ total: number }>().total).toBe(1);
    expect((await officer.request({ method: 'GET', url: `${url}?source=computed` })).json<{ total: number }>().total).toBe(0);
    expect((await haNoiOfficer.request({ method: 'GET', url })).json<{ total: number }>().total).toBe(0);
    expect((await t.anonymous.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await officer.request({ method: 'GET', url: `${BASE}/indicators/${UNKNOWN}/values` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `${url}?from=2017-01-01&to=2016-01-01` })).statusCode).toBe(400);
  });

  it('runs as a job on request, guarded like the program', async () => {
    const url = `${BASE}/${programId}/materialise`;
    expect((await t.anonymous.request({ method: 'POST', url })).statusCode).toBe(401);
    expect((await researcher.request({ method: 'POST', url })).statusCode).toBe(403);
    expect((await haNoiOfficer.request({ method: 'POST', url })).statusCode).toBe(404);
    const accepted = await officer.request({ method: 'POST', url });
    expect(accepted.statusCode, accepted.body).toBe(202);
    await t.platform.jobs.drain();
    const job = await t.platform.jobs.get(accepted.json<{ jobId: string }>().jobId);
    expect(job).toMatchObject({ status: 'succeeded', progress: 1, result: { programId, created: 0 } });
    expect(job?.progressMessage).toMatch(/^Đã tính xong: 0 giá trị mới/);
  });
});
