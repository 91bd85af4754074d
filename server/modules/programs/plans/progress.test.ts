import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { testDialects } from '../../../test/databases.ts';
import { computePlanProgress } from './progress.ts';

const UNITS = 200;
const ITEMS = 30;
const STAMP = '2026-01-01T00:00:00.000Z';

describe.each(testDialects)('plan progress at scale on %s', (dialect) => {
  let t: TestApp;
  let programId: string;
  const unitIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const { db } = t.platform;
    programId = (await db.selectFrom('programs').select('id').where('code', '=', '29-CTr/TU').executeTakeFirstOrThrow()).id;
    const province = await db.selectFrom('jurisdictions').select('id').where('code', '=', '19').executeTakeFirstOrThrow();
    const action = await db.selectFrom('program_actions').select('id').where('program_id', '=', programId).orderBy('sort_order').executeTakeFirstOrThrow();
    const organisations = Array.from({ length: UNITS }, (_, i) => {
      const id = newId();
      unitIds.push(id);
      return { id, jurisdiction_id: province.id, kind: 'state_agency' as const, name_vi: `Đơn vị ${i}`, name_en: null, abbreviation: null, name_folded: `don vi ${i}`, keywords_folded: `don vi ${i}`, tax_code: null, agency_code: null, address: null, commune_id: null, parent_id: null, path: `/${id}/`, ror: null, website: null, email: null, phone: null, version: 1, created_at: STAMP, updated_at: STAMP };
    });
    const plans = unitIds.map((organisationId) => ({ id: newId(), program_id: programId, organisation_id: organisationId, title: 'Kế hoạch', status: 'active' as const, rollup: 'weighted' as const, version: 1, created_at: STAMP, updated_at: STAMP }));
    // Every unit: 30 items on the first action, each with one milestone done (weight 1) and one open (weight 3), the open one late on even items.
    const items = plans.flatMap((plan) =>
      Array.from({ length: ITEMS }, (_, i) => ({ id: newId(), plan_id: plan.id, parent_id: null, action_id: action.id, code: `${i + 1}`, title: 'Nội dung', owner_name: null, owner_person_id: null, weight: 1, deadline: null, sort_order: i, version: 1, created_at: STAMP, updated_at: STAMP })),
    );
    const milestones = items.flatMap((item) => [
      { id: newId(), item_id: item.id, kind: 'milestone' as const, title: 'Mốc 1', due_on: '2020-06-30', completed_on: '2020-06-15', evidence_file_id: null, weight: 1, sort_order: 0, version: 1, created_at: STAMP, updated_at: STAMP },
      { id: newId(), item_id: item.id, kind: 'deliverable' as const, title: 'Sản phẩm', due_on: item.sort_order % 2 === 0 ? '2021-06-30' : '2099-06-30', completed_on: null, evidence_file_id: null, weight: 3, sort_order: 1, version: 1, created_at: STAMP, updated_at: STAMP },
    ]);
    for (let i = 0; i < organisations.length; i += 100) {
      await db.insertInto('organisations').values(organisations.slice(i, i + 100)).execute();
    }
    await db.insertInto('plans').values(plans).execute();
    for (let i = 0; i < items.length; i += 500) {
      await db.insertInto('plan_items').values(items.slice(i, i + 500)).execute();
    }
    for (let i = 0; i < milestones.length; i += 500) {
      await db.insertInto('plan_milestones').values(milestones.slice(i, i + 500)).execute();
    }
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('rolls up 200 units × 30 items in well under a second', async () => {
    const started = performance.now();
    const progress = await computePlanProgress(t.platform.db, { programId, today: '2026-11-28' });
    const elapsed = performance.now() - started;
    expect(progress.plans).toHaveLength(UNITS);
    expect(progress.items).toHaveLength(UNITS * ITEMS);
    expect(progress.plans.every((plan) => plan.progress === 0.25 && plan.status === 'late' && plan.lateItemCount === ITEMS / 2)).toBe(true);
    expect(progress.actions).toEqual([expect.objectContaining({ progress: 0.25, status: 'late', unitCount: UNITS, itemCount: UNITS * ITEMS })]);
    expect(elapsed).toBeLessThan(1000);
  });

  it('narrows to the units asked for', async () => {
    const progress = await computePlanProgress(t.platform.db, { programId, organisationIds: unitIds.slice(0, 3) });
    expect(progress.plans.map((plan) => plan.organisationId).sort()).toEqual(unitIds.slice(0, 3).sort());
    expect(progress.items).toHaveLength(3 * ITEMS);
  });
});
