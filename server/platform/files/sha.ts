import { createHash } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Storage keys and paths are only ever built from a validated digest; anything else is a bug in
 * the caller and must not reach the file system or the object store.
 */
export function assertSha256(value: string): void {
  if (!SHA256_HEX.test(value)) {
    throw new TypeError('blob key must be a lower-case hex sha256');
  }
}

export function assertContentMatches(sha256: string, data: Buffer): void {
  assertSha256(sha256);
  if (sha256Hex(data) !== sha256) {
    throw new TypeError('blob content does not match its sha256 key');
  }
}

/** `ab/cd/abcd…`: two levels of fan-out keep directories and listings small. */
export function shardedKey(sha256: string): string {
  assertSha256(sha256);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}
