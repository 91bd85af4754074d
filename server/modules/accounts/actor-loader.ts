import { ROLES, SCOPE_KINDS, type Role, type ScopeKind } from '../../../common/contracts/permissions.ts';
import { isLocale, type Locale } from '../../../common/i18n/locale.ts';
import type { Actor, Grant } from '../../platform/access/actor.ts';
import type { ScopeRegistry, ScopeTarget } from '../../platform/access/scopes.ts';
import type { Executor } from '../../platform/db/client.ts';
import { grantsOfUsers, type GrantRow } from './accounts.repository.ts';

export type ResolvedGrant = Grant;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function isScopeKind(value: string): value is ScopeKind {
  return (SCOPE_KINDS as readonly string[]).includes(value);
}

/** Attaches scope paths and names to grant rows: one lookup per scope kind, whatever the number of grants. */
export async function resolveGrants(scopes: ScopeRegistry, rows: readonly GrantRow[]): Promise<ResolvedGrant[]> {
  const idsOf = (kind: 'jurisdiction' | 'organisation') =>
    rows.flatMap((row) => (row.scope_kind === kind && row.scope_id ? [row.scope_id] : []));
  const [jurisdictions, organisations] = await Promise.all([
    scopes.resolve('jurisdiction', idsOf('jurisdiction')),
    scopes.resolve('organisation', idsOf('organisation')),
  ]);
  return rows.flatMap((row): ResolvedGrant[] => {
    if (!isRole(row.role) || !isScopeKind(row.scope_kind)) {
      return [];
    }
    let target: ScopeTarget | undefined;
    if (row.scope_kind !== 'global' && row.scope_id) {
      target = (row.scope_kind === 'jurisdiction' ? jurisdictions : organisations).get(row.scope_id);
      // A grant whose scope no longer exists grants nothing rather than everything.
      if (!target) {
        return [];
      }
    }
    return [
      {
        id: row.id,
        role: row.role,
        scopeKind: row.scope_kind,
        scopeId: row.scope_id,
        scopePath: target?.path ?? null,
        scopeName: target?.name ?? null,
      },
    ];
  });
}

export async function loadUserActor(
  executor: Executor,
  scopes: ScopeRegistry,
  user: { id: string; display_name: string; person_id: string | null; locale: string },
  requestLocale?: Locale,
): Promise<Actor> {
  const grants = await resolveGrants(scopes, await grantsOfUsers(executor, [user.id]));
  return {
    kind: 'user',
    userId: user.id,
    personId: user.person_id,
    displayName: user.display_name,
    grants,
    locale: requestLocale ?? (isLocale(user.locale) ? user.locale : 'vi'),
  };
}
