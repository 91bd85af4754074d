import type { FastifyRequest } from 'fastify';
import { UPLOAD_FILE_FIELD } from '../../../../common/contracts/files.ts';
import { AppError, badRequest } from '../../../platform/errors.ts';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import { parseOrThrow } from '../../../platform/http/validation.ts';
import type { Platform } from '../../../platform/platform.ts';
import { exportJob } from './export.ts';
import { importJob } from './import.ts';
import { createTransferService, importMaxBytes } from './transfer.service.ts';
import { ZLibraryExportRequest, ZLibraryImportFields, ZLibraryJobAccepted, ZLibraryJobParams, ZLibraryTransferJob } from './transfer.schemas.ts';

const tags = ['library'];
const BASE = '/api/v1/library/transfer';

export function defineTransferJobs(platform: Platform): void {
  platform.jobs.define(importJob(platform));
  platform.jobs.define(exportJob(platform));
}

/** The one file and the text fields of an import request, read with a hard size bound. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer; fields: Record<string, string> }> {
  let file: { fileName: string; data: Buffer } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== UPLOAD_FILE_FIELD || file !== null) {
        part.file.resume();
        throw badRequest([{ path: `body.${part.fieldname}`, code: 'unexpected_file', message: 'unexpected_file' }]);
      }
      const data = await part.toBuffer();
      if (part.file.truncated) {
        throw new AppError('file_too_large', 413, { params: { maxBytes } });
      }
      file = { fileName: part.filename, data };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) {
    throw badRequest([{ path: `body.${UPLOAD_FILE_FIELD}`, code: 'required', message: 'required' }]);
  }
  return { ...file, fields };
}

export function transferRoutes(platform: Platform): AnyRoute[] {
  const transfer = createTransferService(platform);
  return [
    defineRoute({
      method: 'POST',
      url: `${BASE}/exports`,
      summary: 'Export the published records in the caller’s scope as CSV, Excel or Dublin Core XML, as a job; the job result names the file',
      tags,
      access: 'library.transfer',
      body: ZLibraryExportRequest,
      response: ZLibraryJobAccepted,
      status: 202,
      handler: ({ ctx, body }) => transfer.requestExport(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/imports`,
      summary: 'Import records from CSV or Excel (multipart: `file`, `format`, `dryRun`) as a job reporting per-row errors; idempotent by external identifier',
      tags,
      access: 'library.transfer',
      consumes: 'multipart',
      response: ZLibraryJobAccepted,
      status: 202,
      handler: async ({ ctx, request }) => {
        if (!request.isMultipart()) {
          throw new AppError('unsupported_media_type', 415);
        }
        const upload = await readUpload(request, importMaxBytes(platform));
        const fields = parseOrThrow(ZLibraryImportFields, upload.fields, 'body');
        return transfer.requestImport(ctx, { ...fields, fileName: upload.fileName, data: upload.data });
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/jobs/:id`,
      summary: 'Status, progress and result of a library import or export the caller requested',
      tags,
      access: 'authenticated',
      params: ZLibraryJobParams,
      response: ZLibraryTransferJob,
      handler: ({ ctx, params }) => transfer.job(ctx, params.id),
    }),
  ];
}
