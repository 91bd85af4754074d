import type { FastifyRequest } from 'fastify';
import { UPLOAD_FILE_FIELD } from '../../../../common/contracts/files.ts';
import { ZJobAccepted, ZTransferExportRequest, ZTransferImportFields, ZTransferJob } from '../../../../common/contracts/programs-rounds.ts';
import { READ_DEFAULTS } from '../../../platform/documents/index.ts';
import { AppError, badRequest } from '../../../platform/errors.ts';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import { parseOrThrow } from '../../../platform/http/validation.ts';
import type { Platform } from '../../../platform/platform.ts';
import { PROGRAMS_BASE, ZIdParams } from '../plans/plans.routes.ts';
import type { TransferService } from './transfer.ts';

const tags = ['programs'];

/** The one workbook and the text fields of an import request, read with a hard size bound. */
async function readWorkbookUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 415);
  }
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

export function transferRoutes(platform: Platform, transfer: TransferService): AnyRoute[] {
  const maxBytes = Math.min(platform.files.uploadMaxBytes, READ_DEFAULTS.maxBytes);
  const upload = async (request: FastifyRequest) => {
    const received = await readWorkbookUpload(request, maxBytes);
    const fields = parseOrThrow(ZTransferImportFields, received.fields, 'body');
    return { fileName: received.fileName, data: received.data, ...fields };
  };
  return [
    defineRoute({
      method: 'POST',
      url: `${PROGRAMS_BASE}/rounds/:id/values/export`,
      summary: 'Export the indicator values of a round the caller may read to an .xlsx (a job; its result names the file)',
      tags,
      access: 'programs.read',
      params: ZIdParams,
      body: ZTransferExportRequest,
      response: ZJobAccepted,
      status: 202,
      handler: ({ ctx, params, body }) => transfer.exportValues(ctx, params.id, body.locale),
    }),
    defineRoute({
      method: 'POST',
      url: `${PROGRAMS_BASE}/rounds/:id/values/import`,
      summary: 'Import indicator values into a round from an .xlsx (multipart: `file`, `dryRun`, `locale`) as a job reporting per-row errors',
      tags,
      access: 'programs.report.submit',
      params: ZIdParams,
      consumes: 'multipart',
      response: ZJobAccepted,
      status: 202,
      handler: async ({ ctx, params, request }) => transfer.importValues(ctx, params.id, await upload(request)),
    }),
    defineRoute({
      method: 'POST',
      url: `${PROGRAMS_BASE}/plans/:id/items/export`,
      summary: 'Export a plan’s items to an .xlsx (a job; its result names the file)',
      tags,
      access: 'programs.read',
      params: ZIdParams,
      body: ZTransferExportRequest,
      response: ZJobAccepted,
      status: 202,
      handler: ({ ctx, params, body }) => transfer.exportItems(ctx, params.id, body.locale),
    }),
    defineRoute({
      method: 'POST',
      url: `${PROGRAMS_BASE}/plans/:id/items/import`,
      summary: 'Add or update a plan’s items from an .xlsx (multipart: `file`, `dryRun`, `locale`) as a job reporting per-row errors',
      tags,
      access: 'programs.plan.write',
      params: ZIdParams,
      consumes: 'multipart',
      response: ZJobAccepted,
      status: 202,
      handler: async ({ ctx, params, request }) => transfer.importItems(ctx, params.id, await upload(request)),
    }),
    defineRoute({
      method: 'GET',
      url: `${PROGRAMS_BASE}/transfers/:id`,
      summary: 'Status, progress and result of a plan or values export or import the caller requested',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      response: ZTransferJob,
      handler: ({ ctx, params }) => transfer.job(ctx, params.id),
    }),
  ];
}
