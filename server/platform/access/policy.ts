import { ROLE_PERMISSIONS, type Permission } from '../../../common/contracts/permissions.ts';
import type { ErrorCode } from '../../../common/contracts/errors.ts';
import { AppError } from '../errors.ts';
import type { Actor, Grant } from './actor.ts';

/**
 * Where a record sits in the identity graph: the path of its jurisdiction and, when it belongs to
 * an organisation, that organisation's path. Grants cover a subject when their scope path is a
 * prefix of the subject's path.
 */
export interface Placement {
  jurisdictionPath: string;
  organisationPath?: string | null;
}

export interface Refusal {
  code: ErrorCode;
  status: 401 | 403 | 404;
  params?: Record<string, string | number>;
}

function grantCovers(grant: Grant, placement: Placement | undefined): boolean {
  if (grant.scopeKind === 'global') {
    return true;
  }
  if (!placement || !grant.scopePath) {
    return false;
  }
  const path = grant.scopeKind === 'jurisdiction' ? placement.jurisdictionPath : placement.organisationPath;
  return typeof path === 'string' && path.startsWith(grant.scopePath);
}

function grantsWith(actor: Actor, permission: Permission): Grant[] {
  return actor.grants.filter((grant) => ROLE_PERMISSIONS[grant.role].includes(permission));
}

/**
 * Why `actor` may not use `permission` on a record placed at `placement` (or anywhere, when no
 * placement is given); null when it may.
 */
export function whyNot(actor: Actor, permission: Permission, placement?: Placement): Refusal | null {
  if (actor.kind === 'anonymous') {
    return { code: 'unauthenticated', status: 401 };
  }
  const grants = grantsWith(actor, permission);
  if (grants.length === 0) {
    return { code: 'missing_role', status: 403 };
  }
  if (placement === undefined) {
    return null;
  }
  return grants.some((grant) => grantCovers(grant, placement)) ? null : { code: 'outside_scope', status: 403 };
}

export function can(actor: Actor, permission: Permission, placement?: Placement): boolean {
  return whyNot(actor, permission, placement) === null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.grants.some((grant) => grant.role === 'admin' && grant.scopeKind === 'global');
}

export function refusalError(refusal: Refusal): AppError {
  return new AppError(refusal.code, refusal.status, { params: refusal.params });
}

/** Throws the refusal as an AppError (401/403 with its reason code) unless the actor may act. */
export function authorize(actor: Actor, permission: Permission, placement?: Placement): void {
  const refusal = whyNot(actor, permission, placement);
  if (refusal) {
    throw refusalError(refusal);
  }
}

/**
 * The part of the graph where `actor` holds `permission`, for list queries to apply in SQL:
 * `all` for global grants; otherwise path prefixes per scope kind (empty lists mean nothing).
 */
export interface Scope {
  all: boolean;
  jurisdictionPaths: string[];
  organisationPaths: string[];
}

export function scopeOf(actor: Actor, permission: Permission): Scope {
  const grants = grantsWith(actor, permission);
  return {
    all: grants.some((grant) => grant.scopeKind === 'global'),
    jurisdictionPaths: grants.flatMap((g) => (g.scopeKind === 'jurisdiction' && g.scopePath ? [g.scopePath] : [])),
    organisationPaths: grants.flatMap((g) => (g.scopeKind === 'organisation' && g.scopePath ? [g.scopePath] : [])),
  };
}
