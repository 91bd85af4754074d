import type { Logger } from 'pino';
import type { Actor } from '../access/actor.ts';
import { isAdmin } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { FilesTable } from '../db/platform-tables.ts';
import { AppError, notFound, unauthenticated } from '../errors.ts';
import { detectFileKind } from './detect.ts';
import { claimedExtension, extensionOf, sanitizeFileName } from './file-name.ts';
import { sha256Hex } from './sha.ts';
import { BlobNotFoundError, type BlobStorage, type FileService, type FileVisibility, type OpenedFile, type StoredFile, type UploadRequest } from './types.ts';

export interface FileServiceOptions {
  db: Db;
  storage: BlobStorage;
  config: { uploadMaxBytes: number };
  logger: Logger;
}

const PURPOSE = /^[a-z][a-z0-9_.-]{0,63}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fileTooLarge = (maxBytes: number): AppError => new AppError('file_too_large', 413, { params: { maxBytes } });
export const fileTypeRejected = (): AppError => new AppError('file_type_rejected', 415);

function toStoredFile(row: FilesTable): StoredFile {
  return {
    id: row.id,
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type,
    fileName: row.file_name,
    ownerUserId: row.owner_user_id,
    visibility: row.visibility,
    purpose: row.purpose,
    createdAt: row.created_at,
  };
}

/** The visibility rule: public to anyone, authenticated to any signed-in actor, owner to its owner and administrators. */
export function mayReadFile(actor: Actor, file: Pick<StoredFile, 'visibility' | 'ownerUserId'>): boolean {
  switch (file.visibility) {
    case 'public':
      return true;
    case 'authenticated':
      return actor.kind !== 'anonymous';
    case 'owner':
      return (actor.userId !== null && actor.userId === file.ownerUserId) || isAdmin(actor);
  }
}

function auditView(file: StoredFile): Record<string, unknown> {
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    purpose: file.purpose,
    visibility: file.visibility,
  };
}

export function createFileService(options: FileServiceOptions): FileService {
  const { db, storage, logger } = options;
  const uploadMaxBytes = options.config.uploadMaxBytes;

  /** The stored name: sanitised, and carrying the extension of what the content really is. */
  function checkedName(request: UploadRequest): { fileName: string; mediaType: string } {
    const sanitised = sanitizeFileName(request.fileName);
    const kind = detectFileKind(request.data, extensionOf(sanitised));
    if (!kind || !request.accept.includes(kind.mediaType)) {
      logger.info({ purpose: request.purpose, detected: kind?.mediaType ?? null }, 'upload refused: content type not accepted');
      throw fileTypeRejected();
    }
    const claimed = claimedExtension(sanitised);
    if (claimed !== null && !kind.extensions.includes(claimed)) {
      logger.info({ purpose: request.purpose, detected: kind.mediaType, claimed }, 'upload refused: name and content disagree');
      throw fileTypeRejected();
    }
    const canonical = kind.extensions[0];
    const fileName = claimed === null && canonical ? sanitizeFileName(`${sanitised}.${canonical}`) : sanitised;
    return { fileName, mediaType: kind.mediaType };
  }

  async function find(id: string): Promise<StoredFile | null> {
    if (!ID.test(id)) {
      return null;
    }
    const row = await db.selectFrom('files').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
    return row ? toStoredFile(row) : null;
  }

  async function open(id: string): Promise<OpenedFile | null> {
    const file = await find(id);
    return file ? openBlob(file) : null;
  }

  async function openBlob(file: StoredFile): Promise<OpenedFile | null> {
    try {
      return { file, stream: await storage.get(file.sha256) };
    } catch (error) {
      if (error instanceof BlobNotFoundError) {
        logger.error({ fileId: file.id, sha256: file.sha256 }, 'file record without its blob');
        return null;
      }
      throw error;
    }
  }

  return {
    storage,
    uploadMaxBytes,

    async store(actor, request, requestId = null) {
      if (actor.kind === 'anonymous') {
        throw unauthenticated();
      }
      if (!PURPOSE.test(request.purpose)) {
        throw new TypeError(`invalid file purpose "${request.purpose}"`);
      }
      const limit = Math.min(uploadMaxBytes, request.maxBytes ?? uploadMaxBytes);
      if (request.data.length > limit) {
        throw fileTooLarge(limit);
      }
      const { fileName, mediaType } = checkedName(request);
      const sha256 = sha256Hex(request.data);
      // The blob goes first: a row never points at missing content. Should the transaction fail,
      // the blob is left unreferenced, which is harmless for content-addressed storage.
      await storage.put(sha256, request.data);
      const file: StoredFile = {
        id: newId(),
        sha256,
        size: request.data.length,
        mediaType,
        fileName,
        ownerUserId: actor.userId,
        visibility: request.visibility,
        purpose: request.purpose,
        createdAt: nowIso(),
      };
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('files')
          .values({
            id: file.id,
            sha256: file.sha256,
            size: file.size,
            media_type: file.mediaType,
            file_name: file.fileName,
            owner_user_id: file.ownerUserId,
            visibility: file.visibility,
            purpose: file.purpose,
            created_at: file.createdAt,
          })
          .execute();
        await recordAudit(tx, { actor, requestId }, { action: 'file.upload', subjectType: 'file', subjectId: file.id, after: auditView(file) });
      });
      logger.info({ fileId: file.id, size: file.size, mediaType, purpose: file.purpose }, 'file stored');
      return file;
    },

    async openForRead(actor, id) {
      const file = await find(id);
      if (!file || !mayReadFile(actor, file)) {
        return null;
      }
      return openBlob(file);
    },

    find,
    open,

    async setVisibility(actor, id, visibility: FileVisibility, requestId = null) {
      const before = await find(id);
      if (!before) {
        throw notFound();
      }
      if (before.visibility === visibility) {
        return before;
      }
      const after: StoredFile = { ...before, visibility };
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('files').set({ visibility }).where('id', '=', before.id).execute();
        await recordAudit(tx, { actor, requestId }, {
          action: 'file.visibility',
          subjectType: 'file',
          subjectId: before.id,
          before: { visibility: before.visibility },
          after: { visibility },
        });
      });
      return after;
    },
  };
}
