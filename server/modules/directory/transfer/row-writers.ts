import type { TOrganisationInput, TPersonInput } from '../../../../common/contracts/directory.ts';
import type { Executor } from '../../../platform/db/client.ts';
import type { SheetRow } from '../../../platform/documents/index.ts';
import { notFound } from '../../../platform/errors.ts';
import { invalidReference } from '../directory.errors.ts';
import { canReadPrivate } from '../directory.policy.ts';
import type { DirectoryServices } from '../directory.routes.ts';
import { findJurisdiction, findJurisdictionByCode } from '../jurisdictions.repository.ts';
import { findOrganisation } from '../organisations.repository.ts';
import type { ServiceContext } from '../organisations.service.ts';
import { findPerson } from '../people.repository.ts';
import { personPlacement } from '../people.service.ts';
import type { organisationSheet, personSheet } from './sheets.ts';

/** Writes one imported row through the same service code as the forms do. */
export interface RowWriter<T> {
  write(executor: Executor, ctx: ServiceContext, row: T): Promise<void>;
  /** Values no two rows of one file may share (ids, ORCID iDs), as `[column key, value]`. */
  uniqueKeys(row: T): [string, string][];
}

async function jurisdictionId(executor: Executor, ctx: ServiceContext, code: string, path: string, kind: 'jurisdiction' | 'commune'): Promise<string> {
  const row = await findJurisdictionByCode(executor, code);
  if (!row) {
    throw invalidReference(ctx.actor.locale, path, kind === 'commune' ? 'commune_unknown' : 'jurisdiction_unknown');
  }
  return row.id;
}

export function writeOrganisationRow(services: DirectoryServices): RowWriter<SheetRow<typeof organisationSheet.columns>> {
  return {
    uniqueKeys: (row) => (row.id ? [['id', row.id]] : []),
    async write(executor, ctx, row) {
      const input: TOrganisationInput = {
        kind: row.kind,
        nameVi: row.nameVi,
        nameEn: row.nameEn,
        abbreviation: row.abbreviation,
        taxCode: row.taxCode,
        agencyCode: row.agencyCode,
        address: row.address,
        jurisdictionId: await jurisdictionId(executor, ctx, row.jurisdictionCode, 'body.jurisdictionId', 'jurisdiction'),
        communeId: row.communeCode ? await jurisdictionId(executor, ctx, row.communeCode, 'body.communeId', 'commune') : null,
        parentId: row.parentId,
        ror: row.ror,
        website: row.website,
        email: row.email,
        phone: row.phone,
      };
      if (!row.id) {
        await services.organisations.createIn(executor, ctx, input);
        return;
      }
      const current = await findOrganisation(executor, row.id);
      if (!current) {
        throw notFound();
      }
      await services.organisations.updateIn(executor, ctx, row.id, { ...input, version: current.version });
    },
  };
}

/**
 * A file exported by someone who could not see contact details has those cells empty: on update,
 * they only count when the importer may read them, so such a file never wipes what it did not show.
 */
async function maySeePrivate(executor: Executor, ctx: ServiceContext, personId: string, jurisdictionIdOf: string, organisationId: string | null): Promise<boolean> {
  if (ctx.actor.personId === personId) {
    return true;
  }
  const jurisdiction = await findJurisdiction(executor, jurisdictionIdOf);
  const organisation = organisationId ? await findOrganisation(executor, organisationId) : undefined;
  return jurisdiction !== undefined && canReadPrivate(ctx.actor, personPlacement(jurisdiction, organisation));
}

export function writePersonRow(services: DirectoryServices): RowWriter<SheetRow<typeof personSheet.columns>> {
  return {
    uniqueKeys: (row) => [...(row.id ? [['id', row.id] as [string, string]] : []), ...(row.orcid ? [['orcid', row.orcid] as [string, string]] : [])],
    async write(executor, ctx, row) {
      const input: TPersonInput = {
        fullName: row.fullName,
        jurisdictionId: await jurisdictionId(executor, ctx, row.jurisdictionCode, 'body.jurisdictionId', 'jurisdiction'),
        organisationId: row.organisationId,
        birthYear: row.birthYear,
        gender: row.gender,
        degree: row.degree,
        academicTitle: row.academicTitle,
        fieldCodes: row.fieldCodes ?? [],
        orcid: row.orcid,
        email: row.email,
        phone: row.phone,
        position: row.position,
      };
      if (!row.id) {
        await services.people.createIn(executor, ctx, input);
        return;
      }
      const current = await findPerson(executor, row.id);
      if (!current) {
        throw notFound();
      }
      const { birthYear, gender, email, phone, ...open } = input;
      const full = (await maySeePrivate(executor, ctx, current.id, current.jurisdiction_id, current.organisation_id)) ? { birthYear, gender, email, phone } : {};
      await services.people.updateIn(executor, ctx, row.id, { ...open, ...full, version: current.version });
    },
  };
}
