/** JSON is stored as text in both databases so the same code reads it back. */
export function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') {
    return fallback;
  }
  return JSON.parse(text) as T;
}
