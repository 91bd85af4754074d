import type { PartyKind, TRelation, TRelationEnd, TRelationInput, TRelationListQuery } from '../../../common/contracts/directory.ts';
import type { Page } from '../../../common/contracts/text.ts';
import type { Placement } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { fieldError, invalidReference } from './directory.errors.ts';
import { assertAllowed, whyNotWriteRelation } from './directory.policy.ts';
import { presentRelation } from './directory.presenter.ts';
import { jurisdictionsByIds } from './jurisdictions.repository.ts';
import { organisationsByIds } from './organisations.repository.ts';
import type { ServiceContext } from './organisations.service.ts';
import { peopleByIds } from './people.repository.ts';
import {
  deleteRelation,
  findRelation,
  insertRelation,
  listRelations,
  setRelationEnd,
  type PartyKey,
  type RelationRow,
} from './relations.repository.ts';

interface Party {
  key: PartyKey;
  name: string;
  placement: Placement;
}

const partyId = (key: PartyKey): string => `${key.kind}:${key.id}`;

/** Names and placements of the given parties; parties that do not exist are left out. */
async function loadParties(executor: Executor, keys: readonly PartyKey[]): Promise<Map<string, Party>> {
  const idsOf = (kind: PartyKind) => keys.filter((key) => key.kind === kind).map((key) => key.id);
  const [people, organisationsDirect] = await Promise.all([
    peopleByIds(executor, idsOf('person')),
    organisationsByIds(executor, idsOf('organisation')),
  ]);
  const affiliations = await organisationsByIds(executor, [...people.values()].flatMap((p) => (p.organisation_id ? [p.organisation_id] : [])));
  const jurisdictions = await jurisdictionsByIds(executor, [
    ...[...people.values()].map((p) => p.jurisdiction_id),
    ...[...organisationsDirect.values()].map((o) => o.jurisdiction_id),
  ]);
  const out = new Map<string, Party>();
  for (const person of people.values()) {
    const jurisdiction = jurisdictions.get(person.jurisdiction_id);
    const organisation = person.organisation_id ? affiliations.get(person.organisation_id) : undefined;
    if (jurisdiction) {
      const key: PartyKey = { kind: 'person', id: person.id };
      out.set(partyId(key), { key, name: person.full_name, placement: { jurisdictionPath: jurisdiction.path, organisationPath: organisation?.path ?? null } });
    }
  }
  for (const organisation of organisationsDirect.values()) {
    const jurisdiction = jurisdictions.get(organisation.jurisdiction_id);
    if (jurisdiction) {
      const key: PartyKey = { kind: 'organisation', id: organisation.id };
      out.set(partyId(key), { key, name: organisation.name_vi, placement: { jurisdictionPath: jurisdiction.path, organisationPath: organisation.path } });
    }
  }
  return out;
}

function endpoints(row: RelationRow): [PartyKey, PartyKey] {
  return [
    { kind: row.from_kind, id: row.from_id },
    { kind: row.to_kind, id: row.to_id },
  ];
}

async function present(executor: Executor, rows: readonly RelationRow[]): Promise<TRelation[]> {
  const parties = await loadParties(executor, rows.flatMap(endpoints));
  const names = new Map([...parties.entries()].map(([key, party]) => [key, party.name]));
  return rows.map((row) => presentRelation(row, names));
}

/** Checks that the actor covers at least one end of an existing relation. */
async function authorizeOn(executor: Executor, ctx: ServiceContext, row: RelationRow): Promise<void> {
  const [fromKey, toKey] = endpoints(row);
  const parties = await loadParties(executor, [fromKey, toKey]);
  const none: Placement = { jurisdictionPath: '', organisationPath: null };
  assertAllowed(whyNotWriteRelation(ctx.actor, parties.get(partyId(fromKey))?.placement ?? none, parties.get(partyId(toKey))?.placement ?? none));
}

export function createRelationService(platform: Platform) {
  const { db } = platform;

  async function createIn(executor: Executor, ctx: ServiceContext, input: TRelationInput): Promise<RelationRow> {
    const fromKey: PartyKey = { kind: input.fromKind, id: input.fromId };
    const toKey: PartyKey = { kind: input.toKind, id: input.toId };
    const parties = await loadParties(executor, [fromKey, toKey]);
    const from = parties.get(partyId(fromKey));
    const to = parties.get(partyId(toKey));
    const unknownCode = (kind: PartyKind) => (kind === 'person' ? 'person_unknown' : 'organisation_unknown');
    if (!from) {
      throw invalidReference(ctx.actor.locale, 'body.fromId', unknownCode(input.fromKind));
    }
    if (!to) {
      throw invalidReference(ctx.actor.locale, 'body.toId', unknownCode(input.toKind));
    }
    assertAllowed(whyNotWriteRelation(ctx.actor, from.placement, to.placement));
    const now = nowIso();
    const row: RelationRow = {
      id: newId(),
      from_kind: input.fromKind,
      from_id: input.fromId,
      to_kind: input.toKind,
      to_id: input.toId,
      kind: input.kind,
      role: input.role,
      start_date: input.startDate,
      end_date: input.endDate,
      source: input.source,
      created_at: now,
      updated_at: now,
    };
    await insertRelation(executor, row);
    await recordAudit(executor, ctx, { action: 'directory.relation.create', subjectType: 'relation', subjectId: row.id, after: row });
    return row;
  }

  return {
    createIn,

    async list(_ctx: ServiceContext, query: TRelationListQuery): Promise<Page<TRelation>> {
      const party: PartyKey = { kind: query.partyKind, id: query.partyId };
      const found = await loadParties(db, [party]);
      if (!found.has(partyId(party))) {
        throw notFound();
      }
      const { rows, total } = await listRelations(db, party, {
        kinds: query.kind ? [query.kind] : undefined,
        activeSince: query.activeSince,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: await present(db, rows), total, page: query.page, pageSize: query.pageSize };
    },

    async create(ctx: ServiceContext, input: TRelationInput): Promise<TRelation> {
      return db.transaction().execute(async (tx) => {
        const [relation] = await present(tx, [await createIn(tx, ctx, input)]);
        if (!relation) {
          throw notFound();
        }
        return relation;
      });
    },

    async end(ctx: ServiceContext, id: string, input: TRelationEnd): Promise<TRelation> {
      return db.transaction().execute(async (tx) => {
        const current = await findRelation(tx, id);
        if (!current) {
          throw notFound();
        }
        await authorizeOn(tx, ctx, current);
        if (current.start_date && input.endDate < current.start_date) {
          throw badRequest([fieldError(ctx.actor.locale, 'body.endDate', 'end_before_start')]);
        }
        const next: RelationRow = { ...current, end_date: input.endDate, updated_at: nowIso() };
        await setRelationEnd(tx, id, input.endDate, next.updated_at);
        await recordAudit(tx, ctx, { action: 'directory.relation.end', subjectType: 'relation', subjectId: id, before: current, after: next });
        const [relation] = await present(tx, [next]);
        if (!relation) {
          throw notFound();
        }
        return relation;
      });
    },

    async remove(ctx: ServiceContext, id: string): Promise<void> {
      await db.transaction().execute(async (tx) => {
        const current = await findRelation(tx, id);
        if (!current) {
          throw notFound();
        }
        await authorizeOn(tx, ctx, current);
        await deleteRelation(tx, id);
        await recordAudit(tx, ctx, { action: 'directory.relation.delete', subjectType: 'relation', subjectId: id, before: current });
      });
    },
  };
}

export type RelationService = ReturnType<typeof createRelationService>;
