import { z } from 'zod';
import { MILESTONE_KINDS, PLAN_STATUSES } from './programs.ts';
import { optionalText, pageQuery, paged, requiredText } from './text.ts';

/**
 * Unit implementation plans (program §III.1–2): each responsible unit's items, milestones and
 * deliverables. Progress is always computed from completed milestones, never entered.
 */
export const PLAN_ROLLUPS = ['weighted', 'average'] as const;
export type PlanRollup = (typeof PLAN_ROLLUPS)[number];

/** `late`: some milestone is still open after its due date. */
export const PROGRESS_STATUSES = ['not_started', 'in_progress', 'late', 'done'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

const isoDate = z.iso.date();
const weight = z.number().positive().max(1000);
const version = z.number().int().min(1);
const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, { message: 'code_invalid' });

export const ZPlanCreate = z.object({
  organisationId: z.uuid(),
  title: requiredText(300),
  rollup: z.enum(PLAN_ROLLUPS).default('weighted'),
  /** Actions of the program to start the plan from: one top item each, coded by the action's number. */
  actionIds: z.array(z.uuid()).max(200).default([]),
});
export type TPlanCreate = z.output<typeof ZPlanCreate>;

export const ZPlanUpdate = z.object({
  version,
  title: requiredText(300).optional(),
  rollup: z.enum(PLAN_ROLLUPS).optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export type TPlanUpdate = z.output<typeof ZPlanUpdate>;

export const ZPlanListQuery = pageQuery.extend({
  organisationId: z.uuid().optional(),
  status: z.enum(PLAN_STATUSES).optional(),
});
export type TPlanListQuery = z.output<typeof ZPlanListQuery>;

export const ZUnitRef = z.object({ id: z.string(), name: z.string() });

export const ZPlan = z.object({
  id: z.string(),
  programId: z.string(),
  organisation: ZUnitRef,
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  rollup: z.enum(PLAN_ROLLUPS),
  /** 0–1, computed from milestones. */
  progress: z.number(),
  progressStatus: z.enum(PROGRESS_STATUSES),
  itemCount: z.number().int(),
  lateItemCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TPlan = z.infer<typeof ZPlan>;
export const ZPlanList = paged(ZPlan);
export type TPlanList = z.infer<typeof ZPlanList>;

export const ZMilestone = z.object({
  id: z.string(),
  itemId: z.string(),
  kind: z.enum(MILESTONE_KINDS),
  title: z.string(),
  dueOn: z.string(),
  completedOn: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  weight: z.number(),
  sortOrder: z.number().int(),
  late: z.boolean(),
  version: z.number().int(),
});
export type TMilestone = z.infer<typeof ZMilestone>;

export const ZPlanItem = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  actionId: z.string().nullable(),
  code: z.string(),
  title: z.string(),
  ownerName: z.string().nullable(),
  ownerPersonId: z.string().nullable(),
  weight: z.number(),
  deadline: z.string().nullable(),
  sortOrder: z.number().int(),
  progress: z.number(),
  status: z.enum(PROGRESS_STATUSES),
  milestones: z.array(ZMilestone),
  version: z.number().int(),
});
export type TPlanItem = z.infer<typeof ZPlanItem>;

/** A plan with its items in tree order (each parent before its children, siblings by sort order). */
export const ZPlanDetail = ZPlan.extend({ items: z.array(ZPlanItem) });
export type TPlanDetail = z.infer<typeof ZPlanDetail>;

export const ZPlanItemInput = z.object({
  parentId: z.uuid().nullable().default(null),
  actionId: z.uuid().nullable().default(null),
  code,
  title: requiredText(500),
  ownerName: optionalText(200),
  ownerPersonId: z.uuid().nullable().default(null),
  weight: weight.default(1),
  deadline: isoDate.nullable().default(null),
});
export type TPlanItemInput = z.output<typeof ZPlanItemInput>;

export const ZPlanItemUpdate = z.object({
  version,
  actionId: z.uuid().nullable().optional(),
  code: code.optional(),
  title: requiredText(500).optional(),
  ownerName: optionalText(200).optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  weight: weight.optional(),
  deadline: isoDate.nullable().optional(),
});
export type TPlanItemUpdate = z.output<typeof ZPlanItemUpdate>;

export const ZPlanItemMove = z.object({
  version,
  parentId: z.uuid().nullable(),
  /** Position among the new siblings, 0 first. */
  position: z.number().int().min(0).max(10_000),
});
export type TPlanItemMove = z.output<typeof ZPlanItemMove>;

export const ZVersionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const ZMilestoneInput = z.object({
  kind: z.enum(MILESTONE_KINDS).default('milestone'),
  title: requiredText(500),
  dueOn: isoDate,
  weight: weight.default(1),
});
export type TMilestoneInput = z.output<typeof ZMilestoneInput>;

export const ZMilestoneUpdate = z.object({
  version,
  kind: z.enum(MILESTONE_KINDS).optional(),
  title: requiredText(500).optional(),
  dueOn: isoDate.optional(),
  weight: weight.optional(),
});
export type TMilestoneUpdate = z.output<typeof ZMilestoneUpdate>;

/** Marks a milestone done on a date (not in the future), with the file that proves it. */
export const ZMilestoneComplete = z.object({
  version,
  completedOn: isoDate,
  evidenceFileId: z.uuid().nullable().default(null),
});
export type TMilestoneComplete = z.output<typeof ZMilestoneComplete>;

export const ZMilestoneReopen = z.object({ version });
