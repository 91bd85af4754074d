import type { TSessionUser } from '../../../../../common/contracts/auth.ts';

/**
 * The area a new record most likely belongs to: the first area the user was granted. An officer
 * of Thái Nguyên creating an organisation starts with Thái Nguyên filled in.
 */
export function defaultJurisdiction(user: Pick<TSessionUser, 'grants'> | null): { id: string; label: string } | null {
  const grant = user?.grants.find((candidate) => candidate.scopeKind === 'jurisdiction' && candidate.scopeId);
  return grant?.scopeId ? { id: grant.scopeId, label: grant.scopeName ?? grant.scopeId } : null;
}
