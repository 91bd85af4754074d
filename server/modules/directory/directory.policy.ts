import type { Permission } from '../../../common/contracts/permissions.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { can, refusalError, whyNot, type Placement, type Refusal } from '../../platform/access/policy.ts';

/**
 * Directory rules. Organisations, reference data and people's public profiles are open to
 * everyone; contact details and birth data need `directory.read_private` over the person; writes
 * need the matching `directory.*.write` permission over the record's jurisdiction or organisation
 * subtree — before and after a change, so nobody moves a record into or out of reach.
 */

/** Why `actor` may not use `permission` at every one of `placements`; null when it may. */
function whyNotAll(actor: Actor, permission: Permission, placements: readonly Placement[]): Refusal | null {
  for (const placement of placements) {
    const refusal = whyNot(actor, permission, placement);
    if (refusal) {
      return refusal;
    }
  }
  return placements.length === 0 ? whyNot(actor, permission) : null;
}

export function whyNotWriteOrganisation(actor: Actor, ...placements: Placement[]): Refusal | null {
  return whyNotAll(actor, 'directory.organisation.write', placements);
}

export function whyNotWritePerson(actor: Actor, ...placements: Placement[]): Refusal | null {
  return whyNotAll(actor, 'directory.person.write', placements);
}

/**
 * A relation joins two parties that may sit in different scopes (a Thái Nguyên researcher
 * employed in Hà Nội): covering either end is enough to record or end it.
 */
export function whyNotWriteRelation(actor: Actor, from: Placement, to: Placement): Refusal | null {
  const fromRefusal = whyNot(actor, 'directory.relation.write', from);
  if (!fromRefusal) {
    return null;
  }
  return whyNot(actor, 'directory.relation.write', to) ? fromRefusal : null;
}

export function canReadPrivate(actor: Actor, placement: Placement): boolean {
  return can(actor, 'directory.read_private', placement);
}

export function whyNotImport(actor: Actor): Refusal | null {
  return whyNot(actor, 'directory.import');
}

export function whyNotExport(actor: Actor): Refusal | null {
  return whyNot(actor, 'directory.export');
}

export function assertAllowed(refusal: Refusal | null): void {
  if (refusal) {
    throw refusalError(refusal);
  }
}
