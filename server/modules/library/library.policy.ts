import type { SearchVisibility } from '../../platform/search/types.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { can, type Placement } from '../../platform/access/policy.ts';
import type { RecordPlace, RecordRow } from './library.repository.ts';

/**
 * Who may see and change a library record. Deny by default: a record a caller may not read does not
 * exist for them (404), whatever its state.
 */

export const placementOf = (place: RecordPlace): Placement => ({ jurisdictionPath: place.jurisdictionPath, organisationPath: place.organisationPath });

export const today = (): string => new Date().toISOString().slice(0, 10);

export function isEmbargoed(row: Pick<RecordRow, 'embargo_until'>, on: string = today()): boolean {
  return row.embargo_until !== null && row.embargo_until > on;
}

export function isDepositor(actor: Actor, row: Pick<RecordRow, 'depositor_id'>): boolean {
  return actor.userId !== null && row.depositor_id === actor.userId;
}

export function canCurate(actor: Actor, place: RecordPlace): boolean {
  return can(actor, 'library.curate', placementOf(place));
}

export function canReadRestricted(actor: Actor, place: RecordPlace): boolean {
  return can(actor, 'library.read_restricted', placementOf(place)) || canCurate(actor, place);
}

/** Whether the caller may read a record published (or, for a tombstone, once published) at its access level. */
function mayReadPublished(actor: Actor, row: RecordRow, place: RecordPlace): boolean {
  if (isDepositor(actor, row) || canReadRestricted(actor, place)) {
    return true;
  }
  if (isEmbargoed(row) || row.access_level === 'restricted') {
    return false;
  }
  return row.access_level === 'public' || actor.kind !== 'anonymous';
}

export function canRead(actor: Actor, row: RecordRow, place: RecordPlace): boolean {
  if (row.status === 'published' || row.status === 'withdrawn') {
    return mayReadPublished(actor, row, place);
  }
  return isDepositor(actor, row) || canCurate(actor, place);
}

/** Depositors edit until they submit and again when changes are asked for; curators edit until withdrawal. */
export function canEdit(actor: Actor, row: RecordRow, place: RecordPlace): boolean {
  if (row.status === 'withdrawn') {
    return false;
  }
  if (canCurate(actor, place)) {
    return true;
  }
  return isDepositor(actor, row) && (row.status === 'draft' || row.status === 'changes_requested');
}

export function canSubmit(actor: Actor, row: RecordRow, place: RecordPlace): boolean {
  return (row.status === 'draft' || row.status === 'changes_requested') && (isDepositor(actor, row) || canCurate(actor, place));
}

/**
 * How the search admits a record: public only when published, public and out of embargo;
 * `registered` to signed-in users; restricted and embargoed ones to readers of restricted records
 * in the record's jurisdiction. Null when it must not be indexed at all.
 */
export function searchVisibility(row: RecordRow, on: string = today()): SearchVisibility | null {
  if (row.status !== 'published') {
    return null;
  }
  if (row.access_level === 'restricted' || isEmbargoed(row, on)) {
    return 'internal';
  }
  return row.access_level === 'registered' ? 'authenticated' : 'public';
}
