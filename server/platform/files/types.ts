import type { Readable } from 'node:stream';
import type { Actor } from '../access/actor.ts';

export type FileVisibility = 'public' | 'authenticated' | 'owner';

/** Content-addressed blob storage: local disk by default, S3-compatible when configured. */
export interface BlobStorage {
  put(sha256: string, data: Buffer): Promise<void>;
  get(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
}

export interface StoredFile {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
  ownerUserId: string | null;
  visibility: FileVisibility;
  purpose: string;
  createdAt: string;
}

export interface FileKind {
  mediaType: string;
  extensions: string[];
}

export interface UploadRequest {
  fileName: string;
  data: Buffer;
  purpose: string;
  visibility: FileVisibility;
  /** Media types accepted for this purpose, checked against the content, not the claimed type. */
  accept: readonly string[];
  maxBytes?: number;
}

export interface FileService {
  storage: BlobStorage;
  store(actor: Actor, request: UploadRequest, requestId?: string | null): Promise<StoredFile>;
  /** The file if `actor` may read it; otherwise null, which callers turn into a 404. */
  openForRead(actor: Actor, id: string): Promise<{ file: StoredFile; stream: Readable } | null>;
}
