import { v7 as uuidv7 } from 'uuid';

/** Time-ordered identifiers: index-friendly in both databases and sortable by creation. */
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
