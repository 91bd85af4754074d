import type { TPerson, TPersonInput, TPersonListQuery, TPersonUpdate } from '../../../common/contracts/directory.ts';
import type { Page } from '../../../common/contracts/text.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Placement } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { invalidReference, orcidTaken } from './directory.errors.ts';
import { assertAllowed, canReadPrivate, whyNotWritePerson } from './directory.policy.ts';
import { presentPerson } from './directory.presenter.ts';
import { indexPeople } from './directory.search.ts';
import { foldName } from './fold.ts';
import { fieldsByCodes, findJurisdiction, jurisdictionsByIds, type JurisdictionRow } from './jurisdictions.repository.ts';
import { findOrganisation, organisationsByIds, type OrganisationRow } from './organisations.repository.ts';
import type { ServiceContext } from './organisations.service.ts';
import {
  fieldCodesOf,
  findPerson,
  findPersonByOrcid,
  insertPerson,
  listPeople,
  replaceFields,
  updatePersonIfVersion,
  type PersonRow,
} from './people.repository.ts';

export function personPlacement(jurisdiction: JurisdictionRow, organisation: OrganisationRow | null | undefined): Placement {
  return { jurisdictionPath: jurisdiction.path, organisationPath: organisation?.path ?? null };
}

/** Public profiles for everyone; contact and birth data for the person themself and for scoped readers. */
export async function presentPeople(executor: Executor, actor: Actor, rows: readonly PersonRow[]): Promise<TPerson[]> {
  const [jurisdictions, organisations, fieldCodes] = await Promise.all([
    jurisdictionsByIds(executor, rows.map((row) => row.jurisdiction_id)),
    organisationsByIds(executor, rows.flatMap((row) => (row.organisation_id ? [row.organisation_id] : []))),
    fieldCodesOf(executor, rows.map((row) => row.id)),
  ]);
  const fields = await fieldsByCodes(executor, [...fieldCodes.values()].flat());
  const showPrivate = (row: PersonRow): boolean => {
    if (actor.personId !== null && actor.personId === row.id) {
      return true;
    }
    const jurisdiction = jurisdictions.get(row.jurisdiction_id);
    const organisation = row.organisation_id ? organisations.get(row.organisation_id) : null;
    return jurisdiction !== undefined && canReadPrivate(actor, personPlacement(jurisdiction, organisation));
  };
  return rows.map((row) => presentPerson(row, { jurisdictions, organisations, fields, fieldCodes, showPrivate }));
}

async function presentOne(executor: Executor, actor: Actor, row: PersonRow): Promise<TPerson> {
  const [person] = await presentPeople(executor, actor, [row]);
  if (!person) {
    throw notFound();
  }
  return person;
}

interface PersonReferences {
  jurisdiction: JurisdictionRow;
  organisation: OrganisationRow | null;
}

async function resolveReferences(
  executor: Executor,
  ctx: ServiceContext,
  values: { id: string; jurisdiction_id: string; organisation_id: string | null; orcid: string | null },
  fieldCodes: readonly string[] | undefined,
): Promise<PersonReferences> {
  const locale = ctx.actor.locale;
  const jurisdiction = await findJurisdiction(executor, values.jurisdiction_id);
  if (!jurisdiction) {
    throw invalidReference(locale, 'body.jurisdictionId', 'jurisdiction_unknown');
  }
  const organisation = values.organisation_id ? await findOrganisation(executor, values.organisation_id) : null;
  if (values.organisation_id && !organisation) {
    throw invalidReference(locale, 'body.organisationId', 'organisation_unknown');
  }
  if (fieldCodes && fieldCodes.length > 0) {
    const known = await fieldsByCodes(executor, fieldCodes);
    const index = fieldCodes.findIndex((code) => !known.has(code));
    if (index >= 0) {
      throw invalidReference(locale, `body.fieldCodes.${index}`, 'field_unknown');
    }
  }
  if (values.orcid) {
    const holder = await findPersonByOrcid(executor, values.orcid);
    if (holder && holder.id !== values.id) {
      throw orcidTaken(locale);
    }
  }
  return { jurisdiction, organisation: organisation ?? null };
}

function inputColumns(input: Partial<TPersonInput>): Partial<PersonRow> {
  const columns: Partial<PersonRow> = {
    full_name: input.fullName,
    jurisdiction_id: input.jurisdictionId,
    organisation_id: input.organisationId,
    birth_year: input.birthYear,
    gender: input.gender,
    degree: input.degree,
    academic_title: input.academicTitle,
    orcid: input.orcid,
    email: input.email,
    phone: input.phone,
    position: input.position,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** The stored row and its fields, as audit entries record them. */
function audited(row: PersonRow, fieldCodes: readonly string[]): Record<string, unknown> {
  const { name_folded: _folded, ...rest } = row;
  return { ...rest, field_codes: fieldCodes };
}

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

export function createPersonService(platform: Platform) {
  const { db, search } = platform;

  async function createIn(executor: Executor, ctx: ServiceContext, input: TPersonInput): Promise<PersonRow> {
    const id = newId();
    const codes = unique(input.fieldCodes);
    const now = nowIso();
    const row: PersonRow = {
      id,
      jurisdiction_id: input.jurisdictionId,
      organisation_id: input.organisationId,
      full_name: input.fullName,
      name_folded: foldName(input.fullName),
      birth_year: input.birthYear,
      gender: input.gender,
      degree: input.degree,
      academic_title: input.academicTitle,
      orcid: input.orcid,
      email: input.email,
      phone: input.phone,
      position: input.position,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    const { jurisdiction, organisation } = await resolveReferences(executor, ctx, row, codes);
    assertAllowed(whyNotWritePerson(ctx.actor, personPlacement(jurisdiction, organisation)));
    await insertPerson(executor, row);
    await replaceFields(executor, id, codes);
    await recordAudit(executor, ctx, { action: 'directory.person.create', subjectType: 'person', subjectId: id, after: audited(row, codes) });
    await indexPeople(search, executor, [row]);
    return row;
  }

  async function updateIn(executor: Executor, ctx: ServiceContext, id: string, input: TPersonUpdate): Promise<PersonRow> {
    const current = await findPerson(executor, id);
    if (!current) {
      throw notFound();
    }
    const before = await resolveReferences(executor, ctx, { ...current, orcid: null }, undefined);
    assertAllowed(whyNotWritePerson(ctx.actor, personPlacement(before.jurisdiction, before.organisation)));
    const currentCodes = (await fieldCodesOf(executor, [id])).get(id) ?? [];
    const codes = input.fieldCodes ? unique(input.fieldCodes) : currentCodes;
    const merged = { ...current, ...inputColumns(input) };
    const after = await resolveReferences(executor, ctx, merged, input.fieldCodes ? codes : undefined);
    assertAllowed(whyNotWritePerson(ctx.actor, personPlacement(after.jurisdiction, after.organisation)));
    if (input.version !== current.version) {
      throw conflict('stale_version');
    }
    const next: PersonRow = { ...merged, name_folded: foldName(merged.full_name), version: current.version + 1, updated_at: nowIso() };
    const { id: _id, version: _version, created_at: _created, ...changes } = next;
    if (!(await updatePersonIfVersion(executor, id, current.version, changes))) {
      throw conflict('stale_version');
    }
    if (input.fieldCodes) {
      await replaceFields(executor, id, codes);
    }
    await recordAudit(executor, ctx, {
      action: 'directory.person.update',
      subjectType: 'person',
      subjectId: id,
      before: audited(current, currentCodes),
      after: audited(next, codes),
    });
    await indexPeople(search, executor, [next]);
    return next;
  }

  return {
    createIn,
    updateIn,

    async list(ctx: ServiceContext, query: TPersonListQuery): Promise<Page<TPerson>> {
      const jurisdiction = query.jurisdictionId ? await findJurisdiction(db, query.jurisdictionId) : undefined;
      if (query.jurisdictionId && !jurisdiction) {
        return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      }
      const { rows, total } = await listPeople(db, {
        q: query.q,
        organisationId: query.organisationId,
        jurisdictionPath: jurisdiction?.path,
        field: query.field,
        degree: query.degree,
        academicTitle: query.academicTitle,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: await presentPeople(db, ctx.actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    async get(ctx: ServiceContext, id: string): Promise<TPerson> {
      const row = await findPerson(db, id);
      if (!row) {
        throw notFound();
      }
      return presentOne(db, ctx.actor, row);
    },

    async create(ctx: ServiceContext, input: TPersonInput): Promise<TPerson> {
      return db.transaction().execute(async (tx) => {
        return presentOne(tx, ctx.actor, await createIn(tx, ctx, input));
      });
    },

    async update(ctx: ServiceContext, id: string, input: TPersonUpdate): Promise<TPerson> {
      return db.transaction().execute(async (tx) => {
        return presentOne(tx, ctx.actor, await updateIn(tx, ctx, id, input));
      });
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
