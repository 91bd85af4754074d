import { fileDownloadPath, UPLOAD_PURPOSES, ZFileIdParams, ZStoredFile, ZUploadFields, type TStoredFile } from '../../../common/contracts/files.ts';
import { notFound } from '../../platform/errors.ts';
import { sendStoredFile } from '../../platform/files/http.ts';
import type { StoredFile } from '../../platform/files/types.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import { parseOrThrow } from '../../platform/http/validation.ts';
import type { Platform } from '../../platform/platform.ts';
import { readMultipartUpload } from './upload.ts';

export function presentFile(file: StoredFile): TStoredFile {
  return {
    id: file.id,
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    visibility: file.visibility,
    purpose: file.purpose,
    ownerUserId: file.ownerUserId,
    createdAt: file.createdAt,
    downloadUrl: fileDownloadPath(file.id),
  };
}

export function fileRoutes(platform: Platform): AnyRoute[] {
  const files = platform.files;
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/files',
      summary: 'Upload one file (multipart: `file` and `purpose`); its type is judged by content, and it is visible to its uploader until a record publishes it',
      tags: ['files'],
      access: 'files.upload',
      consumes: 'multipart',
      response: ZStoredFile,
      status: 201,
      handler: async ({ ctx, request }) => {
        const upload = await readMultipartUpload(request, files.uploadMaxBytes);
        const { purpose } = parseOrThrow(ZUploadFields, upload.fields, 'body');
        const stored = await files.store(
          ctx.actor,
          { fileName: upload.fileName, data: upload.data, purpose, visibility: 'owner', accept: UPLOAD_PURPOSES[purpose].accept },
          ctx.requestId,
        );
        return presentFile(stored);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/files/:id',
      summary: 'Download a file as an attachment, if its visibility lets the caller read it (404 otherwise)',
      tags: ['files'],
      access: 'public',
      params: ZFileIdParams,
      raw: true,
      produces: 'application/octet-stream',
      handler: async ({ params, ctx, request, reply }) => {
        const opened = await files.openForRead(ctx.actor, params.id);
        if (!opened) {
          throw notFound();
        }
        return sendStoredFile(request, reply, opened);
      },
    }),
  ];
}
