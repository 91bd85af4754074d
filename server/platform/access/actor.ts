import type { Locale } from '../../../common/i18n/locale.ts';
import type { Role, ScopeKind } from '../../../common/contracts/permissions.ts';

export interface Grant {
  /** The stored grant's id; null for the built-in grants of the system actor. */
  id: string | null;
  role: Role;
  scopeKind: ScopeKind;
  scopeId: string | null;
  /** Materialised path of the scope (jurisdiction or organisation), e.g. `/a/b/`; null for global. */
  scopePath: string | null;
  /** Display name of the scope, for people reading their own roles. */
  scopeName: string | null;
}

export interface Actor {
  kind: 'anonymous' | 'user' | 'system';
  userId: string | null;
  personId: string | null;
  displayName: string;
  grants: readonly Grant[];
  locale: Locale;
}

export function anonymousActor(locale: Locale): Actor {
  return { kind: 'anonymous', userId: null, personId: null, displayName: '', grants: [], locale };
}

/** The actor for command-line tools and jobs: a global administrator that leaves its name in the audit trail. */
export function systemActor(name = 'system', locale: Locale = 'vi'): Actor {
  return {
    kind: 'system',
    userId: null,
    personId: null,
    displayName: name,
    grants: [{ id: null, role: 'admin', scopeKind: 'global', scopeId: null, scopePath: null, scopeName: null }],
    locale,
  };
}
