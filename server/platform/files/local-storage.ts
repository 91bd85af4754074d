import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { assertContentMatches, shardedKey } from './sha.ts';
import { BlobNotFoundError, type BlobStorage } from './types.ts';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}

/**
 * Blobs on local disk at `<root>/ab/cd/<sha256>`. A write goes to a temporary file in the target
 * directory, is flushed, then renamed into place, so a reader never sees a partial blob and a
 * crash leaves at most a stray temporary file.
 */
export function createLocalStorage(root: string): BlobStorage {
  const base = resolve(root);
  const pathOf = (sha256: string): string => join(base, ...shardedKey(sha256).split('/'));

  async function exists(sha256: string): Promise<boolean> {
    try {
      return (await stat(pathOf(sha256))).isFile();
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  return {
    async put(sha256, data) {
      assertContentMatches(sha256, data);
      const target = pathOf(sha256);
      if (await exists(sha256)) {
        return;
      }
      await mkdir(dirname(target), { recursive: true });
      const temporary = join(dirname(target), `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await open(temporary, 'wx', 0o640);
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(sha256): Promise<Readable> {
      const path = pathOf(sha256);
      try {
        // Opening first turns a missing blob into a rejection here rather than a stream error later.
        const handle = await open(path, 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isMissing(error)) {
          throw new BlobNotFoundError(sha256);
        }
        throw error;
      }
    },

    exists,

    async delete(sha256) {
      try {
        await unlink(pathOf(sha256));
      } catch (error) {
        if (!isMissing(error)) {
          throw error;
        }
      }
    },
  };
}
