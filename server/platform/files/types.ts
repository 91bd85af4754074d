import type { Readable } from 'node:stream';
import type { Actor } from '../access/actor.ts';
import type { FileVisibility } from '../../../common/contracts/files.ts';

export type { FileVisibility } from '../../../common/contracts/files.ts';

/**
 * Content-addressed blob storage: local disk by default, S3-compatible when configured. Keys are
 * always a lower-case 64-hex sha256 of the content; drivers refuse anything else and check that
 * the content matches its key, so identical uploads share one blob.
 */
export interface BlobStorage {
  /** Stores `data` under its hash; storing the same content again is a no-op. */
  put(sha256: string, data: Buffer): Promise<void>;
  /** A stream of the blob; rejects with `BlobNotFoundError` when it does not exist. */
  get(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(sha256: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`blob ${sha256} does not exist`);
    this.name = 'BlobNotFoundError';
  }
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
  /** Extensions a name may carry for this kind, the first one canonical (lower case, no dot). */
  extensions: readonly string[];
}

export interface UploadRequest {
  fileName: string;
  data: Buffer;
  /** A short machine name (`attachment`, `library.document`…): lower case, digits, `_ . -`. */
  purpose: string;
  visibility: FileVisibility;
  /** Media types accepted for this purpose, checked against the content, not the claimed type. */
  accept: readonly string[];
  /** A tighter limit than the installation's `UPLOAD_MAX_BYTES`; never a looser one. */
  maxBytes?: number;
}

export interface OpenedFile {
  file: StoredFile;
  stream: Readable;
}

export interface FileService {
  storage: BlobStorage;
  /** The installation's upper bound on one file, for readers that must stop early. */
  readonly uploadMaxBytes: number;
  /**
   * Checks size, name and content type, writes the blob and records the file with an audit entry.
   * Any signed-in or system actor may store; callers apply their own permission first.
   */
  store(actor: Actor, request: UploadRequest, requestId?: string | null): Promise<StoredFile>;
  /** The file if `actor` may read it under its visibility; otherwise null, which callers turn into a 404. */
  openForRead(actor: Actor, id: string): Promise<OpenedFile | null>;
  /** Metadata without an access check, for modules that link files to their records and apply their own rule. */
  find(id: string): Promise<StoredFile | null>;
  /** Opens a file without an access check; the caller has already decided the actor may read it. */
  open(id: string): Promise<OpenedFile | null>;
  /** Widens or narrows who may read a file (e.g. when a record it belongs to is published), with an audit entry. */
  setVisibility(actor: Actor, id: string, visibility: FileVisibility, requestId?: string | null): Promise<StoredFile>;
}
