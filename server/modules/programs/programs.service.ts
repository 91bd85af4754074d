import type {
  TAction,
  TActionInput,
  TActionUpdate,
  TProgram,
  TProgramInput,
  TProgramListQuery,
  TProgramTree,
  TProgramUpdate,
  TSection,
  TSectionInput,
  TSectionNode,
  TSectionUpdate,
  TTarget,
  TTargetInput,
  TTargetUpdate,
} from '../../../common/contracts/programs.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { authorize, scopeOf } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { toJson } from '../../platform/db/json.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { MATERIALISE_JOB } from './indicators/job-kinds.ts';
import { duplicateCode, invalidField } from './programs.errors.ts';
import { requireProgram } from './programs.policy.ts';
import { partnerIdsOf, presentAction, presentIndicator, presentProgram, presentSection, presentTarget } from './programs.presenter.ts';
import {
  actionsOf,
  findAction,
  findProgramRowByCode,
  findProgramWithPlace,
  findSection,
  findTarget,
  indicatorsByIds,
  insertProgram,
  jurisdictionsByIds,
  listPrograms,
  nextSortOrder,
  organisationsByIds,
  sectionsOf,
  targetsOf,
  updateProgramIfVersion,
  type ActionRow,
  type ProgramRow,
  type SectionRow,
  type TargetRow,
} from './programs.repository.ts';

export type ServiceContext = AuditContext;

/**
 * A program with its section tree, each section's targets and actions, and the indicators the
 * targets measure (with the inputs of ratios). Reads everything in five queries; null if unknown.
 * No access check: callers check the program first (`requireProgram`).
 */
export async function loadProgramTree(executor: Executor, programId: string): Promise<TProgramTree | null> {
  const program = await findProgramWithPlace(executor, programId);
  if (!program) {
    return null;
  }
  const [sections, targets, actions] = await Promise.all([sectionsOf(executor, programId), targetsOf(executor, programId), actionsOf(executor, programId)]);
  const unitIds = actions.flatMap((action) => [...(action.lead_organisation_id ? [action.lead_organisation_id] : []), ...partnerIdsOf(action)]);
  const [units, indicators] = await Promise.all([organisationsByIds(executor, unitIds), indicatorsWithInputs(executor, targets.map((target) => target.indicator_id))]);
  const nodes = new Map<string, TSectionNode>(sections.map((row) => [row.id, { ...presentSection(row), targets: [], actions: [], children: [] }]));
  for (const target of targets) {
    nodes.get(target.section_id)?.targets.push(presentTarget(target));
  }
  for (const action of actions) {
    nodes.get(action.section_id)?.actions.push(presentAction(action, units));
  }
  const roots: TSectionNode[] = [];
  for (const row of sections) {
    const node = nodes.get(row.id);
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    if (node) {
      (parent ? parent.children : roots).push(node);
    }
  }
  return { program: presentProgram(program), sections: roots, indicators: [...indicators.values()].map(presentIndicator).sort((a, b) => a.code.localeCompare(b.code)) };
}

/** Indicators by id, together with the numerators and denominators of ratios among them, transitively. */
export async function indicatorsWithInputs(executor: Executor, ids: readonly string[]) {
  const found = await indicatorsByIds(executor, ids);
  let pending = [...found.values()].flatMap((row) => [row.numerator_id, row.denominator_id]).filter((id): id is string => id !== null && !found.has(id));
  while (pending.length > 0) {
    const more = await indicatorsByIds(executor, pending);
    for (const [id, row] of more) {
      found.set(id, row);
    }
    pending = [...more.values()].flatMap((row) => [row.numerator_id, row.denominator_id]).filter((id): id is string => id !== null && !found.has(id));
  }
  return found;
}

/** The program with the given code (`29-CTr/TU`), or undefined. */
export async function findProgramByCode(executor: Executor, code: string): Promise<ProgramRow | undefined> {
  return findProgramRowByCode(executor, code);
}

/** A target runs within its program's years: from its start year to its deadline. */
function checkYears(ctx: ServiceContext, program: Pick<ProgramRow, 'start_year' | 'end_year'>, startYear: number, deadline: string): void {
  const outside = (year: number) => year < program.start_year || year > program.end_year;
  if (outside(startYear)) {
    throw invalidField(ctx.actor.locale, 'body.startYear', 'year_outside_program');
  }
  if (outside(Number(deadline.slice(0, 4)))) {
    throw invalidField(ctx.actor.locale, 'body.deadline', 'year_outside_program');
  }
}

export function createProgramService(platform: Platform) {
  const { db } = platform;

  async function resolvePlace(executor: Executor, ctx: ServiceContext, jurisdictionId: string, ownerId: string | null) {
    const locale = ctx.actor.locale;
    const [jurisdictions, owners] = await Promise.all([jurisdictionsByIds(executor, [jurisdictionId]), organisationsByIds(executor, ownerId ? [ownerId] : [])]);
    const jurisdiction = jurisdictions.get(jurisdictionId);
    if (!jurisdiction) {
      throw invalidField(locale, 'body.jurisdictionId', 'jurisdiction_unknown');
    }
    const owner = ownerId ? owners.get(ownerId) : undefined;
    if (ownerId && !owner) {
      throw invalidField(locale, 'body.ownerOrganisationId', 'organisation_unknown');
    }
    return { jurisdictionPath: jurisdiction.path, organisationPath: owner?.path ?? null };
  }

  async function checkUnits(executor: Executor, ctx: ServiceContext, leadId: string | null | undefined, partnerIds: readonly string[] | undefined): Promise<void> {
    const ids = [...(leadId ? [leadId] : []), ...(partnerIds ?? [])];
    const units = await organisationsByIds(executor, ids);
    if (leadId && !units.has(leadId)) {
      throw invalidField(ctx.actor.locale, 'body.leadOrganisationId', 'organisation_unknown');
    }
    const missing = (partnerIds ?? []).findIndex((id) => !units.has(id));
    if (missing >= 0) {
      throw invalidField(ctx.actor.locale, `body.partnerOrganisationIds.${missing}`, 'organisation_unknown');
    }
  }

  async function sectionOfProgram(executor: Executor, ctx: ServiceContext, programId: string, sectionId: string, path: string): Promise<SectionRow> {
    const section = await findSection(executor, sectionId);
    if (!section || section.program_id !== programId) {
      throw invalidField(ctx.actor.locale, path, 'section_unknown');
    }
    return section;
  }

  async function presentedActions(executor: Executor, rows: ActionRow[]): Promise<TAction[]> {
    const units = await organisationsByIds(
      executor,
      rows.flatMap((row) => [...(row.lead_organisation_id ? [row.lead_organisation_id] : []), ...partnerIdsOf(row)]),
    );
    return rows.map((row) => presentAction(row, units));
  }

  async function presentedProgram(executor: Executor, id: string): Promise<TProgram> {
    const row = await findProgramWithPlace(executor, id);
    if (!row) {
      throw notFound();
    }
    return presentProgram(row);
  }

  return {
    async list(ctx: ServiceContext, query: TProgramListQuery): Promise<Page<TProgram>> {
      const place = query.jurisdictionId ? (await jurisdictionsByIds(db, [query.jurisdictionId])).get(query.jurisdictionId) : undefined;
      if (query.jurisdictionId && !place) {
        return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      }
      const { rows, total } = await listPrograms(db, {
        scope: scopeOf(ctx.actor, 'programs.read'),
        q: query.q,
        status: query.status,
        jurisdictionPath: place?.path,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: rows.map(presentProgram), total, page: query.page, pageSize: query.pageSize };
    },

    async tree(ctx: ServiceContext, id: string): Promise<TProgramTree> {
      await requireProgram(db, ctx.actor, id);
      const tree = await loadProgramTree(db, id);
      if (!tree) {
        throw notFound();
      }
      return tree;
    },

    async create(ctx: ServiceContext, input: TProgramInput): Promise<TProgram> {
      return db.transaction().execute(async (tx) => {
        const placement = await resolvePlace(tx, ctx, input.jurisdictionId, input.ownerOrganisationId);
        authorize(ctx.actor, 'programs.manage', placement);
        if (await findProgramRowByCode(tx, input.code)) {
          throw duplicateCode(ctx.actor.locale, 'body.code', 'program_code_taken');
        }
        const now = nowIso();
        const row: ProgramRow = {
          id: newId(),
          code: input.code,
          title: input.title,
          title_en: input.titleEn,
          issuing_body: input.issuingBody,
          issued_on: input.issuedOn,
          legal_basis: input.legalBasis,
          summary: input.summary,
          status: input.status,
          start_year: input.startYear,
          end_year: input.endYear,
          jurisdiction_id: input.jurisdictionId,
          owner_organisation_id: input.ownerOrganisationId,
          published: input.published ? 1 : 0,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await insertProgram(tx, row);
        await recordAudit(tx, ctx, { action: 'programs.program.create', subjectType: 'program', subjectId: row.id, after: row });
        return presentedProgram(tx, row.id);
      });
    },

    async update(ctx: ServiceContext, id: string, input: TProgramUpdate): Promise<TProgram> {
      return db.transaction().execute(async (tx) => {
        const current = await requireProgram(tx, ctx.actor, id, 'programs.manage');
        const { jurisdiction_code: _c, jurisdiction_name: _n, jurisdiction_kind_label: _k, jurisdiction_path: _p, owner_name: _o, owner_path: _op, ...before } = current;
        const next: ProgramRow = {
          ...before,
          code: input.code ?? before.code,
          title: input.title ?? before.title,
          title_en: input.titleEn === undefined ? before.title_en : input.titleEn,
          issuing_body: input.issuingBody ?? before.issuing_body,
          issued_on: input.issuedOn ?? before.issued_on,
          legal_basis: input.legalBasis ?? before.legal_basis,
          summary: input.summary === undefined ? before.summary : input.summary,
          status: input.status ?? before.status,
          start_year: input.startYear ?? before.start_year,
          end_year: input.endYear ?? before.end_year,
          jurisdiction_id: input.jurisdictionId ?? before.jurisdiction_id,
          owner_organisation_id: input.ownerOrganisationId === undefined ? before.owner_organisation_id : input.ownerOrganisationId,
          published: input.published === undefined ? before.published : input.published ? 1 : 0,
          version: before.version + 1,
          updated_at: nowIso(),
        };
        if (next.end_year < next.start_year) {
          throw invalidField(ctx.actor.locale, 'body.endYear', 'end_before_start');
        }
        const placement = await resolvePlace(tx, ctx, next.jurisdiction_id, next.owner_organisation_id);
        authorize(ctx.actor, 'programs.manage', placement);
        if (input.version !== current.version) {
          throw conflict('stale_version');
        }
        if (next.code !== before.code && (await findProgramRowByCode(tx, next.code))) {
          throw duplicateCode(ctx.actor.locale, 'body.code', 'program_code_taken');
        }
        const { id: _id, version: _version, created_at: _created, ...changes } = next;
        if (!(await updateProgramIfVersion(tx, id, current.version, { ...changes, version: next.version }))) {
          throw conflict('stale_version');
        }
        await recordAudit(tx, ctx, { action: 'programs.program.update', subjectType: 'program', subjectId: id, before, after: next });
        return presentedProgram(tx, id);
      });
    },

    async createSection(ctx: ServiceContext, programId: string, input: TSectionInput): Promise<TSection> {
      return db.transaction().execute(async (tx) => {
        await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        if (input.parentId) {
          await sectionOfProgram(tx, ctx, programId, input.parentId, 'body.parentId');
        }
        const existing = await sectionsOf(tx, programId);
        if (existing.some((section) => section.ref === input.ref)) {
          throw duplicateCode(ctx.actor.locale, 'body.ref', 'duplicate_ref');
        }
        const row: SectionRow = {
          id: newId(),
          program_id: programId,
          parent_id: input.parentId,
          ref: input.ref,
          title: input.title,
          body: input.body,
          sort_order: input.sortOrder ?? (await nextSortOrder(tx, 'program_sections', programId)),
        };
        await tx.insertInto('program_sections').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.section.create', subjectType: 'program_section', subjectId: row.id, after: row });
        return presentSection(row);
      });
    },

    async updateSection(ctx: ServiceContext, programId: string, sectionId: string, input: TSectionUpdate): Promise<TSection> {
      return db.transaction().execute(async (tx) => {
        await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        const current = await findSection(tx, sectionId);
        if (!current || current.program_id !== programId) {
          throw notFound();
        }
        const next: SectionRow = {
          ...current,
          parent_id: input.parentId === undefined ? current.parent_id : input.parentId,
          ref: input.ref ?? current.ref,
          title: input.title ?? current.title,
          body: input.body === undefined ? current.body : input.body,
          sort_order: input.sortOrder ?? current.sort_order,
        };
        const sections = await sectionsOf(tx, programId);
        if (next.ref !== current.ref && sections.some((section) => section.ref === next.ref)) {
          throw duplicateCode(ctx.actor.locale, 'body.ref', 'duplicate_ref');
        }
        if (next.parent_id) {
          const byId = new Map(sections.map((section) => [section.id, section]));
          if (!byId.has(next.parent_id)) {
            throw invalidField(ctx.actor.locale, 'body.parentId', 'section_unknown');
          }
          // Walking up from the new parent must never meet the section itself.
          for (let cursor: string | null = next.parent_id; cursor; cursor = byId.get(cursor)?.parent_id ?? null) {
            if (cursor === sectionId) {
              throw conflict('section_cycle');
            }
          }
        }
        const { id: _id, program_id: _program, ...changes } = next;
        await tx.updateTable('program_sections').set(changes).where('id', '=', sectionId).execute();
        await recordAudit(tx, ctx, { action: 'programs.section.update', subjectType: 'program_section', subjectId: sectionId, before: current, after: next });
        return presentSection(next);
      });
    },

    async createTarget(ctx: ServiceContext, programId: string, input: TTargetInput): Promise<TTarget> {
      return db.transaction().execute(async (tx) => {
        const program = await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        checkYears(ctx, program, input.startYear, input.deadline);
        await sectionOfProgram(tx, ctx, programId, input.sectionId, 'body.sectionId');
        if (!(await indicatorsByIds(tx, [input.indicatorId])).has(input.indicatorId)) {
          throw invalidField(ctx.actor.locale, 'body.indicatorId', 'indicator_unknown');
        }
        if (input.jurisdictionId && !(await jurisdictionsByIds(tx, [input.jurisdictionId])).has(input.jurisdictionId)) {
          throw invalidField(ctx.actor.locale, 'body.jurisdictionId', 'jurisdiction_unknown');
        }
        if ((await targetsOf(tx, programId)).some((target) => target.code === input.code)) {
          throw duplicateCode(ctx.actor.locale, 'body.code');
        }
        const row: TargetRow = {
          id: newId(),
          program_id: programId,
          section_id: input.sectionId,
          indicator_id: input.indicatorId,
          code: input.code,
          label: input.label,
          baseline_value: input.baselineValue,
          baseline_year: input.baselineYear,
          target_min: input.targetMin,
          target_max: input.targetMax,
          direction: input.direction,
          applies: input.applies,
          start_year: input.startYear,
          deadline: input.deadline,
          jurisdiction_id: input.jurisdictionId ?? program.jurisdiction_id,
          sort_order: input.sortOrder ?? (await nextSortOrder(tx, 'program_targets', programId)),
        };
        await tx.insertInto('program_targets').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.target.create', subjectType: 'program_target', subjectId: row.id, after: row });
        await platform.jobs.enqueue(tx, MATERIALISE_JOB, { programId }, { createdBy: ctx.actor.userId });
        return presentTarget(row);
      });
    },

    async updateTarget(ctx: ServiceContext, programId: string, targetId: string, input: TTargetUpdate): Promise<TTarget> {
      return db.transaction().execute(async (tx) => {
        const program = await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        const current = await findTarget(tx, targetId);
        if (!current || current.program_id !== programId) {
          throw notFound();
        }
        checkYears(ctx, program, input.startYear ?? current.start_year, input.deadline ?? current.deadline);
        const next: TargetRow = {
          ...current,
          section_id: input.sectionId ?? current.section_id,
          indicator_id: input.indicatorId ?? current.indicator_id,
          code: input.code ?? current.code,
          label: input.label ?? current.label,
          baseline_value: input.baselineValue === undefined ? current.baseline_value : input.baselineValue,
          baseline_year: input.baselineYear === undefined ? current.baseline_year : input.baselineYear,
          target_min: input.targetMin === undefined ? current.target_min : input.targetMin,
          target_max: input.targetMax === undefined ? current.target_max : input.targetMax,
          direction: input.direction ?? current.direction,
          applies: input.applies ?? current.applies,
          start_year: input.startYear ?? current.start_year,
          deadline: input.deadline ?? current.deadline,
          jurisdiction_id: input.jurisdictionId ?? current.jurisdiction_id,
          sort_order: input.sortOrder ?? current.sort_order,
        };
        const locale = ctx.actor.locale;
        if ((next.direction !== 'at_most' && next.target_min === null) || (next.direction !== 'at_least' && next.target_max === null)) {
          throw invalidField(locale, next.target_min === null ? 'body.targetMin' : 'body.targetMax', 'target_bound_missing');
        }
        if (input.sectionId) {
          await sectionOfProgram(tx, ctx, programId, input.sectionId, 'body.sectionId');
        }
        if (input.indicatorId && !(await indicatorsByIds(tx, [input.indicatorId])).has(input.indicatorId)) {
          throw invalidField(locale, 'body.indicatorId', 'indicator_unknown');
        }
        if (input.jurisdictionId && !(await jurisdictionsByIds(tx, [input.jurisdictionId])).has(input.jurisdictionId)) {
          throw invalidField(locale, 'body.jurisdictionId', 'jurisdiction_unknown');
        }
        if (next.code !== current.code && (await targetsOf(tx, programId)).some((target) => target.code === next.code)) {
          throw duplicateCode(locale, 'body.code');
        }
        const { id: _id, program_id: _program, ...changes } = next;
        await tx.updateTable('program_targets').set(changes).where('id', '=', targetId).execute();
        await recordAudit(tx, ctx, { action: 'programs.target.update', subjectType: 'program_target', subjectId: targetId, before: current, after: next });
        await platform.jobs.enqueue(tx, MATERIALISE_JOB, { programId }, { createdBy: ctx.actor.userId });
        return presentTarget(next);
      });
    },

    async createAction(ctx: ServiceContext, programId: string, input: TActionInput): Promise<TAction> {
      return db.transaction().execute(async (tx) => {
        await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        await sectionOfProgram(tx, ctx, programId, input.sectionId, 'body.sectionId');
        await checkUnits(tx, ctx, input.leadOrganisationId, input.partnerOrganisationIds);
        if ((await actionsOf(tx, programId)).some((action) => action.ref === input.ref)) {
          throw duplicateCode(ctx.actor.locale, 'body.ref', 'duplicate_ref');
        }
        const row: ActionRow = {
          id: newId(),
          program_id: programId,
          section_id: input.sectionId,
          ref: input.ref,
          text: input.text,
          lead_organisation_id: input.leadOrganisationId,
          partner_organisation_ids: toJson([...new Set(input.partnerOrganisationIds)]) ?? '[]',
          deadline: input.deadline,
          sort_order: input.sortOrder ?? (await nextSortOrder(tx, 'program_actions', programId)),
        };
        await tx.insertInto('program_actions').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.action.create', subjectType: 'program_action', subjectId: row.id, after: row });
        const [presented] = await presentedActions(tx, [row]);
        return presented as TAction;
      });
    },

    async updateAction(ctx: ServiceContext, programId: string, actionId: string, input: TActionUpdate): Promise<TAction> {
      return db.transaction().execute(async (tx) => {
        await requireProgram(tx, ctx.actor, programId, 'programs.manage');
        const current = await findAction(tx, actionId);
        if (!current || current.program_id !== programId) {
          throw notFound();
        }
        if (input.sectionId) {
          await sectionOfProgram(tx, ctx, programId, input.sectionId, 'body.sectionId');
        }
        await checkUnits(tx, ctx, input.leadOrganisationId, input.partnerOrganisationIds);
        const next: ActionRow = {
          ...current,
          section_id: input.sectionId ?? current.section_id,
          ref: input.ref ?? current.ref,
          text: input.text ?? current.text,
          lead_organisation_id: input.leadOrganisationId === undefined ? current.lead_organisation_id : input.leadOrganisationId,
          partner_organisation_ids: input.partnerOrganisationIds ? (toJson([...new Set(input.partnerOrganisationIds)]) ?? '[]') : current.partner_organisation_ids,
          deadline: input.deadline === undefined ? current.deadline : input.deadline,
          sort_order: input.sortOrder ?? current.sort_order,
        };
        if (next.ref !== current.ref && (await actionsOf(tx, programId)).some((action) => action.ref === next.ref)) {
          throw duplicateCode(ctx.actor.locale, 'body.ref', 'duplicate_ref');
        }
        const { id: _id, program_id: _program, ...changes } = next;
        await tx.updateTable('program_actions').set(changes).where('id', '=', actionId).execute();
        await recordAudit(tx, ctx, { action: 'programs.action.update', subjectType: 'program_action', subjectId: actionId, before: current, after: next });
        const [presented] = await presentedActions(tx, [next]);
        return presented as TAction;
      });
    },
  };
}

export type ProgramService = ReturnType<typeof createProgramService>;
