export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  kind: ChangeKind;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of an audit entry's before/after snapshots side by side, changed ones first. A
 * snapshot that is not an object (or is missing) is compared as a single value named "".
 */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    if (before === undefined && after === undefined) {
      return [];
    }
    const kind: ChangeKind = before === undefined || before === null ? 'added' : after === undefined || after === null ? 'removed' : same(before, after) ? 'unchanged' : 'changed';
    return [{ field: '', before, after, kind }];
  }
  const left = isPlainObject(before) ? before : {};
  const right = isPlainObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const changes = fields.map((field): FieldChange => {
    const inLeft = field in left && isPlainObject(before);
    const inRight = field in right && isPlainObject(after);
    const kind: ChangeKind = !inLeft ? 'added' : !inRight ? 'removed' : same(left[field], right[field]) ? 'unchanged' : 'changed';
    return { field, before: left[field], after: right[field], kind };
  });
  const order: Record<ChangeKind, number> = { changed: 0, added: 1, removed: 2, unchanged: 3 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || a.field.localeCompare(b.field));
}

/** A snapshot value as short readable text: strings as they are, everything else as compact JSON. */
export function showValue(value: unknown): string {
  if (value === undefined) {
    return '';
  }
  if (value === null) {
    return '∅';
  }
  if (typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}
