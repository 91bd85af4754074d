/** Longest error text kept on a job or an outbox row: enough to diagnose, never a whole dump. */
export const MAX_ERROR_LENGTH = 2000;

/**
 * Delay before attempt `attempt + 1` after attempt `attempt` failed: doubling from `baseMs`, capped
 * at `maxMs`, then spread by ±25 % so jobs that failed together (an SMTP outage) do not all come
 * back in the same second.
 */
export function exponentialBackoff(attempt: number, options: { baseMs?: number; maxMs?: number; random?: () => number } = {}): number {
  const base = options.baseMs ?? 5_000;
  const max = options.maxMs ?? 3_600_000;
  const random = options.random ?? Math.random;
  const exponent = Math.max(0, attempt - 1);
  const delay = Math.min(max, base * 2 ** Math.min(exponent, 30));
  return Math.round(delay * (0.75 + random() * 0.5));
}

/** The message of a thrown value, without stack or cause, cut to a storable length. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  const text = message.trim() === '' ? (error instanceof Error ? error.name : 'Unknown error') : message;
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
