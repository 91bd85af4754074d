import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage, S3RequestError, type S3StorageOptions } from './s3-storage.ts';
import { sha256Hex } from './sha.ts';
import { BlobNotFoundError, type BlobStorage } from './types.ts';

const BUCKET = 'opensti-test';
const content = Buffer.from('Quyết định phê duyệt danh mục nhiệm vụ khoa học và công nghệ', 'utf8');
const sha = sha256Hex(content);
const other = Buffer.from('another blob', 'utf8');

let s3rver: S3rver;
let s3Port = 0;
let s3Directory = '';
let localRoot = '';

beforeAll(async () => {
  localRoot = mkdtempSync(join(tmpdir(), 'opensti-blobs-'));
  s3Directory = mkdtempSync(join(tmpdir(), 'opensti-s3rver-'));
  // Virtual-hosted requests name the bucket in `<bucket>.s3.localhost`; path-style ones use 127.0.0.1.
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3Directory,
    serviceEndpoint: 'localhost',
    configureBuckets: [{ name: BUCKET }],
  });
  s3Port = (await s3rver.run()).port;
});

afterAll(async () => {
  await s3rver.close();
  rmSync(s3Directory, { recursive: true, force: true });
  rmSync(localRoot, { recursive: true, force: true });
});

function s3Options(overrides: Partial<S3StorageOptions> = {}): S3StorageOptions {
  return {
    endpoint: `http://127.0.0.1:${s3Port}`,
    region: 'us-east-1',
    bucket: BUCKET,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
    ...overrides,
  };
}

/**
 * `fetch` that connects to 127.0.0.1 whatever the host name says, sending that name in the Host
 * header: how the virtual-hosted style is reached without DNS for `<bucket>.s3.localhost`.
 */
function fetchViaLoopback(seenHosts: string[]): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    seenHosts.push(url.host);
    const method = init?.method ?? 'GET';
    return new Promise<Response>((resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port: url.port, method, path: `${url.pathname}${url.search}`, headers: { ...(init?.headers as Record<string, string>), host: url.host } },
        (incoming) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            if (typeof value === 'string') {
              headers.set(name, value);
            }
          }
          const status = incoming.statusCode ?? 500;
          const body = method === 'HEAD' || status === 204 ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
          if (body === null) {
            incoming.resume();
          }
          resolve(new Response(body, { status, headers }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(init?.body as Uint8Array | undefined);
    });
  };
}

const drivers: [string, () => BlobStorage][] = [
  ['local disk', () => createLocalStorage(localRoot)],
  ['S3 (path style, s3rver)', () => createS3Storage(s3Options())],
  ['S3 (virtual-hosted style, s3rver)', () => createS3Storage(s3Options({ endpoint: `http://s3.localhost:${s3Port}`, forcePathStyle: false, fetch: fetchViaLoopback([]) }))],
];

describe.each(drivers)('blob storage on %s', (_name, create) => {
  it('stores, finds, streams back and deletes a blob', async () => {
    const storage = create();
    await storage.delete(sha);
    expect(await storage.exists(sha)).toBe(false);
    await storage.put(sha, content);
    expect(await storage.exists(sha)).toBe(true);
    expect(await text(await storage.get(sha))).toBe(content.toString('utf8'));
    await storage.delete(sha);
    expect(await storage.exists(sha)).toBe(false);
    await expect(storage.delete(sha)).resolves.toBeUndefined();
  });

  it('accepts the same content twice', async () => {
    const storage = create();
    await storage.put(sha, content);
    await storage.put(sha, content);
    expect(await text(await storage.get(sha))).toBe(content.toString('utf8'));
  });

  it('reports a missing blob as BlobNotFoundError', async () => {
    const storage = create();
    await expect(storage.get(sha256Hex('never stored'))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('refuses content that does not match its key, storing nothing', async () => {
    const storage = create();
    const otherSha = sha256Hex(other);
    await expect(storage.put(otherSha, content)).rejects.toThrow('does not match');
    expect(await storage.exists(otherSha)).toBe(false);
  });

  it.each(['../../etc/passwd', 'ABCDEF'.padEnd(64, '0'), `${'a'.repeat(63)}/`, ''])('refuses the key %j', async (key) => {
    const storage = create();
    await expect(storage.exists(key)).rejects.toBeInstanceOf(TypeError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(TypeError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(TypeError);
    await expect(storage.put(key, content)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('local storage layout', () => {
  it('writes to <root>/ab/cd/<sha256> and leaves no temporary files, even under concurrent writers', async () => {
    const root = mkdtempSync(join(tmpdir(), 'opensti-layout-'));
    try {
      const storage = createLocalStorage(root);
      await Promise.all(Array.from({ length: 8 }, () => storage.put(sha, content)));
      const folder = join(root, sha.slice(0, 2), sha.slice(2, 4));
      expect(readdirSync(folder)).toEqual([sha]);
      expect(readFileSync(join(folder, sha))).toEqual(content);
      expect(statSync(join(folder, sha)).size).toBe(content.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('S3 storage against s3rver', () => {
  it('keeps objects at <prefix>ab/cd/<sha256> in the bucket', async () => {
    await createS3Storage(s3Options({ prefix: 'blobs/' })).put(sha, content);
    const response = await fetch(`http://127.0.0.1:${s3Port}/${BUCKET}/blobs/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(content.toString('utf8'));
  });

  it('addresses the bucket as a subdomain in virtual-hosted style', async () => {
    const hosts: string[] = [];
    const storage = createS3Storage(s3Options({ endpoint: `http://s3.localhost:${s3Port}`, forcePathStyle: false, fetch: fetchViaLoopback(hosts) }));
    await storage.put(sha256Hex(other), other);
    expect(hosts).toContain(`${BUCKET}.s3.localhost:${s3Port}`);
    const response = await fetch(`http://127.0.0.1:${s3Port}/${BUCKET}/files/${sha256Hex(other).slice(0, 2)}/${sha256Hex(other).slice(2, 4)}/${sha256Hex(other)}`);
    expect(await response.text()).toBe('another blob');
  });

  it('surfaces refusals of the server with their S3 error code', async () => {
    const unknownKey = createS3Storage(s3Options({ credentials: { accessKeyId: 'NOBODY', secretAccessKey: 'x' } }));
    await expect(unknownKey.get(sha)).rejects.toMatchObject({ name: 'S3RequestError', status: 403, s3Code: 'InvalidAccessKeyId' });

    const skewed = createS3Storage(s3Options({ now: () => new Date(Date.now() - 60 * 60 * 1000) }));
    await expect(skewed.get(sha)).rejects.toMatchObject({ status: 403, s3Code: 'RequestTimeTooSkewed' });

    const noBucket = createS3Storage(s3Options({ bucket: 'no-such-bucket' }));
    await expect(noBucket.get(sha)).rejects.toBeInstanceOf(S3RequestError);
    await expect(noBucket.put(sha256Hex('x'), Buffer.from('x'))).rejects.toBeInstanceOf(S3RequestError);
  });

  it('gives up waiting for a server that does not answer', async () => {
    const storage = createS3Storage(s3Options({ timeoutMs: 50, fetch: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))) }));
    await expect(storage.exists(sha)).rejects.toThrow('aborted');
  });
});
