import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { assertContentMatches, shardedKey } from './sha.ts';
import { EMPTY_PAYLOAD_SHA256, encodeRfc3986, signRequest, type Credentials } from './sigv4.ts';
import { BlobNotFoundError, type BlobStorage } from './types.ts';

export interface S3StorageOptions {
  /** Service endpoint without the bucket, e.g. `https://s3.ap-southeast-1.amazonaws.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  region: string;
  bucket: string;
  credentials: Credentials;
  /** `https://host/bucket/key` when true; `https://bucket.host/key` (virtual-hosted) when false. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, so the bucket can hold other things too. */
  prefix?: string;
  /** How long to wait for the response headers of one request. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

export class S3RequestError extends Error {
  constructor(
    readonly method: string,
    readonly status: number,
    readonly s3Code: string | null,
  ) {
    super(`object storage ${method} failed: HTTP ${status}${s3Code ? ` ${s3Code}` : ''}`);
    this.name = 'S3RequestError';
  }
}

/** The `<Code>` of an S3 XML error body; the rest may echo request details and is not kept. */
async function errorCode(response: Response): Promise<string | null> {
  const body = await response.text().catch(() => '');
  return /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(body)?.[1] ?? null;
}

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…) at `<prefix>ab/cd/<sha256>`,
 * spoken to with plain `fetch` and Signature Version 4.
 */
export function createS3Storage(options: S3StorageOptions): BlobStorage {
  const endpoint = new URL(options.endpoint);
  const basePath = endpoint.pathname.replace(/\/+$/, '');
  const prefix = options.prefix ?? 'files/';
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 30_000;

  function objectUrl(sha256: string): URL {
    const key = `${prefix}${shardedKey(sha256)}`.split('/').map(encodeRfc3986).join('/');
    if (options.forcePathStyle) {
      return new URL(`${endpoint.protocol}//${endpoint.host}${basePath}/${encodeRfc3986(options.bucket)}/${key}`);
    }
    return new URL(`${endpoint.protocol}//${options.bucket}.${endpoint.host}${basePath}/${key}`);
  }

  async function send(method: 'GET' | 'PUT' | 'HEAD' | 'DELETE', sha256: string, body?: Buffer): Promise<Response> {
    const url = objectUrl(sha256);
    const payloadHash = body ? sha256 : EMPTY_PAYLOAD_SHA256;
    const headers: Record<string, string> = { 'x-amz-content-sha256': payloadHash };
    if (body) {
      headers['content-type'] = 'application/octet-stream';
    }
    const signed = signRequest(
      { method, url, headers, payloadHash },
      { credentials: options.credentials, region: options.region, service: 's3', date: now() },
    );
    // The timer only bounds the wait for headers: a large download may legitimately stream longer.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`object storage ${method} timed out`)), timeoutMs);
    try {
      // Node buffers sit on plain ArrayBuffers (never shared memory), which is what fetch takes.
      const payload = body as Uint8Array<ArrayBuffer> | undefined;
      return await doFetch(url, { method, headers: signed.headers, body: payload, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  async function exists(sha256: string): Promise<boolean> {
    const response = await send('HEAD', sha256);
    await discardBody(response);
    if (response.status === 404) {
      return false;
    }
    if (!response.ok) {
      throw new S3RequestError('HEAD', response.status, null);
    }
    return true;
  }

  return {
    async put(sha256, data) {
      assertContentMatches(sha256, data);
      if (await exists(sha256)) {
        return;
      }
      const response = await send('PUT', sha256, data);
      if (!response.ok) {
        throw new S3RequestError('PUT', response.status, await errorCode(response));
      }
      await discardBody(response);
    },

    async get(sha256) {
      const response = await send('GET', sha256);
      if (response.status === 404) {
        // A missing bucket is a configuration fault, not a missing blob.
        const code = await errorCode(response);
        if (code !== null && code !== 'NoSuchKey') {
          throw new S3RequestError('GET', 404, code);
        }
        throw new BlobNotFoundError(sha256);
      }
      if (!response.ok || !response.body) {
        throw new S3RequestError('GET', response.status, await errorCode(response));
      }
      return Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
    },

    exists,

    async delete(sha256) {
      const response = await send('DELETE', sha256);
      if (!response.ok && response.status !== 404) {
        throw new S3RequestError('DELETE', response.status, await errorCode(response));
      }
      await discardBody(response);
    },
  };
}
