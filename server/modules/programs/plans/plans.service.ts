import type {
  TMilestone,
  TMilestoneComplete,
  TMilestoneInput,
  TMilestoneUpdate,
  TPlan,
  TPlanCreate,
  TPlanDetail,
  TPlanItem,
  TPlanItemInput,
  TPlanItemMove,
  TPlanItemUpdate,
  TPlanList,
  TPlanListQuery,
  TPlanUpdate,
} from '../../../../common/contracts/programs-plans.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { authorizeUnit, checkEvidence, duplicate, findUnit, invalid, programOr404, readableOr404, type ServiceContext, type Unit } from './access.ts';
import {
  actionsOfProgram,
  findItem,
  findMilestone,
  findPlan,
  findPlanOfUnit,
  itemsOfPlan,
  listPlans,
  milestonesOfPlan,
  nextItemOrder,
  nextMilestoneOrder,
  personExists,
  type ItemRow,
  type MilestoneRow,
  type PlanRow,
} from './plans.repository.ts';
import { computePlanProgress, vietnamToday, type PlanProgress } from './progress.ts';

const EMPTY_PROGRESS = { progress: 0, status: 'not_started', itemCount: 0, lateItemCount: 0 } as const;

function presentPlan(row: PlanRow, unitName: string, progress: PlanProgress | undefined): TPlan {
  return {
    id: row.id,
    programId: row.program_id,
    organisation: { id: row.organisation_id, name: unitName },
    title: row.title,
    status: row.status,
    rollup: row.rollup,
    progress: progress?.progress ?? EMPTY_PROGRESS.progress,
    progressStatus: progress?.status ?? EMPTY_PROGRESS.status,
    itemCount: progress?.itemCount ?? EMPTY_PROGRESS.itemCount,
    lateItemCount: progress?.lateItemCount ?? EMPTY_PROGRESS.lateItemCount,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentMilestone(row: MilestoneRow, today: string): TMilestone {
  return {
    id: row.id,
    itemId: row.item_id,
    kind: row.kind,
    title: row.title,
    dueOn: row.due_on,
    completedOn: row.completed_on,
    evidenceFileId: row.evidence_file_id,
    weight: Number(row.weight),
    sortOrder: row.sort_order,
    late: row.completed_on === null && row.due_on < today,
    version: row.version,
  };
}

/** Items in tree order: each parent, then its children by sort order, depth first. */
function treeOrder(items: readonly ItemRow[]): ItemRow[] {
  const children = new Map<string | null, ItemRow[]>();
  const ids = new Set(items.map((item) => item.id));
  for (const item of items) {
    const key = item.parent_id && ids.has(item.parent_id) ? item.parent_id : null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const out: ItemRow[] = [];
  const visit = (parent: string | null): void => {
    for (const item of children.get(parent) ?? []) {
      out.push(item);
      visit(item.id);
    }
  };
  visit(null);
  return out;
}

/** Ids of an item and everything under it. */
function subtreeIds(items: readonly ItemRow[], rootId: string): string[] {
  const out = [rootId];
  for (let i = 0; i < out.length; i += 1) {
    for (const item of items) {
      if (item.parent_id === out[i]) {
        out.push(item.id);
      }
    }
  }
  return out;
}

export function createPlanService(platform: Platform) {
  const { db } = platform;

  async function planAndUnit(executor: Executor, planId: string): Promise<{ plan: PlanRow; unit: Unit }> {
    const plan = await findPlan(executor, planId);
    const unit = plan ? await findUnit(executor, plan.organisation_id) : undefined;
    if (!plan || !unit) {
      throw notFound();
    }
    return { plan, unit };
  }

  /** The plan for writing: readable (else 404), writable (else 403). */
  async function writablePlan(executor: Executor, ctx: ServiceContext, planId: string): Promise<{ plan: PlanRow; unit: Unit }> {
    const found = await planAndUnit(executor, planId);
    authorizeUnit(ctx.actor, 'programs.plan.write', found.unit.placement);
    return found;
  }

  async function writableItem(executor: Executor, ctx: ServiceContext, itemId: string): Promise<{ plan: PlanRow; unit: Unit; item: ItemRow }> {
    const item = await findItem(executor, itemId);
    if (!item) {
      throw notFound();
    }
    return { ...(await writablePlan(executor, ctx, item.plan_id)), item };
  }

  async function touchPlan(executor: Executor, planId: string): Promise<void> {
    await executor.updateTable('plans').set({ updated_at: nowIso() }).where('id', '=', planId).execute();
  }

  async function detail(executor: Executor, plan: PlanRow, unit: Unit): Promise<TPlanDetail> {
    const today = vietnamToday();
    const [items, milestones, progress] = await Promise.all([
      itemsOfPlan(executor, plan.id),
      milestonesOfPlan(executor, plan.id),
      computePlanProgress(executor, { programId: plan.program_id, planIds: [plan.id], today }),
    ]);
    const byItem = new Map<string, TMilestone[]>();
    for (const milestone of milestones) {
      byItem.set(milestone.item_id, [...(byItem.get(milestone.item_id) ?? []), presentMilestone(milestone, today)]);
    }
    const itemProgress = new Map(progress.items.map((item) => [item.itemId, item]));
    return {
      ...presentPlan(plan, unit.name, progress.plans[0]),
      items: treeOrder(items).map(
        (item): TPlanItem => ({
          id: item.id,
          parentId: item.parent_id,
          actionId: item.action_id,
          code: item.code,
          title: item.title,
          ownerName: item.owner_name,
          ownerPersonId: item.owner_person_id,
          weight: Number(item.weight),
          deadline: item.deadline,
          sortOrder: item.sort_order,
          progress: itemProgress.get(item.id)?.progress ?? 0,
          status: itemProgress.get(item.id)?.status ?? 'not_started',
          milestones: byItem.get(item.id) ?? [],
          version: item.version,
        }),
      ),
    };
  }

  async function checkItemReferences(executor: Executor, ctx: ServiceContext, plan: PlanRow, input: { actionId?: string | null; ownerPersonId?: string | null }): Promise<void> {
    const locale = ctx.actor.locale;
    if (input.actionId && !(await actionsOfProgram(executor, plan.program_id, [input.actionId])).has(input.actionId)) {
      throw invalid(locale, 'body.actionId', 'action_unknown');
    }
    if (input.ownerPersonId && !(await personExists(executor, input.ownerPersonId))) {
      throw invalid(locale, 'body.ownerPersonId', 'person_unknown');
    }
  }

  async function codeTaken(executor: Executor, planId: string, code: string, exceptId?: string): Promise<boolean> {
    let query = executor.selectFrom('plan_items').select('id').where('plan_id', '=', planId).where('code', '=', code);
    if (exceptId) {
      query = query.where('id', '!=', exceptId);
    }
    return (await query.executeTakeFirst()) !== undefined;
  }

  async function insertItem(executor: Executor, ctx: ServiceContext, plan: PlanRow, input: TPlanItemInput): Promise<ItemRow> {
    if (input.parentId) {
      const parent = await findItem(executor, input.parentId);
      if (!parent || parent.plan_id !== plan.id) {
        throw invalid(ctx.actor.locale, 'body.parentId', 'parent_unknown');
      }
    }
    await checkItemReferences(executor, ctx, plan, input);
    if (await codeTaken(executor, plan.id, input.code)) {
      throw duplicate(ctx.actor.locale, 'body.code', 'code_taken');
    }
    const now = nowIso();
    const row: ItemRow = {
      id: newId(),
      plan_id: plan.id,
      parent_id: input.parentId,
      action_id: input.actionId,
      code: input.code,
      title: input.title,
      owner_name: input.ownerName,
      owner_person_id: input.ownerPersonId,
      weight: input.weight,
      deadline: input.deadline,
      sort_order: await nextItemOrder(executor, plan.id, input.parentId),
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await executor.insertInto('plan_items').values(row).execute();
    await recordAudit(executor, ctx, { action: 'programs.plan_item.create', subjectType: 'plan_item', subjectId: row.id, after: row });
    return row;
  }

  async function writableMilestone(executor: Executor, ctx: ServiceContext, id: string, version: number) {
    const milestone = await findMilestone(executor, id);
    if (!milestone) {
      throw notFound();
    }
    const found = await writablePlan(executor, ctx, milestone.plan_id);
    if (milestone.version !== version) {
      throw conflict('stale_version');
    }
    return { ...found, milestone };
  }

  async function updateMilestoneRow(executor: Executor, ctx: ServiceContext, before: MilestoneRow, changes: Partial<MilestoneRow>, action: string): Promise<void> {
    const after: MilestoneRow = { ...stripPlanId(before), ...changes, version: before.version + 1, updated_at: nowIso() };
    const { id: _id, item_id: _item, created_at: _created, ...set } = after;
    const result = await executor.updateTable('plan_milestones').set(set).where('id', '=', before.id).where('version', '=', before.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw conflict('stale_version');
    }
    await recordAudit(executor, ctx, { action, subjectType: 'plan_milestone', subjectId: before.id, before: stripPlanId(before), after: stripPlanId(after) });
  }

  return {
    detail,

    async list(ctx: ServiceContext, programId: string, query: TPlanListQuery): Promise<TPlanList> {
      const program = await programOr404(db, ctx.actor, programId);
      const { rows, total } = await listPlans(db, ctx.actor, { programId: program.id, ...query });
      const progress = await computePlanProgress(db, { programId: program.id, planIds: rows.map((row) => row.id) });
      const byPlan = new Map(progress.plans.map((plan) => [plan.planId, plan]));
      return { items: rows.map((row) => presentPlan(row, row.organisation_name, byPlan.get(row.id))), total, page: query.page, pageSize: query.pageSize };
    },

    async get(ctx: ServiceContext, planId: string): Promise<TPlanDetail> {
      const { plan, unit } = await planAndUnit(db, planId);
      readableOr404(ctx.actor, unit.placement);
      return detail(db, plan, unit);
    },

    async create(ctx: ServiceContext, programId: string, input: TPlanCreate): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const program = await programOr404(tx, ctx.actor, programId);
        const unit = await findUnit(tx, input.organisationId);
        if (!unit) {
          throw invalid(ctx.actor.locale, 'body.organisationId', 'organisation_unknown');
        }
        authorizeUnit(ctx.actor, 'programs.plan.write', unit.placement);
        if (await findPlanOfUnit(tx, program.id, unit.id)) {
          throw duplicate(ctx.actor.locale, 'body.organisationId', 'plan_exists');
        }
        const actions = await actionsOfProgram(tx, program.id, input.actionIds);
        const missing = input.actionIds.findIndex((id) => !actions.has(id));
        if (missing >= 0) {
          throw invalid(ctx.actor.locale, `body.actionIds.${missing}`, 'action_unknown');
        }
        const now = nowIso();
        const plan: PlanRow = {
          id: newId(),
          program_id: program.id,
          organisation_id: unit.id,
          title: input.title,
          status: 'active',
          rollup: input.rollup,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await tx.insertInto('plans').values(plan).execute();
        const items: ItemRow[] = [...new Set(input.actionIds)].map((actionId, index) => {
          const action = actions.get(actionId);
          return {
            id: newId(),
            plan_id: plan.id,
            parent_id: null,
            action_id: actionId,
            code: action?.ref ?? String(index + 1),
            title: (action?.text ?? '').slice(0, 500),
            owner_name: null,
            owner_person_id: null,
            weight: 1,
            deadline: action?.deadline ?? null,
            sort_order: index,
            version: 1,
            created_at: now,
            updated_at: now,
          };
        });
        if (items.length > 0) {
          await tx.insertInto('plan_items').values(items).execute();
        }
        await recordAudit(tx, ctx, { action: 'programs.plan.create', subjectType: 'plan', subjectId: plan.id, after: { ...plan, actionIds: input.actionIds } });
        return detail(tx, plan, unit);
      });
    },

    async update(ctx: ServiceContext, planId: string, input: TPlanUpdate): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit } = await writablePlan(tx, ctx, planId);
        if (plan.version !== input.version) {
          throw conflict('stale_version');
        }
        const after: PlanRow = {
          ...plan,
          title: input.title ?? plan.title,
          rollup: input.rollup ?? plan.rollup,
          status: input.status ?? plan.status,
          version: plan.version + 1,
          updated_at: nowIso(),
        };
        const result = await tx
          .updateTable('plans')
          .set({ title: after.title, rollup: after.rollup, status: after.status, version: after.version, updated_at: after.updated_at })
          .where('id', '=', plan.id)
          .where('version', '=', plan.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw conflict('stale_version');
        }
        await recordAudit(tx, ctx, { action: 'programs.plan.update', subjectType: 'plan', subjectId: plan.id, before: plan, after });
        return detail(tx, after, unit);
      });
    },

    async addItem(ctx: ServiceContext, planId: string, input: TPlanItemInput): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit } = await writablePlan(tx, ctx, planId);
        await insertItem(tx, ctx, plan, input);
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    /** Adds an item inside the caller's transaction (spreadsheet imports); checks as `addItem` does. */
    insertItem,

    async updateItem(ctx: ServiceContext, itemId: string, input: TPlanItemUpdate): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, item } = await writableItem(tx, ctx, itemId);
        if (item.version !== input.version) {
          throw conflict('stale_version');
        }
        await checkItemReferences(tx, ctx, plan, input);
        if (input.code !== undefined && (await codeTaken(tx, plan.id, input.code, item.id))) {
          throw duplicate(ctx.actor.locale, 'body.code', 'code_taken');
        }
        const after: ItemRow = {
          ...item,
          action_id: input.actionId === undefined ? item.action_id : input.actionId,
          code: input.code ?? item.code,
          title: input.title ?? item.title,
          owner_name: input.ownerName === undefined ? item.owner_name : input.ownerName,
          owner_person_id: input.ownerPersonId === undefined ? item.owner_person_id : input.ownerPersonId,
          weight: input.weight ?? item.weight,
          deadline: input.deadline === undefined ? item.deadline : input.deadline,
          version: item.version + 1,
          updated_at: nowIso(),
        };
        const { id: _id, plan_id: _plan, created_at: _created, ...set } = after;
        const result = await tx.updateTable('plan_items').set(set).where('id', '=', item.id).where('version', '=', item.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw conflict('stale_version');
        }
        await recordAudit(tx, ctx, { action: 'programs.plan_item.update', subjectType: 'plan_item', subjectId: item.id, before: item, after });
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async moveItem(ctx: ServiceContext, itemId: string, input: TPlanItemMove): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, item } = await writableItem(tx, ctx, itemId);
        if (item.version !== input.version) {
          throw conflict('stale_version');
        }
        const items = await itemsOfPlan(tx, plan.id);
        if (input.parentId !== null) {
          if (!items.some((other) => other.id === input.parentId)) {
            throw invalid(ctx.actor.locale, 'body.parentId', 'parent_unknown');
          }
          if (subtreeIds(items, item.id).includes(input.parentId)) {
            throw invalid(ctx.actor.locale, 'body.parentId', 'parent_cycle');
          }
        }
        const siblings = items.filter((other) => other.parent_id === input.parentId && other.id !== item.id);
        siblings.splice(Math.min(input.position, siblings.length), 0, item);
        const now = nowIso();
        for (const [index, sibling] of siblings.entries()) {
          if (sibling.id === item.id) {
            await tx
              .updateTable('plan_items')
              .set({ parent_id: input.parentId, sort_order: index, version: item.version + 1, updated_at: now })
              .where('id', '=', item.id)
              .execute();
          } else if (sibling.sort_order !== index) {
            await tx.updateTable('plan_items').set({ sort_order: index }).where('id', '=', sibling.id).execute();
          }
        }
        await recordAudit(tx, ctx, {
          action: 'programs.plan_item.move',
          subjectType: 'plan_item',
          subjectId: item.id,
          before: { parentId: item.parent_id, sortOrder: item.sort_order },
          after: { parentId: input.parentId, sortOrder: siblings.indexOf(item) },
        });
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async deleteItem(ctx: ServiceContext, itemId: string, version: number): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, item } = await writableItem(tx, ctx, itemId);
        if (item.version !== version) {
          throw conflict('stale_version');
        }
        const ids = subtreeIds(await itemsOfPlan(tx, plan.id), item.id);
        await tx.deleteFrom('plan_milestones').where('item_id', 'in', ids).execute();
        // Children first: a parent row cannot go while a child still points at it.
        for (const id of [...ids].reverse()) {
          await tx.deleteFrom('plan_items').where('id', '=', id).execute();
        }
        await recordAudit(tx, ctx, { action: 'programs.plan_item.delete', subjectType: 'plan_item', subjectId: item.id, before: { ...item, removedItems: ids.length } });
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async addMilestone(ctx: ServiceContext, itemId: string, input: TMilestoneInput): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, item } = await writableItem(tx, ctx, itemId);
        const now = nowIso();
        const row: MilestoneRow = {
          id: newId(),
          item_id: item.id,
          kind: input.kind,
          title: input.title,
          due_on: input.dueOn,
          completed_on: null,
          evidence_file_id: null,
          weight: input.weight,
          sort_order: await nextMilestoneOrder(tx, item.id),
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await tx.insertInto('plan_milestones').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.plan_milestone.create', subjectType: 'plan_milestone', subjectId: row.id, after: row });
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async updateMilestone(ctx: ServiceContext, id: string, input: TMilestoneUpdate): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, milestone } = await writableMilestone(tx, ctx, id, input.version);
        const changes: Partial<MilestoneRow> = {
          kind: input.kind ?? milestone.kind,
          title: input.title ?? milestone.title,
          due_on: input.dueOn ?? milestone.due_on,
          weight: input.weight ?? milestone.weight,
        };
        await updateMilestoneRow(tx, ctx, milestone, changes, 'programs.plan_milestone.update');
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async completeMilestone(ctx: ServiceContext, id: string, input: TMilestoneComplete): Promise<TPlanDetail> {
      if (input.completedOn > vietnamToday()) {
        throw invalid(ctx.actor.locale, 'body.completedOn', 'completed_in_future');
      }
      const evidence = input.evidenceFileId ? await checkEvidence(platform, ctx.actor, input.evidenceFileId, 'body.evidenceFileId') : null;
      return db.transaction().execute(async (tx) => {
        const { plan, unit, milestone } = await writableMilestone(tx, ctx, id, input.version);
        await updateMilestoneRow(tx, ctx, milestone, { completed_on: input.completedOn, evidence_file_id: evidence?.id ?? milestone.evidence_file_id }, 'programs.plan_milestone.complete');
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async reopenMilestone(ctx: ServiceContext, id: string, version: number): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, milestone } = await writableMilestone(tx, ctx, id, version);
        await updateMilestoneRow(tx, ctx, milestone, { completed_on: null }, 'programs.plan_milestone.reopen');
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

    async deleteMilestone(ctx: ServiceContext, id: string, version: number): Promise<TPlanDetail> {
      return db.transaction().execute(async (tx) => {
        const { plan, unit, milestone } = await writableMilestone(tx, ctx, id, version);
        await tx.deleteFrom('plan_milestones').where('id', '=', milestone.id).execute();
        await recordAudit(tx, ctx, { action: 'programs.plan_milestone.delete', subjectType: 'plan_milestone', subjectId: milestone.id, before: stripPlanId(milestone) });
        await touchPlan(tx, plan.id);
        return detail(tx, plan, unit);
      });
    },

  };
}

function stripPlanId<T extends MilestoneRow>(row: T): MilestoneRow {
  const { plan_id: _plan, ...rest } = row as T & { plan_id?: string };
  return rest;
}

export type PlanService = ReturnType<typeof createPlanService>;
