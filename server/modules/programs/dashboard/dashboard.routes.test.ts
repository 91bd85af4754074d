import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDashboard, TDashboardTarget, TPublicDashboard } from '../../../../common/contracts/programs-dashboard.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { createDashboardFixture, type DashboardFixture } from './dashboard.fixtures.ts';
import { createDashboardService } from './dashboard.service.ts';

const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

describe.each(testDialects)('programs dashboard API on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let leader: TestClient;
  let reporter: TestClient;
  let outsider: TestClient;
  let strangerReporter: TestClient;
  let researcher: TestClient;
  let f: DashboardFixture;

  async function user(email: string, grants: unknown[]): Promise<TestClient> {
    const created = await admin.request({ method: 'POST', url: '/api/v1/admin/users', payload: { email, displayName: email, password: 'mat-khau-thu-nghiem-1', grants } });
    expect(created.statusCode, created.body).toBe(201);
    return t.login(email, 'mat-khau-thu-nghiem-1');
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.admin();
    f = await createDashboardFixture(t.platform.db);
    const haNoi = await t.platform.db.selectFrom('jurisdictions').select('id').where('code', '=', '01').executeTakeFirstOrThrow();
    officer = await user('chuyenvien@skhcn.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: f.provinceId }]);
    leader = await user('lanhdao@tinhuy.test', [{ role: 'leader', scopeKind: 'jurisdiction', scopeId: f.provinceId }]);
    reporter = await user('baocao@sct.test', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: f.units.u1 }]);
    strangerReporter = await user('baocao@syt.test', [{ role: 'unit_reporter', scopeKind: 'organisation', scopeId: f.units.u3 }]);
    outsider = await user('chuyenvien@hanoi.test', [{ role: 'officer', scopeKind: 'jurisdiction', scopeId: haNoi.id }]);
    researcher = await user('nhakhoahoc@test.vn', [{ role: 'researcher', scopeKind: 'global', scopeId: null }]);
  });
  afterAll(async () => {
    await t.close();
  });

  const url = (query = '') => `/api/v1/programs/${f.programId}/dashboard${query}`;
  const byCode = (dashboard: { targets: TDashboardTarget[] }) => new Map(dashboard.targets.map((target) => [target.code, target]));

  it('guards the dashboard: 401, 403 without the role, 404 outside the program, 400 on bad filters', async () => {
    expect((await t.anonymous.request({ method: 'GET', url: url() })).statusCode).toBe(401);
    const noRole = await researcher.request({ method: 'GET', url: url() });
    expect([noRole.statusCode, noRole.json<{ code: string }>().code]).toEqual([403, 'missing_role']);
    expect((await outsider.request({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await strangerReporter.request({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: `/api/v1/programs/${UNKNOWN}/dashboard` })).statusCode).toBe(404);
    expect((await officer.request({ method: 'GET', url: '/api/v1/programs/not-a-uuid/dashboard' })).statusCode).toBe(400);
    const reversed = await officer.request({ method: 'GET', url: url('?fromYear=2016&toYear=2014') });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('query.toYear');
    expect((await officer.request({ method: 'GET', url: url('?fromYear=abc') })).statusCode).toBe(400);
    expect((await officer.request({ method: 'GET', url: url('?sectionId=x') })).statusCode).toBe(400);
    expect((await leader.request({ method: 'GET', url: url() })).statusCode).toBe(200);
    // A unit reporter whose unit plans in the program reads its dashboard.
    expect((await reporter.request({ method: 'GET', url: url() })).statusCode).toBe(200);
  });

  it('computes province values by aggregation, ratio and province-only rules, with lights and forecasts', async () => {
    const response = await officer.request({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json<TDashboard>();
    expect(dashboard.method).toContain('bình phương nhỏ nhất');
    const targets = byCode(dashboard);

    const supported = targets.get('CT1');
    expect(supported?.series).toEqual([
      { period: '2013', periodEnd: '2013-12-31', value: 30 },
      { period: '2014', periodEnd: '2014-12-31', value: 55 },
      { period: '2015', periodEnd: '2015-12-31', value: 75 },
    ]);
    expect(supported).toMatchObject({ current: { period: '2015', value: 75 }, met: false, light: 'red', forecast: { method: 'final', projectedValue: 75, willMeet: false } });
    expect(supported?.indicator).toMatchObject({ unit: 'doanh nghiệp', decimals: 1, aggregation: 'sum' });

    const renewal = targets.get('CT2');
    expect(renewal?.series.map((p) => p.value)).toEqual([14, 17]);
    expect(renewal).toMatchObject({ met: true, light: 'green', forecast: { method: 'final', willMeet: true } });

    const staff = targets.get('CT3');
    expect(staff?.series.map((p) => p.value)).toEqual([(250 / 300_000) * 10_000, (500 / 300_000) * 10_000]);
    expect(staff).toMatchObject({ met: true, light: 'green', forecast: { method: 'linear_trend', willMeet: true, pointsUsed: 2 } });

    const spending = targets.get('CT4');
    expect(spending?.series.map((p) => p.value)).toEqual([2.1, 1.8, 2.3]);
    expect(spending).toMatchObject({ current: { value: 2.3 }, met: true, light: 'amber', forecast: { method: 'share_of_periods', willMeet: false, pointsUsed: 3 } });
    expect(spending?.forecast.shareMet).toBeCloseTo(2 / 3, 10);

    expect(targets.get('CT5')).toMatchObject({ current: null, met: null, light: 'grey', series: [] });
    expect(dashboard.lights).toEqual({ green: 2, amber: 1, red: 1, grey: 1 });
  });

  it('draws the linear trend to the deadline when the period range ends before it', async () => {
    const dashboard = (await officer.request({ method: 'GET', url: url('?toYear=2014') })).json<TDashboard>();
    expect(dashboard.asOf).toBe('2014-12-31');
    const supported = byCode(dashboard).get('CT1');
    expect(supported?.current).toEqual({ period: '2014', periodEnd: '2014-12-31', value: 55 });
    // 30 then 55: +25 a year, so 80 at the end of 2015 — short of 85 by less than 10 %: at risk.
    expect(supported?.forecast.method).toBe('linear_trend');
    expect(supported?.forecast.projectedValue).toBeCloseTo(80, 6);
    expect(supported).toMatchObject({ met: false, light: 'amber', forecast: { willMeet: false } });
    expect(byCode(dashboard).get('CT2')?.light).toBe('grey');
  });

  it('filters by section subtree, unit and period range', async () => {
    const section = (await officer.request({ method: 'GET', url: url(`?sectionId=${f.sections.one}`) })).json<TDashboard>();
    expect(section.targets.map((target) => target.code)).toEqual(['CT1', 'CT2']);
    expect(section.actions.total).toBe(1);

    const unit = (await officer.request({ method: 'GET', url: url(`?organisationId=${f.units.u1}`) })).json<TDashboard>();
    const targets = byCode(unit);
    expect(targets.get('CT1')?.series.map((p) => p.value)).toEqual([10, 25, 40]);
    expect(targets.get('CT3')?.current?.value).toBeCloseTo(15, 10);
    expect(targets.get('CT3')?.met).toBe(true);
    // Province-only indicators have no unit figures.
    expect(targets.get('CT4')?.light).toBe('grey');
    expect(unit.actions.byStatus).toMatchObject({ overdue: 1, not_planned: 2, done: 0 });
    expect(unit.compliance.map((round) => round.expected)).toEqual([1, 1]);
    expect(unit.compliance[0]?.byStatus).toMatchObject({ approved: 1, submitted: 0, not_started: 0 });

    const range = (await officer.request({ method: 'GET', url: url('?fromYear=2014&toYear=2015') })).json<TDashboard>();
    expect(byCode(range).get('CT1')?.series.map((p) => p.period)).toEqual(['2014', '2015']);
    expect(range.compliance.map((round) => round.period)).toEqual(['2015']);
  });

  it('reports actions by status, overdue plan items and reporting compliance', async () => {
    const dashboard = (await officer.request({ method: 'GET', url: url() })).json<TDashboard>();
    expect(dashboard.actions.byStatus).toEqual({ not_planned: 1, not_started: 0, in_progress: 0, overdue: 1, done: 1 });
    expect(dashboard.actions.bySection).toEqual([
      { sectionId: f.sections.oneOne, total: 1, byStatus: { not_planned: 0, not_started: 0, in_progress: 0, overdue: 1, done: 0 }, progress: 0.5 },
      { sectionId: f.sections.two, total: 2, byStatus: { not_planned: 1, not_started: 0, in_progress: 0, overdue: 0, done: 1 }, progress: 1 },
    ]);
    expect(dashboard.overdue.items).toBe(2);
    expect(dashboard.overdue.milestones).toBe(1);
    expect(dashboard.overdue.oldest.map((entry) => [entry.kind, entry.planItemCode, entry.dueOn])).toEqual([
      ['item', 'KH1.1', '2015-12-31'],
      ['milestone', 'KH1.1', '2015-12-31'],
      ['item', 'KH2.2', '2016-01-01'],
    ]);
    expect(dashboard.overdue.oldest[2]?.organisationName).toBe('Sở Nông nghiệp và Môi trường thử nghiệm');

    const [midTerm, year2016] = dashboard.compliance;
    expect(midTerm).toMatchObject({ roundId: f.rounds.midTerm, expected: 2, onTime: 1, late: 1, byStatus: { not_started: 0, draft: 0, submitted: 1, returned: 0, approved: 1 } });
    expect(year2016).toMatchObject({ roundId: f.rounds.year2016, expected: 2, onTime: 0, late: 2, byStatus: { not_started: 2, approved: 0 } });
  });

  it('shows a published program to anyone, approved figures only and no units; 404 otherwise', async () => {
    const publicUrl = `/api/v1/public/programs/${encodeURIComponent(f.programCode)}/dashboard`;
    expect((await t.anonymous.request({ method: 'GET', url: publicUrl })).statusCode).toBe(404);
    expect((await t.anonymous.request({ method: 'GET', url: '/api/v1/public/programs/KHONG-CO/dashboard' })).statusCode).toBe(404);
    await t.platform.db.updateTable('programs').set({ published: 1 }).where('id', '=', f.programId).execute();
    try {
      const response = await t.anonymous.request({ method: 'GET', url: publicUrl, headers: { 'accept-language': 'en' } });
      expect(response.statusCode, response.body).toBe(200);
      const dashboard = response.json<TPublicDashboard>();
      expect(dashboard.program).toMatchObject({ code: f.programCode, startYear: 2013 });
      expect(dashboard.method).toContain('least-squares');
      expect(dashboard.lights).toEqual({ green: 2, amber: 1, red: 1, grey: 1 });
      expect(byCode(dashboard).get('CT1')?.series.map((p) => p.value)).toEqual([30, 55, 75]);
      expect(Object.keys(dashboard)).not.toContain('compliance');
      expect(response.body).not.toContain('Sở Công Thương');
      expect(response.body).not.toContain('500');
      expect((await t.anonymous.request({ method: 'GET', url: `${publicUrl}?fromYear=2020&toYear=2010` })).statusCode).toBe(400);
    } finally {
      await t.platform.db.updateTable('programs').set({ published: 0 }).where('id', '=', f.programId).execute();
    }
  });

  it('reuses a public answer for 30 seconds, then notices the program was unpublished', async () => {
    let now = 1_000_000;
    const service = createDashboardService(t.platform.db, () => now);
    await t.platform.db.updateTable('programs').set({ published: 1 }).where('id', '=', f.programId).execute();
    const first = await service.publicDashboard('vi', f.programCode, {});
    await t.platform.db.updateTable('programs').set({ published: 0 }).where('id', '=', f.programId).execute();
    now += 29_000;
    expect(await service.publicDashboard('vi', f.programCode, {})).toBe(first);
    await expect(service.publicDashboard('vi', f.programCode, { fromYear: 2014 })).rejects.toMatchObject({ status: 404 });
    now += 2_000;
    await expect(service.publicDashboard('vi', f.programCode, {})).rejects.toMatchObject({ status: 404 });
  });
});
