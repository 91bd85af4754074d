import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (m=19 MiB, t=2, p=1): the OWASP minimum, ~13 ms per hash
// on a server core. Algorithm 2 is Argon2id.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    // Spend the same time as a real check so response timing does not reveal unknown accounts.
    await verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A valid Argon2id hash of a random string that no one knows.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$PyJLcnXqJho4IdEzlbIimw$cTVLiGp0lp8LKOAQ0eN/uzonmQUGEadZTj6b+nhGtCc';
