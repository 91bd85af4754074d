import type { TSupportRecord, TSupportRecordInput, TSupportRecordListQuery, TSupportRecordUpdate } from '../../../common/contracts/programs.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { authorize, can, scopeOf } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { MATERIALISE_JOB } from './indicators/job-kinds.ts';
import { invalidField } from './programs.errors.ts';
import { findProgramWithPlace, jurisdictionsByIds, organisationsByIds } from './programs.repository.ts';
import { findSupport, listSupport, programsCovering, type SupportRow, type SupportRowWithPlace } from './support.repository.ts';

function presentSupport(row: SupportRowWithPlace): TSupportRecord {
  return {
    id: row.id,
    organisation: { id: row.organisation_id, nameVi: row.organisation_name },
    programId: row.program_id,
    kind: row.kind,
    supportedOn: row.supported_on,
    description: row.description,
    amountVnd: row.amount_vnd,
    origin: row.origin,
    originRef: row.origin_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const placementOf = (row: Pick<SupportRowWithPlace, 'jurisdiction_path' | 'organisation_path'>) => ({
  jurisdictionPath: row.jurisdiction_path,
  organisationPath: row.organisation_path,
});

/**
 * Support given to enterprises (the records `programs.enterprises_supported` counts). An officer
 * enters them over the organisations in their scope; later modules feed them with their own
 * `origin`. A record sits where its organisation sits. Each change re-computes the values of the
 * active programs that cover the organisation, through the job queue.
 */
export function createSupportService(platform: Platform) {
  const { db } = platform;

  async function organisationPlace(executor: Executor, ctx: AuditContext, organisationId: string) {
    const organisation = (await organisationsByIds(executor, [organisationId])).get(organisationId);
    const jurisdiction = organisation ? (await jurisdictionsByIds(executor, [organisation.jurisdiction_id])).get(organisation.jurisdiction_id) : undefined;
    if (!organisation || !jurisdiction) {
      throw invalidField(ctx.actor.locale, 'body.organisationId', 'organisation_unknown');
    }
    return { organisation_name: organisation.name_vi, organisation_path: organisation.path, jurisdiction_path: jurisdiction.path };
  }

  async function checkProgram(executor: Executor, ctx: AuditContext, programId: string | null): Promise<void> {
    if (programId && !(await findProgramWithPlace(executor, programId))) {
      throw invalidField(ctx.actor.locale, 'body.programId', 'program_unknown');
    }
  }

  async function readable(executor: Executor, ctx: AuditContext, id: string): Promise<SupportRowWithPlace> {
    const row = await findSupport(executor, id);
    if (!row || !(can(ctx.actor, 'programs.read', placementOf(row)) || can(ctx.actor, 'programs.support.write', placementOf(row)))) {
      throw notFound();
    }
    return row;
  }

  async function rematerialise(tx: Tx, ctx: AuditContext, jurisdictionPaths: readonly string[]): Promise<void> {
    const programIds = new Set((await Promise.all(jurisdictionPaths.map((path) => programsCovering(tx, path)))).flat());
    for (const programId of programIds) {
      await platform.jobs.enqueue(tx, MATERIALISE_JOB, { programId }, { createdBy: ctx.actor.userId });
    }
  }

  return {
    async list(ctx: AuditContext, query: TSupportRecordListQuery): Promise<Page<TSupportRecord>> {
      const read = scopeOf(ctx.actor, 'programs.read');
      const write = scopeOf(ctx.actor, 'programs.support.write');
      const scope = {
        all: read.all || write.all,
        jurisdictionPaths: [...read.jurisdictionPaths, ...write.jurisdictionPaths],
        organisationPaths: [...read.organisationPaths, ...write.organisationPaths],
      };
      const { rows, total } = await listSupport(db, { scope, ...query });
      return { items: rows.map(presentSupport), total, page: query.page, pageSize: query.pageSize };
    },

    async get(ctx: AuditContext, id: string): Promise<TSupportRecord> {
      return presentSupport(await readable(db, ctx, id));
    },

    async create(ctx: AuditContext, input: TSupportRecordInput): Promise<TSupportRecord> {
      return db.transaction().execute(async (tx) => {
        const place = await organisationPlace(tx, ctx, input.organisationId);
        authorize(ctx.actor, 'programs.support.write', placementOf(place));
        await checkProgram(tx, ctx, input.programId);
        const now = nowIso();
        const row: SupportRow = {
          id: newId(),
          organisation_id: input.organisationId,
          program_id: input.programId,
          kind: input.kind,
          supported_on: input.supportedOn,
          description: input.description,
          amount_vnd: input.amountVnd,
          origin: 'manual',
          origin_ref: null,
          created_by: ctx.actor.userId,
          created_at: now,
          updated_at: now,
        };
        await tx.insertInto('support_records').values(row).execute();
        await recordAudit(tx, ctx, { action: 'programs.support.create', subjectType: 'support_record', subjectId: row.id, after: row });
        await rematerialise(tx, ctx, [place.jurisdiction_path]);
        return presentSupport({ ...row, ...place });
      });
    },

    async update(ctx: AuditContext, id: string, input: TSupportRecordUpdate): Promise<TSupportRecord> {
      return db.transaction().execute(async (tx) => {
        const current = await readable(tx, ctx, id);
        authorize(ctx.actor, 'programs.support.write', placementOf(current));
        const place = input.organisationId && input.organisationId !== current.organisation_id ? await organisationPlace(tx, ctx, input.organisationId) : current;
        authorize(ctx.actor, 'programs.support.write', placementOf(place));
        if (input.programId !== undefined) {
          await checkProgram(tx, ctx, input.programId);
        }
        const { organisation_name: _n, organisation_path: _o, jurisdiction_path: _j, ...before } = current;
        const next: SupportRow = {
          ...before,
          organisation_id: input.organisationId ?? before.organisation_id,
          program_id: input.programId === undefined ? before.program_id : input.programId,
          kind: input.kind ?? before.kind,
          supported_on: input.supportedOn ?? before.supported_on,
          description: input.description ?? before.description,
          amount_vnd: input.amountVnd === undefined ? before.amount_vnd : input.amountVnd,
          updated_at: nowIso(),
        };
        const { id: _id, created_at: _created, created_by: _by, ...changes } = next;
        await tx.updateTable('support_records').set(changes).where('id', '=', id).execute();
        await recordAudit(tx, ctx, { action: 'programs.support.update', subjectType: 'support_record', subjectId: id, before, after: next });
        await rematerialise(tx, ctx, [current.jurisdiction_path, place.jurisdiction_path]);
        return presentSupport({ ...next, organisation_name: place.organisation_name, organisation_path: place.organisation_path, jurisdiction_path: place.jurisdiction_path });
      });
    },

    async remove(ctx: AuditContext, id: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const current = await readable(tx, ctx, id);
        authorize(ctx.actor, 'programs.support.write', placementOf(current));
        const { organisation_name: _n, organisation_path: _o, jurisdiction_path: _j, ...before } = current;
        await tx.deleteFrom('support_records').where('id', '=', id).execute();
        await recordAudit(tx, ctx, { action: 'programs.support.delete', subjectType: 'support_record', subjectId: id, before });
        await rematerialise(tx, ctx, [current.jurisdiction_path]);
      });
    },
  };
}

export type SupportService = ReturnType<typeof createSupportService>;
