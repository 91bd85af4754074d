import type { ScopeKind } from '../../../common/contracts/permissions.ts';

type ScopedKind = Exclude<ScopeKind, 'global'>;

export interface ScopeTarget {
  id: string;
  path: string;
  name: string;
}

/**
 * Grants name a jurisdiction or an organisation by id; policies compare materialised paths. The
 * module that owns those records (the directory) registers how to look them up, so the platform
 * and the accounts module need not know its tables.
 */
export type ScopeResolver = (ids: readonly string[]) => Promise<Map<string, ScopeTarget>>;

export class ScopeRegistry {
  private readonly resolvers = new Map<ScopedKind, ScopeResolver>();

  register(kind: ScopedKind, resolver: ScopeResolver): void {
    this.resolvers.set(kind, resolver);
  }

  async resolve(kind: ScopedKind, ids: readonly string[]): Promise<Map<string, ScopeTarget>> {
    const resolver = this.resolvers.get(kind);
    if (!resolver || ids.length === 0) {
      return new Map();
    }
    return resolver(ids);
  }
}
