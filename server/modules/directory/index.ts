import type { Placement } from '../../platform/access/policy.ts';
import type { ScopeTarget } from '../../platform/access/scopes.ts';
import type { Executor } from '../../platform/db/client.ts';
import type { ModuleManifest } from '../../platform/module.ts';
import type { Platform } from '../../platform/platform.ts';
import { directoryRoutes, type DirectoryServices } from './directory.routes.ts';
import { fullJurisdictionName } from './directory.presenter.ts';
import { directoryIndicators } from './indicators.ts';
import { seedDemoDirectory } from './demo/seed-demo.ts';
import { findJurisdiction, findJurisdictionByCode as findJurisdictionRowByCode, jurisdictionsByIds, type JurisdictionRow } from './jurisdictions.repository.ts';
import { createJurisdictionService } from './jurisdictions.service.ts';
import { findOrganisation, organisationsByIds, type OrganisationRow } from './organisations.repository.ts';
import { createOrganisationService, organisationPlacement } from './organisations.service.ts';
import { findPerson } from './people.repository.ts';
import { createPersonService, personPlacement } from './people.service.ts';
import { seedReferenceData } from './reference/seed-reference.ts';
import { relationsOf, type PartyKey, type RelationFilter, type RelationRow } from './relations.repository.ts';
import { createRelationService } from './relations.service.ts';
import { createDirectorySearchService } from './search.service.ts';
import { defineTransferJobs, transferRoutes } from './transfer/transfer.routes.ts';

// The benchmarks take the platform folding from here; `foldName` is the form names are stored in.
export { foldText } from '../../../common/search/index.ts';
export { foldName } from './fold.ts';
export { indexPeople } from './directory.search.ts';
export { seedReferenceData, type ReferenceSeedResult } from './reference/seed-reference.ts';
export type { JurisdictionRow, OrganisationRow, PartyKey, RelationFilter, RelationRow };
export type { PersonRow } from './people.repository.ts';

export function createDirectoryServices(platform: Platform): DirectoryServices {
  return {
    jurisdictions: createJurisdictionService(platform),
    organisations: createOrganisationService(platform),
    people: createPersonService(platform),
    relations: createRelationService(platform),
    search: createDirectorySearchService(platform),
  };
}

/** A jurisdiction by its statistics-office code (`19` for Thái Nguyên, `05443` for a ward). */
export async function findJurisdictionByCode(platform: Platform, code: string): Promise<JurisdictionRow | null> {
  return (await findJurisdictionRowByCode(platform.db, code)) ?? null;
}

/** An organisation by its exact Vietnamese name (demo data and fixtures name their scopes this way). */
export async function findOrganisationByName(platform: Platform, nameVi: string): Promise<OrganisationRow | null> {
  return (await platform.db.selectFrom('organisations').selectAll().where('name_vi', '=', nameVi).orderBy('created_at').executeTakeFirst()) ?? null;
}

/** Where an organisation sits, for other modules' policy checks on records it owns; null if unknown. */
export async function placementOfOrganisation(executor: Executor, organisationId: string): Promise<Placement | null> {
  const organisation = await findOrganisation(executor, organisationId);
  const jurisdiction = organisation ? await findJurisdiction(executor, organisation.jurisdiction_id) : undefined;
  return organisation && jurisdiction ? organisationPlacement(organisation, jurisdiction) : null;
}

/** Where a person sits (their jurisdiction and current organisation); null if unknown. */
export async function placementOfPerson(executor: Executor, personId: string): Promise<Placement | null> {
  const person = await findPerson(executor, personId);
  if (!person) {
    return null;
  }
  const [jurisdiction, organisation] = await Promise.all([
    findJurisdiction(executor, person.jurisdiction_id),
    person.organisation_id ? findOrganisation(executor, person.organisation_id) : undefined,
  ]);
  return jurisdiction ? personPlacement(jurisdiction, organisation) : null;
}

/**
 * Relations of a party, e.g. for conflict-of-interest checks: employment in the last five years is
 * `relationsOfParty(db, { kind: 'person', id }, { kinds: ['employment'], activeSince: '2021-06-01' })`.
 */
export async function relationsOfParty(executor: Executor, party: PartyKey, filter: RelationFilter = {}): Promise<RelationRow[]> {
  return relationsOf(executor, party, filter);
}

function registerScopes(platform: Platform): void {
  platform.scopes.register('jurisdiction', async (ids) => {
    const rows = await jurisdictionsByIds(platform.db, ids);
    return new Map([...rows.values()].map((row): [string, ScopeTarget] => [row.id, { id: row.id, path: row.path, name: fullJurisdictionName(row) }]));
  });
  platform.scopes.register('organisation', async (ids) => {
    const rows = await organisationsByIds(platform.db, ids);
    return new Map([...rows.values()].map((row): [string, ScopeTarget] => [row.id, { id: row.id, path: row.path, name: row.name_vi }]));
  });
}

export const directoryModule: ModuleManifest = {
  name: 'directory',
  indicators: directoryIndicators,
  routes: (platform) => {
    const services = createDirectoryServices(platform);
    return [...directoryRoutes(services), ...transferRoutes(platform)];
  },
  register: (platform) => {
    registerScopes(platform);
    defineTransferJobs(platform, createDirectoryServices(platform));
  },
  seedReference: async (platform) => {
    await seedReferenceData(platform.db);
  },
  seedDemo: (platform) => seedDemoDirectory(platform, createDirectoryServices(platform)),
};
