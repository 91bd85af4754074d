import type { PlanRollup, ProgressStatus } from '../../../../common/contracts/programs-plans.ts';
import type { Executor } from '../../../platform/db/client.ts';
import './plans.tables.ts';

/**
 * Progress of unit plans, computed from milestones and deliverables and never typed in:
 *
 * - a leaf item's progress is the weight of its completed milestones over the weight of all its
 *   milestones (0 when it has none yet);
 * - an item with children takes the mean of its children's progress, weighted by each child's
 *   weight, or a plain mean when the plan rolls up by `average`; its own milestones, if any, then
 *   still count for lateness but not for progress;
 * - a plan's progress is the same mean over its top items;
 * - an action's progress is the plain mean over the items of every unit linked to it.
 *
 * An item is `late` when a milestone in its subtree is still open after its due date, or its own
 * deadline has passed before it was done; `done` when its progress is 1; `in_progress` once any
 * milestone is completed; `not_started` otherwise. An action is late as soon as one of its units'
 * items is, done when all of them are.
 *
 * Three queries whatever the number of plans: plans, items, and milestone sums grouped by item.
 */

export interface PlanProgress {
  planId: string;
  organisationId: string;
  rollup: PlanRollup;
  progress: number;
  status: ProgressStatus;
  itemCount: number;
  lateItemCount: number;
}

export interface ItemProgress {
  itemId: string;
  planId: string;
  parentId: string | null;
  actionId: string | null;
  organisationId: string;
  weight: number;
  progress: number;
  status: ProgressStatus;
  /** Open milestones past their due date, in this item's own list. */
  lateMilestones: number;
}

export interface ActionProgress {
  actionId: string;
  progress: number;
  status: ProgressStatus;
  /** Units whose plans carry an item linked to the action. */
  unitCount: number;
  itemCount: number;
}

export interface ProgramProgress {
  plans: PlanProgress[];
  items: ItemProgress[];
  actions: ActionProgress[];
}

export interface ProgressQuery {
  programId: string;
  /** Only these units' plans; all of the program's plans when left out. */
  organisationIds?: readonly string[];
  /** Plans by id (a single plan's view). */
  planIds?: readonly string[];
  /** The day lateness is judged on (yyyy-mm-dd); today in Vietnam by default. */
  today?: string;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), yyyy-mm-dd. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

interface Node {
  item: ItemProgress;
  deadline: string | null;
  total: number;
  completed: number;
  completedCount: number;
  children: Node[];
}

function statusOf(progress: number, started: boolean, late: boolean): ProgressStatus {
  if (progress >= 1 - 1e-9) {
    return 'done';
  }
  if (late) {
    return 'late';
  }
  return started || progress > 0 ? 'in_progress' : 'not_started';
}

function mean(values: readonly { value: number; weight: number }[], rollup: PlanRollup): number {
  if (values.length === 0) {
    return 0;
  }
  if (rollup === 'average') {
    return values.reduce((sum, v) => sum + v.value, 0) / values.length;
  }
  const weight = values.reduce((sum, v) => sum + v.weight, 0);
  return weight > 0 ? values.reduce((sum, v) => sum + v.value * v.weight, 0) / weight : 0;
}

/** Fills in progress and status bottom-up; returns whether anything in the subtree started or is late. */
function settle(node: Node, rollup: PlanRollup, today: string): { started: boolean; late: boolean } {
  let started = node.completedCount > 0;
  let late = node.item.lateMilestones > 0;
  if (node.children.length > 0) {
    for (const child of node.children) {
      const below = settle(child, rollup, today);
      started ||= below.started;
      late ||= below.late;
    }
    node.item.progress = mean(
      node.children.map((child) => ({ value: child.item.progress, weight: child.item.weight })),
      rollup,
    );
  } else {
    node.item.progress = node.total > 0 ? node.completed / node.total : 0;
  }
  const done = node.item.progress >= 1 - 1e-9;
  late ||= !done && node.deadline !== null && node.deadline < today;
  node.item.status = statusOf(node.item.progress, started, late && !done);
  return { started, late: late && !done };
}

export async function computePlanProgress(executor: Executor, query: ProgressQuery): Promise<ProgramProgress> {
  const today = query.today ?? vietnamToday();
  const organisationIds = query.organisationIds ? [...new Set(query.organisationIds)] : undefined;
  if ((organisationIds && organisationIds.length === 0) || (query.planIds && query.planIds.length === 0)) {
    return { plans: [], items: [], actions: [] };
  }
  let plansQuery = executor.selectFrom('plans').select(['id', 'organisation_id', 'rollup']).where('program_id', '=', query.programId);
  if (organisationIds) {
    plansQuery = plansQuery.where('organisation_id', 'in', organisationIds);
  }
  if (query.planIds) {
    plansQuery = plansQuery.where('id', 'in', [...query.planIds]);
  }
  let itemsQuery = executor
    .selectFrom('plan_items')
    .innerJoin('plans', 'plans.id', 'plan_items.plan_id')
    .select(['plan_items.id', 'plan_items.plan_id', 'plan_items.parent_id', 'plan_items.action_id', 'plan_items.weight', 'plan_items.deadline', 'plan_items.sort_order', 'plans.organisation_id'])
    .where('plans.program_id', '=', query.programId);
  let sumsQuery = executor
    .selectFrom('plan_milestones')
    .innerJoin('plan_items', 'plan_items.id', 'plan_milestones.item_id')
    .innerJoin('plans', 'plans.id', 'plan_items.plan_id')
    .select((eb) => [
      'plan_milestones.item_id',
      eb.fn.sum<number>('plan_milestones.weight').as('total'),
      eb.fn.sum<number>(eb.case().when('plan_milestones.completed_on', 'is not', null).then(eb.ref('plan_milestones.weight')).else(0).end()).as('completed'),
      eb.fn.sum<number>(eb.case().when('plan_milestones.completed_on', 'is not', null).then(1).else(0).end()).as('completed_count'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('plan_milestones.completed_on', 'is', null), eb('plan_milestones.due_on', '<', today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('late'),
    ])
    .where('plans.program_id', '=', query.programId)
    .groupBy('plan_milestones.item_id');
  if (organisationIds) {
    itemsQuery = itemsQuery.where('plans.organisation_id', 'in', organisationIds);
    sumsQuery = sumsQuery.where('plans.organisation_id', 'in', organisationIds);
  }
  if (query.planIds) {
    itemsQuery = itemsQuery.where('plans.id', 'in', [...query.planIds]);
    sumsQuery = sumsQuery.where('plans.id', 'in', [...query.planIds]);
  }
  const [planRows, itemRows, sumRows] = await Promise.all([
    plansQuery.execute(),
    itemsQuery.orderBy('plan_items.sort_order').orderBy('plan_items.id').execute(),
    sumsQuery.execute(),
  ]);

  const sums = new Map(sumRows.map((row) => [row.item_id, row]));
  const nodes = new Map<string, Node>();
  for (const row of itemRows) {
    const sum = sums.get(row.id);
    nodes.set(row.id, {
      item: {
        itemId: row.id,
        planId: row.plan_id,
        parentId: row.parent_id,
        actionId: row.action_id,
        organisationId: row.organisation_id,
        weight: Number(row.weight),
        progress: 0,
        status: 'not_started',
        lateMilestones: Number(sum?.late ?? 0),
      },
      deadline: row.deadline,
      total: Number(sum?.total ?? 0),
      completed: Number(sum?.completed ?? 0),
      completedCount: Number(sum?.completed_count ?? 0),
      children: [],
    });
  }
  const roots = new Map<string, Node[]>();
  for (const node of nodes.values()) {
    const parent = node.item.parentId ? nodes.get(node.item.parentId) : undefined;
    if (parent) {
      parent.children.push(node);
    } else {
      const list = roots.get(node.item.planId) ?? [];
      list.push(node);
      roots.set(node.item.planId, list);
    }
  }

  const plans = planRows.map((plan): PlanProgress => {
    const top = roots.get(plan.id) ?? [];
    let started = false;
    let late = false;
    for (const node of top) {
      const settled = settle(node, plan.rollup, today);
      started ||= settled.started;
      late ||= settled.late;
    }
    const progress = mean(
      top.map((node) => ({ value: node.item.progress, weight: node.item.weight })),
      plan.rollup,
    );
    const counts = { items: 0, late: 0 };
    const count = (node: Node): void => {
      counts.items += 1;
      counts.late += node.item.status === 'late' ? 1 : 0;
      node.children.forEach(count);
    };
    top.forEach(count);
    return {
      planId: plan.id,
      organisationId: plan.organisation_id,
      rollup: plan.rollup,
      progress: top.length > 0 ? progress : 0,
      status: top.length > 0 ? statusOf(progress, started, late) : 'not_started',
      itemCount: counts.items,
      lateItemCount: counts.late,
    };
  });

  const byAction = new Map<string, ItemProgress[]>();
  for (const node of nodes.values()) {
    if (node.item.actionId) {
      const list = byAction.get(node.item.actionId) ?? [];
      list.push(node.item);
      byAction.set(node.item.actionId, list);
    }
  }
  const actions = [...byAction].map(([actionId, items]): ActionProgress => {
    const progress = items.reduce((sum, item) => sum + item.progress, 0) / items.length;
    const status: ProgressStatus = items.every((item) => item.status === 'done')
      ? 'done'
      : items.some((item) => item.status === 'late')
        ? 'late'
        : items.some((item) => item.status !== 'not_started')
          ? 'in_progress'
          : 'not_started';
    return { actionId, progress, status, unitCount: new Set(items.map((item) => item.organisationId)).size, itemCount: items.length };
  });

  return { plans, items: [...nodes.values()].map((node) => node.item), actions };
}
