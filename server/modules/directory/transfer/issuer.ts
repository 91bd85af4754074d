import { ROLE_PERMISSIONS } from '../../../../common/contracts/permissions.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { foldName } from '../fold.ts';
import { findJurisdiction, type JurisdictionRow } from '../jurisdictions.repository.ts';
import { findOrganisation, idsOfPath, type OrganisationRow } from '../organisations.repository.ts';

/** Who a directory report is issued by, as its Decree 30/2020 header names them. */
export interface ReportIssuer {
  superiorBody: string;
  issuingBody: string;
  /** Document symbol, e.g. "BC-SKHCN". */
  symbol: string;
  place: string;
}

export const DEFAULT_ISSUER: ReportIssuer = {
  superiorBody: 'UBND tỉnh Thái Nguyên',
  issuingBody: 'Sở Khoa học và Công nghệ',
  symbol: 'BC-SKHCN',
  place: 'Thái Nguyên',
};

const ISSUER_PREFIX = foldName('Sở Khoa học và Công nghệ');

// Decree 30/2020 (Appendix I) lets the superior body's line shorten "Ủy ban nhân dân" to "UBND".
const PEOPLES_COMMITTEE = /^(Ủy|Uỷ) ban nhân dân\s+/iu;

/**
 * The province of the requesting officer: the first scope in which they hold `directory.export`
 * (a jurisdiction, or an organisation and its jurisdiction), walked up to the top of its path.
 * Global grants name no place, so they give none.
 */
async function officerProvince(executor: Executor, actor: Actor): Promise<JurisdictionRow | undefined> {
  for (const grant of actor.grants) {
    if (!grant.scopeId || !ROLE_PERMISSIONS[grant.role].includes('directory.export')) {
      continue;
    }
    const jurisdictionId =
      grant.scopeKind === 'jurisdiction' ? grant.scopeId : grant.scopeKind === 'organisation' ? (await findOrganisation(executor, grant.scopeId))?.jurisdiction_id : undefined;
    const jurisdiction = jurisdictionId ? await findJurisdiction(executor, jurisdictionId) : undefined;
    const provinceId = jurisdiction ? idsOfPath(jurisdiction.path)[0] : undefined;
    if (provinceId) {
      return provinceId === jurisdiction?.id ? jurisdiction : findJurisdiction(executor, provinceId);
    }
  }
  return undefined;
}

/** The province's science and technology department, as the directory records it. */
async function scienceDepartment(executor: Executor, province: JurisdictionRow): Promise<OrganisationRow | undefined> {
  return executor
    .selectFrom('organisations')
    .selectAll()
    .where('jurisdiction_id', '=', province.id)
    .where('kind', 'in', ['department', 'state_agency'])
    .where('name_folded', 'like', `${ISSUER_PREFIX}%`)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** "Sở Khoa học và Công nghệ tỉnh Thái Nguyên" under the province's committee is headed "Sở Khoa học và Công nghệ". */
function withoutProvince(name: string, province: JurisdictionRow): string {
  const suffix = ` ${province.kind_label.toLocaleLowerCase('vi')} ${province.name}`;
  return name.toLocaleLowerCase('vi').endsWith(suffix.toLocaleLowerCase('vi')) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}

function symbolOf(abbreviation: string | null): string {
  const compact = (abbreviation ?? '').replace(/[^\p{L}\p{N}]/gu, '');
  return compact ? `BC-${compact}` : DEFAULT_ISSUER.symbol;
}

/**
 * The issuing body and its superior for a report the officer asks for, taken from the directory's
 * own records of the officer's province where they exist, else the platform's default province.
 */
export async function reportIssuer(executor: Executor, actor: Actor): Promise<ReportIssuer> {
  const province = await officerProvince(executor, actor);
  if (!province) {
    return DEFAULT_ISSUER;
  }
  const department = await scienceDepartment(executor, province);
  const parent = department?.parent_id ? await findOrganisation(executor, department.parent_id) : undefined;
  const superior = parent ? parent.name_vi : `Ủy ban nhân dân ${province.kind_label.toLocaleLowerCase('vi')} ${province.name}`;
  return {
    superiorBody: superior.replace(PEOPLES_COMMITTEE, 'UBND '),
    issuingBody: department ? withoutProvince(department.name_vi, province) : DEFAULT_ISSUER.issuingBody,
    symbol: department ? symbolOf(department.abbreviation) : DEFAULT_ISSUER.symbol,
    place: province.name,
  };
}
