import { ROLE_PERMISSIONS, type Permission } from '../../../common/contracts/permissions.ts';
import type { TGrant, TSessionUser } from '../../../common/contracts/auth.ts';
import type { TUser } from '../../../common/contracts/accounts.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { isAdmin } from '../../platform/access/policy.ts';
import type { ResolvedGrant } from './actor-loader.ts';
import type { UserRow } from './accounts.repository.ts';

export function presentGrant(grant: ResolvedGrant): TGrant {
  return { id: grant.id ?? '', role: grant.role, scopeKind: grant.scopeKind, scopeId: grant.scopeId, scopeName: grant.scopeName };
}

export function presentUser(row: UserRow, grants: readonly ResolvedGrant[]): TUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    status: row.status,
    locale: row.locale === 'en' ? 'en' : 'vi',
    personId: row.person_id,
    requestedRole: row.requested_role,
    requestedOrganisation: row.requested_organisation_id,
    grants: grants.map(presentGrant),
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

/** What the web app needs to know about the signed-in user, including what it may show them. */
export function presentSessionUser(email: string, actor: Actor): TSessionUser | null {
  if (actor.kind !== 'user' || !actor.userId) {
    return null;
  }
  const permissions = new Set<Permission>(actor.grants.flatMap((grant) => ROLE_PERMISSIONS[grant.role]));
  return {
    id: actor.userId,
    email,
    displayName: actor.displayName,
    locale: actor.locale,
    personId: actor.personId,
    grants: actor.grants.map(presentGrant),
    permissions: [...permissions],
    isAdmin: isAdmin(actor),
  };
}
