import type { TOrganisationInput, TPersonInput } from '../../../common/contracts/directory.ts';
import type { Role } from '../../../common/contracts/permissions.ts';
import type { Actor, Grant } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Platform } from '../../platform/platform.ts';
import type { JurisdictionRow } from './jurisdictions.repository.ts';
import { findJurisdictionByCode } from './jurisdictions.repository.ts';
import type { ServiceContext } from './organisations.service.ts';

/** Test helpers shared by the directory's suites; not part of the module's public face. */

export const HA_NOI = '01';
export const THAI_NGUYEN = '19';

export async function jurisdiction(platform: Platform, code: string): Promise<JurisdictionRow> {
  const row = await findJurisdictionByCode(platform.db, code);
  if (!row) {
    throw new Error(`reference data lacks ${code}`);
  }
  return row;
}

export interface ScopedGrant {
  role: Role;
  scope?: { kind: 'jurisdiction' | 'organisation'; id: string; path: string };
}

export function actorWith(grants: readonly ScopedGrant[], options: { personId?: string } = {}): Actor {
  return {
    kind: 'user',
    userId: newId(),
    personId: options.personId ?? null,
    displayName: 'Người dùng thử nghiệm',
    locale: 'vi',
    grants: grants.map(
      (grant): Grant => ({
        id: newId(),
        role: grant.role,
        scopeKind: grant.scope?.kind ?? 'global',
        scopeId: grant.scope?.id ?? null,
        scopePath: grant.scope?.path ?? null,
        scopeName: null,
      }),
    ),
  };
}

export const ctxOf = (actor: Actor): ServiceContext => ({ actor, requestId: 'test-request' });

export function organisationInput(jurisdictionId: string, overrides: Partial<TOrganisationInput> = {}): TOrganisationInput {
  return {
    kind: 'research_institute',
    nameVi: 'Viện Nghiên cứu thử nghiệm',
    nameEn: null,
    abbreviation: null,
    taxCode: null,
    agencyCode: null,
    address: null,
    jurisdictionId,
    communeId: null,
    parentId: null,
    ror: null,
    website: null,
    email: null,
    phone: null,
    ...overrides,
  };
}

export function personInput(jurisdictionId: string, overrides: Partial<TPersonInput> = {}): TPersonInput {
  return {
    fullName: 'Nguyễn Văn An',
    jurisdictionId,
    organisationId: null,
    birthYear: 1980,
    gender: 'male',
    degree: 'doctor',
    academicTitle: null,
    fieldCodes: [],
    orcid: null,
    email: 'an.nv@demo.opensti.vn',
    phone: '0208 0000 001',
    position: 'Nghiên cứu viên',
    ...overrides,
  };
}
