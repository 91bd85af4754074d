import type {
  TOrganisation,
  TOrganisationDetail,
  TOrganisationInput,
  TOrganisationListQuery,
  TOrganisationUpdate,
} from '../../../common/contracts/directory.ts';
import type { Page } from '../../../common/contracts/text.ts';
import type { Placement } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { assertAllowed, whyNotWriteOrganisation } from './directory.policy.ts';
import { organisationRef, presentOrganisation } from './directory.presenter.ts';
import { indexOrganisations, indexPeople } from './directory.search.ts';
import { invalidReference } from './directory.errors.ts';
import { foldKeywords, foldName } from './fold.ts';
import { findJurisdiction, jurisdictionsByIds, type JurisdictionRow } from './jurisdictions.repository.ts';
import {
  childrenOf,
  findOrganisation,
  idsOfPath,
  insertOrganisation,
  listOrganisations,
  moveSubtree,
  organisationsByIds,
  updateOrganisationIfVersion,
  type OrganisationRow,
} from './organisations.repository.ts';
import { listPeople } from './people.repository.ts';

export type ServiceContext = AuditContext;

/** The province a jurisdiction belongs to (itself for a province): the first id of its path. */
export function provinceIdOf(jurisdiction: JurisdictionRow): string {
  return idsOfPath(jurisdiction.path)[0] ?? jurisdiction.id;
}

export function organisationPlacement(row: Pick<OrganisationRow, 'path'>, jurisdiction: JurisdictionRow): Placement {
  return { jurisdictionPath: jurisdiction.path, organisationPath: row.path };
}

interface ResolvedReferences {
  jurisdiction: JurisdictionRow;
  parent: OrganisationRow | null;
}

/** Checks the rows an organisation points at; a bad reference is a 400 on the field that holds it. */
async function resolveReferences(
  executor: Executor,
  ctx: ServiceContext,
  values: { jurisdiction_id: string; commune_id: string | null; parent_id: string | null },
): Promise<ResolvedReferences> {
  const locale = ctx.actor.locale;
  const jurisdiction = await findJurisdiction(executor, values.jurisdiction_id);
  if (!jurisdiction) {
    throw invalidReference(locale, 'body.jurisdictionId', 'jurisdiction_unknown');
  }
  if (values.commune_id) {
    const commune = await findJurisdiction(executor, values.commune_id);
    if (!commune || commune.kind !== 'commune') {
      throw invalidReference(locale, 'body.communeId', 'commune_unknown');
    }
    if (provinceIdOf(commune) !== provinceIdOf(jurisdiction)) {
      throw invalidReference(locale, 'body.communeId', 'commune_outside_jurisdiction');
    }
  }
  const parent = values.parent_id ? await findOrganisation(executor, values.parent_id) : null;
  if (values.parent_id && !parent) {
    throw invalidReference(locale, 'body.parentId', 'organisation_unknown');
  }
  return { jurisdiction, parent: parent ?? null };
}

function inputColumns(input: Partial<TOrganisationInput>): Partial<OrganisationRow> {
  const columns: Partial<OrganisationRow> = {
    kind: input.kind,
    name_vi: input.nameVi,
    name_en: input.nameEn,
    abbreviation: input.abbreviation,
    tax_code: input.taxCode,
    agency_code: input.agencyCode,
    address: input.address,
    jurisdiction_id: input.jurisdictionId,
    commune_id: input.communeId,
    parent_id: input.parentId,
    ror: input.ror,
    website: input.website,
    email: input.email,
    phone: input.phone,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

function withFolded<T extends Pick<OrganisationRow, 'name_vi' | 'name_en' | 'abbreviation'>>(row: T): T & Pick<OrganisationRow, 'name_folded' | 'keywords_folded'> {
  return { ...row, name_folded: foldName(row.name_vi), keywords_folded: foldKeywords([row.name_vi, row.abbreviation, row.name_en]) };
}

/** The stored row without derived columns, as audit entries record it. */
export function auditedOrganisation(row: OrganisationRow): Omit<OrganisationRow, 'name_folded' | 'keywords_folded'> {
  const { name_folded: _name, keywords_folded: _keywords, ...rest } = row;
  return rest;
}

export async function organisationDetail(executor: Executor, row: OrganisationRow): Promise<TOrganisationDetail> {
  const ancestorIds = idsOfPath(row.path).slice(0, -1);
  const [ancestors, children, jurisdictions] = await Promise.all([
    organisationsByIds(executor, ancestorIds),
    childrenOf(executor, row.id),
    jurisdictionsByIds(executor, [row.jurisdiction_id, ...(row.commune_id ? [row.commune_id] : [])]),
  ]);
  return {
    ...presentOrganisation(row, jurisdictions),
    parents: ancestorIds.flatMap((id) => {
      const ancestor = ancestors.get(id);
      return ancestor ? [organisationRef(ancestor)] : [];
    }),
    children: children.map(organisationRef),
  };
}

export interface CreatedOrganisation {
  row: OrganisationRow;
  detail: TOrganisationDetail;
}

export function createOrganisationService(platform: Platform) {
  const { db, search } = platform;

  /** Inserts one organisation inside `executor` (a transaction): policy, audit and index included. */
  async function createIn(executor: Executor, ctx: ServiceContext, input: TOrganisationInput): Promise<OrganisationRow> {
    const columns = { jurisdiction_id: input.jurisdictionId, commune_id: input.communeId, parent_id: input.parentId };
    const { jurisdiction, parent } = await resolveReferences(executor, ctx, columns);
    const id = newId();
    const path = `${parent?.path ?? '/'}${id}/`;
    assertAllowed(whyNotWriteOrganisation(ctx.actor, organisationPlacement({ path }, jurisdiction)));
    const now = nowIso();
    const row: OrganisationRow = withFolded({
      id,
      kind: input.kind,
      name_vi: input.nameVi,
      name_en: input.nameEn,
      abbreviation: input.abbreviation,
      tax_code: input.taxCode,
      agency_code: input.agencyCode,
      address: input.address,
      ...columns,
      path,
      ror: input.ror,
      website: input.website,
      email: input.email,
      phone: input.phone,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await insertOrganisation(executor, row);
    await recordAudit(executor, ctx, {
      action: 'directory.organisation.create',
      subjectType: 'organisation',
      subjectId: id,
      after: auditedOrganisation(row),
    });
    await indexOrganisations(search, executor, [row]);
    return row;
  }

  async function updateIn(executor: Executor, ctx: ServiceContext, id: string, input: TOrganisationUpdate): Promise<OrganisationRow> {
    const current = await findOrganisation(executor, id);
    if (!current) {
      throw notFound();
    }
    const currentJurisdiction = await findJurisdiction(executor, current.jurisdiction_id);
    if (!currentJurisdiction) {
      throw new Error(`organisation ${id} has no jurisdiction`);
    }
    assertAllowed(whyNotWriteOrganisation(ctx.actor, organisationPlacement(current, currentJurisdiction)));
    const merged = withFolded({ ...current, ...inputColumns(input) });
    const { jurisdiction, parent } = await resolveReferences(executor, ctx, merged);
    if (parent && parent.path.startsWith(current.path)) {
      throw conflict('organisation_cycle');
    }
    const path = `${parent?.path ?? '/'}${id}/`;
    assertAllowed(whyNotWriteOrganisation(ctx.actor, organisationPlacement({ path }, jurisdiction)));
    if (input.version !== current.version) {
      throw conflict('stale_version');
    }
    const next: OrganisationRow = { ...merged, path, version: current.version + 1, updated_at: nowIso() };
    const { id: _id, version: _version, created_at: _created, ...changes } = next;
    if (!(await updateOrganisationIfVersion(executor, id, current.version, changes))) {
      throw conflict('stale_version');
    }
    if (path !== current.path) {
      await moveSubtree(executor, current.path, path);
    }
    await recordAudit(executor, ctx, {
      action: 'directory.organisation.update',
      subjectType: 'organisation',
      subjectId: id,
      before: auditedOrganisation(current),
      after: auditedOrganisation(next),
    });
    await indexOrganisations(search, executor, [next]);
    if (next.name_vi !== current.name_vi || next.abbreviation !== current.abbreviation) {
      // People's documents carry their organisation's name.
      const staff = await listPeople(executor, { organisationId: id, page: 1, pageSize: 10_000 });
      await indexPeople(search, executor, staff.rows);
    }
    return next;
  }

  return {
    createIn,
    updateIn,

    async list(_ctx: ServiceContext, query: TOrganisationListQuery): Promise<Page<TOrganisation>> {
      const jurisdiction = query.jurisdictionId ? await findJurisdiction(db, query.jurisdictionId) : undefined;
      if (query.jurisdictionId && !jurisdiction) {
        return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      }
      const { rows, total } = await listOrganisations(db, {
        q: query.q,
        kind: query.kind,
        parentId: query.parentId,
        jurisdictionPath: jurisdiction?.path,
        page: query.page,
        pageSize: query.pageSize,
      });
      const jurisdictions = await jurisdictionsByIds(db, rows.flatMap((row) => [row.jurisdiction_id, ...(row.commune_id ? [row.commune_id] : [])]));
      return { items: rows.map((row) => presentOrganisation(row, jurisdictions)), total, page: query.page, pageSize: query.pageSize };
    },

    async get(_ctx: ServiceContext, id: string): Promise<TOrganisationDetail> {
      const row = await findOrganisation(db, id);
      if (!row) {
        throw notFound();
      }
      return organisationDetail(db, row);
    },

    async create(ctx: ServiceContext, input: TOrganisationInput): Promise<TOrganisationDetail> {
      return db.transaction().execute(async (tx) => organisationDetail(tx, await createIn(tx, ctx, input)));
    },

    async update(ctx: ServiceContext, id: string, input: TOrganisationUpdate): Promise<TOrganisationDetail> {
      return db.transaction().execute(async (tx) => organisationDetail(tx, await updateIn(tx, ctx, id, input)));
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
