import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TPlanList } from '../../../../common/contracts/programs-plans.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { computePlanProgress } from './progress.ts';
import { buildWorld, type RoundsWorld } from './test-setup.ts';

const BASE = '/api/v1/programs';
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000abcd';

describe.each(testDialects)('unit plans on %s', (dialect) => {
  let t: TestApp;
  let w: RoundsWorld;
  let plan: TPlanDetail;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const item = (detail: TPlanDetail, code: string) => {
    const found = detail.items.find((i) => i.code === code);
    if (!found) {
      throw new Error(`no item ${code}`);
    }
    return found;
  };

  it('creates a plan from actions for the reporter’s own unit only', async () => {
    const url = `${BASE}/${w.programId}/plans`;
    const body = { organisationId: w.unitA, title: 'Kế hoạch thực hiện Chương trình 29-CTr/TU của Sở Công Thương', actionIds: w.actionIds.slice(0, 2) };
    expect((await t.anonymous.request({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    expect((await w.researcher.request({ method: 'POST', url, payload: body })).statusCode).toBe(403);
    expect((await w.reporterB.request({ method: 'POST', url, payload: body })).statusCode).toBe(404);
    expect((await w.reporterA.request({ method: 'POST', url: `${BASE}/${UNKNOWN}/plans`, payload: body })).statusCode).toBe(404);
    const bad = await w.reporterA.request({ method: 'POST', url, payload: { organisationId: 'x', title: '', actionIds: ['y'] } });
    expect(bad.statusCode).toBe(400);
    const foreignAction = await w.reporterA.request({ method: 'POST', url, payload: { ...body, actionIds: [UNKNOWN] } });
    expect([foreignAction.statusCode, foreignAction.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'action_unknown']);

    const created = await w.reporterA.request({ method: 'POST', url, payload: body });
    expect(created.statusCode, created.body).toBe(201);
    plan = created.json<TPlanDetail>();
    expect(plan).toMatchObject({ organisation: { id: w.unitA }, progress: 0, progressStatus: 'not_started', itemCount: 2 });
    expect(plan.items.map((i) => i.actionId)).toEqual(w.actionIds.slice(0, 2));
    const again = await w.officer.request({ method: 'POST', url, payload: body });
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([409, 'duplicate_code']);
    expect((await w.officer.request({ method: 'POST', url, payload: { organisationId: w.unitB, title: 'Kế hoạch của Sở Nông nghiệp và Môi trường' } })).statusCode).toBe(201);
  });

  it('hides another unit’s plan (404) and lists only the plans the caller may read', async () => {
    expect((await w.reporterB.request({ method: 'GET', url: `${BASE}/plans/${plan.id}` })).statusCode).toBe(404);
    expect((await w.reporterB.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items`, payload: { code: 'X', title: 'X' } })).statusCode).toBe(404);
    expect((await w.reporterA.request({ method: 'GET', url: `${BASE}/plans/${plan.id}` })).statusCode).toBe(200);
    const mine = await w.reporterA.request({ method: 'GET', url: `${BASE}/${w.programId}/plans` });
    expect(mine.json<TPlanList>().items.map((p) => p.organisation.id)).toEqual([w.unitA]);
    const all = await w.officer.request({ method: 'GET', url: `${BASE}/${w.programId}/plans?pageSize=10` });
    expect(all.json<TPlanList>().total).toBe(2);
    expect((await w.officer.request({ method: 'GET', url: `${BASE}/${w.programId}/plans?pageSize=1000` })).statusCode).toBe(400);
  });

  it('computes progress from milestones, rolling up by weight or plainly', async () => {
    const first = plan.items[0];
    const second = plan.items[1];
    if (!first || !second) {
      throw new Error('plan without items');
    }
    let detail = (await w.reporterA.request({ method: 'PATCH', url: `${BASE}/plan-items/${first.id}`, payload: { version: first.version, weight: 3 } })).json<TPlanDetail>();
    // first: a child A (weight 1, 2 milestones), a child B (weight 3, 1 milestone).
    detail = (await w.reporterA.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items`, payload: { parentId: first.id, code: 'A', title: 'Rà soát cơ chế hỗ trợ doanh nghiệp', weight: 1 } })).json<TPlanDetail>();
    detail = (await w.reporterA.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items`, payload: { parentId: first.id, code: 'B', title: 'Tổ chức hội chợ công nghệ', weight: 3 } })).json<TPlanDetail>();
    const a = item(detail, 'A');
    const b = item(detail, 'B');
    await w.reporterA.request({ method: 'POST', url: `${BASE}/plan-items/${a.id}/milestones`, payload: { title: 'Dự thảo báo cáo rà soát', dueOn: '2014-06-30', weight: 1 } });
    await w.reporterA.request({ method: 'POST', url: `${BASE}/plan-items/${a.id}/milestones`, payload: { kind: 'deliverable', title: 'Báo cáo rà soát được phê duyệt', dueOn: '2099-12-31', weight: 3 } });
    detail = (await w.reporterA.request({ method: 'POST', url: `${BASE}/plan-items/${b.id}/milestones`, payload: { title: 'Khai mạc hội chợ', dueOn: '2099-10-01' } })).json<TPlanDetail>();
    expect(item(detail, 'A')).toMatchObject({ progress: 0, status: 'late' });
    expect(detail.progressStatus).toBe('late');

    const late = item(detail, 'A').milestones[0];
    const bad = await w.reporterA.request({ method: 'POST', url: `${BASE}/milestones/${late?.id}/complete`, payload: { version: 1, completedOn: '2999-01-01' } });
    expect([bad.statusCode, bad.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'completed_in_future']);
    detail = (await w.reporterA.request({ method: 'POST', url: `${BASE}/milestones/${late?.id}/complete`, payload: { version: 1, completedOn: '2014-06-20' } })).json<TPlanDetail>();
    const stale = await w.reporterA.request({ method: 'POST', url: `${BASE}/milestones/${late?.id}/reopen`, payload: { version: 1 } });
    expect([stale.statusCode, stale.json<{ code: string }>().code]).toEqual([409, 'stale_version']);
    // A: 1 of 4 weight done = 0.25; B: 0; first = (0.25·1 + 0·3) / 4 = 0.0625; plan = (0.0625·3 + 0·1) / 4.
    expect(item(detail, 'A')).toMatchObject({ progress: 0.25, status: 'in_progress' });
    expect(item(detail, first.code).progress).toBeCloseTo(0.0625);
    expect(detail.progress).toBeCloseTo(0.046875);

    const averaged = (await w.reporterA.request({ method: 'PATCH', url: `${BASE}/plans/${plan.id}`, payload: { version: detail.version, rollup: 'average' } })).json<TPlanDetail>();
    // Plain means: first = (0.25 + 0) / 2 = 0.125; plan = (0.125 + 0) / 2.
    expect(item(averaged, first.code).progress).toBeCloseTo(0.125);
    expect(averaged.progress).toBeCloseTo(0.0625);

    const progress = await computePlanProgress(t.platform.db, { programId: w.programId, today: '2026-01-01' });
    expect(progress.plans).toHaveLength(2);
    expect(progress.actions.find((action) => action.actionId === first.actionId)).toMatchObject({ status: 'in_progress', unitCount: 1 });
    const onlyB = await computePlanProgress(t.platform.db, { programId: w.programId, organisationIds: [w.unitB] });
    expect(onlyB.plans.map((p) => p.organisationId)).toEqual([w.unitB]);
    expect(onlyB.items).toEqual([]);
  });

  it('moves items within the tree, refusing cycles, and deletes a subtree', async () => {
    let detail = (await w.reporterA.request({ method: 'GET', url: `${BASE}/plans/${plan.id}` })).json<TPlanDetail>();
    const first = detail.items[0];
    const a = item(detail, 'A');
    const cycle = await w.reporterA.request({ method: 'POST', url: `${BASE}/plan-items/${first?.id}/move`, payload: { version: first?.version, parentId: a.id, position: 0 } });
    expect([cycle.statusCode, cycle.json<{ errors: { code: string }[] }>().errors[0]?.code]).toEqual([400, 'parent_cycle']);
    const moved = await w.reporterA.request({ method: 'POST', url: `${BASE}/plan-items/${a.id}/move`, payload: { version: a.version, parentId: null, position: 0 } });
    expect(moved.statusCode, moved.body).toBe(200);
    detail = moved.json<TPlanDetail>();
    expect(detail.items[0]).toMatchObject({ code: 'A', parentId: null, sortOrder: 0 });
    const duplicateCode = await w.reporterA.request({ method: 'POST', url: `${BASE}/plans/${plan.id}/items`, payload: { code: 'A', title: 'Trùng mã' } });
    expect(duplicateCode.statusCode).toBe(409);
    const parent = detail.items.find((i) => i.code === first?.code);
    const removed = await w.reporterA.request({ method: 'DELETE', url: `${BASE}/plan-items/${parent?.id}?version=${parent?.version}` });
    expect(removed.statusCode, removed.body).toBe(200);
    // The parent goes with its child B and their milestones; A was moved out before and stays.
    expect(removed.json<TPlanDetail>().items.map((i) => i.code)).toEqual(['A', plan.items[1]?.code]);
    expect(await t.platform.db.selectFrom('plan_milestones').select('id').execute()).toHaveLength(2);
    const audit = await t.platform.db.selectFrom('audit_log').select('action').where('action', 'like', 'programs.plan%').execute();
    expect(new Set(audit.map((row) => row.action))).toEqual(
      new Set([
        'programs.plan.create',
        'programs.plan.update',
        'programs.plan_item.create',
        'programs.plan_item.update',
        'programs.plan_item.move',
        'programs.plan_item.delete',
        'programs.plan_milestone.create',
        'programs.plan_milestone.complete',
      ]),
    );
  });
});
