import type { Actor } from '../../../platform/access/actor.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { PlanItemsTable, PlanMilestonesTable, PlansTable } from '../programs.tables.ts';
import { unitScopeSql } from './access.ts';
import './plans.tables.ts';

export type PlanRow = PlansTable;
export type ItemRow = PlanItemsTable;
export type MilestoneRow = PlanMilestonesTable;

export interface PlanListFilter {
  programId: string;
  organisationId?: string;
  status?: PlanRow['status'];
  page: number;
  pageSize: number;
}

/** Plans of a program the actor may read, ordered by unit name. */
export async function listPlans(executor: Executor, actor: Actor, filter: PlanListFilter): Promise<{ rows: (PlanRow & { organisation_name: string })[]; total: number }> {
  let base = executor
    .selectFrom('plans')
    .innerJoin('organisations as o', 'o.id', 'plans.organisation_id')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
    .where('plans.program_id', '=', filter.programId)
    .where(unitScopeSql(actor));
  if (filter.organisationId) {
    base = base.where('plans.organisation_id', '=', filter.organisationId);
  }
  if (filter.status) {
    base = base.where('plans.status', '=', filter.status);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('plans')
      .select('o.name_vi as organisation_name')
      .orderBy('o.name_folded')
      .orderBy('plans.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findPlan(executor: Executor, id: string): Promise<PlanRow | undefined> {
  return executor.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPlanOfUnit(executor: Executor, programId: string, organisationId: string): Promise<PlanRow | undefined> {
  return executor.selectFrom('plans').selectAll().where('program_id', '=', programId).where('organisation_id', '=', organisationId).executeTakeFirst();
}

export async function findItem(executor: Executor, id: string): Promise<ItemRow | undefined> {
  return executor.selectFrom('plan_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function itemsOfPlan(executor: Executor, planId: string): Promise<ItemRow[]> {
  return executor.selectFrom('plan_items').selectAll().where('plan_id', '=', planId).orderBy('sort_order').orderBy('id').execute();
}

export async function milestonesOfPlan(executor: Executor, planId: string): Promise<MilestoneRow[]> {
  return executor
    .selectFrom('plan_milestones')
    .innerJoin('plan_items', 'plan_items.id', 'plan_milestones.item_id')
    .selectAll('plan_milestones')
    .where('plan_items.plan_id', '=', planId)
    .orderBy('plan_milestones.sort_order')
    .orderBy('plan_milestones.id')
    .execute();
}

export async function findMilestone(executor: Executor, id: string): Promise<(MilestoneRow & { plan_id: string }) | undefined> {
  return executor
    .selectFrom('plan_milestones')
    .innerJoin('plan_items', 'plan_items.id', 'plan_milestones.item_id')
    .selectAll('plan_milestones')
    .select('plan_items.plan_id')
    .where('plan_milestones.id', '=', id)
    .executeTakeFirst();
}

function after(max: number | null | undefined): number {
  return max === null || max === undefined ? 0 : Number(max) + 1;
}

export async function nextItemOrder(executor: Executor, planId: string, parentId: string | null): Promise<number> {
  const row = await executor
    .selectFrom('plan_items')
    .select((eb) => eb.fn.max<number>('sort_order').as('n'))
    .where('plan_id', '=', planId)
    .where((eb) => (parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)))
    .executeTakeFirst();
  return after(row?.n);
}

export async function nextMilestoneOrder(executor: Executor, itemId: string): Promise<number> {
  const row = await executor.selectFrom('plan_milestones').select((eb) => eb.fn.max<number>('sort_order').as('n')).where('item_id', '=', itemId).executeTakeFirst();
  return after(row?.n);
}

export async function actionsOfProgram(executor: Executor, programId: string, ids: readonly string[]): Promise<Map<string, { id: string; ref: string; text: string; deadline: string | null }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await executor
    .selectFrom('program_actions')
    .select(['id', 'ref', 'text', 'deadline'])
    .where('program_id', '=', programId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function personExists(executor: Executor, id: string): Promise<boolean> {
  return (await executor.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
