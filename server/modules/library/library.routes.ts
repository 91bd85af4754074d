import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { UPLOAD_FILE_FIELD } from '../../../common/contracts/files.ts';
import {
  LIBRARY_BROWSE_DIMENSIONS,
  ZCurationAction,
  ZCurationComment,
  ZCurationEventList,
  ZLibraryBrowse,
  ZLibraryFileAttach,
  ZLibraryRecord,
  ZLibraryRecordInput,
  ZLibraryRecordList,
  ZLibraryRecordListQuery,
  ZLibraryRecordUpdate,
  ZLibrarySearchQuery,
  ZLibrarySearchResult,
  ZLibraryVersionDetail,
  ZLibraryVersionList,
} from '../../../common/contracts/library.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { sendStoredFile } from '../../platform/files/http.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import { parseOrThrow } from '../../platform/http/validation.ts';
import type { LibrarySearchService } from './library-search.service.ts';
import { LIBRARY_FILE_MAX_BYTES, type LibraryService } from './library.service.ts';

const BASE = '/api/v1/library';
const tags = ['library'];

const ZIdParams = z.object({ id: z.uuid() });
const ZFileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const ZVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(1_000_000) });
const ZBrowseParams = z.object({ dimension: z.enum(LIBRARY_BROWSE_DIMENSIONS) });

const tooLarge = (maxBytes: number): AppError => new AppError('file_too_large', 413, { params: { maxBytes }, headers: { connection: 'close' } });

/** The one file (`file`) and the text fields of an attach request, read with a hard size bound. */
async function readAttachUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; data: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 415);
  }
  let file: { fileName: string; data: Buffer } | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== UPLOAD_FILE_FIELD || file !== null) {
          part.file.resume();
          throw badRequest([{ path: `body.${part.fieldname}`, code: 'unexpected_file', message: 'unexpected_file' }]);
        }
        const data = await part.toBuffer();
        if (part.file.truncated) {
          throw tooLarge(maxBytes);
        }
        file = { fileName: part.filename, data };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw tooLarge(maxBytes);
    }
    throw error;
  }
  if (!file) {
    throw badRequest([{ path: `body.${UPLOAD_FILE_FIELD}`, code: 'required', message: 'required' }]);
  }
  return { ...file, fields };
}

export function libraryRoutes(records: LibraryService, search: LibrarySearchService, uploadMaxBytes: number): AnyRoute[] {
  const attachMaxBytes = Math.min(uploadMaxBytes, LIBRARY_FILE_MAX_BYTES);
  return [
    defineRoute({
      method: 'GET',
      url: `${BASE}/search`,
      summary: 'Search records and their files’ text: words, "phrases", field:term; facets and counts cover only what the caller may read',
      tags,
      access: 'public',
      query: ZLibrarySearchQuery,
      response: ZLibrarySearchResult,
      handler: ({ ctx, query }) => search.search(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/browse/:dimension`,
      summary: 'Counts of readable published records by field, organisation, year, type or program area',
      tags,
      access: 'public',
      params: ZBrowseParams,
      response: ZLibraryBrowse,
      handler: ({ ctx, params }) => search.browse(ctx, params.dimension),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records`,
      summary: 'The caller’s deposits (`scope=mine`) or the curation queue of their scope (`scope=curation`)',
      tags,
      access: 'authenticated',
      query: ZLibraryRecordListQuery,
      response: ZLibraryRecordList,
      handler: ({ ctx, query }) => records.list(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records`,
      summary: 'Deposit a record as a draft',
      tags,
      access: 'library.deposit',
      body: ZLibraryRecordInput,
      response: ZLibraryRecord,
      status: 201,
      handler: ({ ctx, body }) => records.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records/:id`,
      summary: 'One record (a withdrawn one as a tombstone); 404 when the caller may not read it',
      tags,
      access: 'public',
      params: ZIdParams,
      response: ZLibraryRecord,
      handler: ({ ctx, params }) => records.get(ctx, params.id),
    }),
    defineRoute({
      method: 'PUT',
      url: `${BASE}/records/:id`,
      summary: 'Replace a record’s metadata, keeping the previous state as a version',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      body: ZLibraryRecordUpdate,
      response: ZLibraryRecord,
      handler: ({ ctx, params, body }) => records.update(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records/:id/submit`,
      summary: 'Submit a draft (or a record returned for changes) for curation',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      body: ZCurationAction,
      response: ZLibraryRecord,
      handler: ({ ctx, params, body }) => records.submit(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records/:id/request-changes`,
      summary: 'Return a submitted record to its depositor with a comment',
      tags,
      access: 'library.curate',
      params: ZIdParams,
      body: ZCurationComment,
      response: ZLibraryRecord,
      handler: ({ ctx, params, body }) => records.requestChanges(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records/:id/publish`,
      summary: 'Publish a submitted record',
      tags,
      access: 'library.curate',
      params: ZIdParams,
      body: ZCurationAction,
      response: ZLibraryRecord,
      handler: ({ ctx, params, body }) => records.publish(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records/:id/withdraw`,
      summary: 'Withdraw a published record, leaving a tombstone with the reason',
      tags,
      access: 'library.curate',
      params: ZIdParams,
      body: ZCurationComment,
      response: ZLibraryRecord,
      handler: ({ ctx, params, body }) => records.withdraw(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records/:id/versions`,
      summary: 'Versions of a record, newest first (depositor and curators)',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      response: ZLibraryVersionList,
      handler: ({ ctx, params }) => records.versions(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records/:id/versions/:version`,
      summary: 'A record as it stood at one version',
      tags,
      access: 'authenticated',
      params: ZVersionParams,
      response: ZLibraryVersionDetail,
      handler: ({ ctx, params }) => records.version(ctx, params.id, params.version),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records/:id/events`,
      summary: 'The curation trail of a record (depositor and curators)',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      response: ZCurationEventList,
      handler: ({ ctx, params }) => records.events(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/records/:id/files`,
      summary: 'Attach a PDF or Word (.docx) file (multipart: `file`, `role`); its text is extracted by a job',
      tags,
      access: 'authenticated',
      params: ZIdParams,
      consumes: 'multipart',
      response: ZLibraryRecord,
      status: 201,
      handler: async ({ ctx, params, request }) => {
        await records.assertCanAttach(ctx, params.id);
        const upload = await readAttachUpload(request, attachMaxBytes);
        const fields = parseOrThrow(ZLibraryFileAttach, upload.fields, 'body');
        return records.attachFile(ctx, params.id, { fileName: upload.fileName, data: upload.data, role: fields.role });
      },
    }),
    defineRoute({
      method: 'DELETE',
      url: `${BASE}/records/:id/files/:fileId`,
      summary: 'Detach a file from a record',
      tags,
      access: 'authenticated',
      params: ZFileParams,
      response: ZLibraryRecord,
      handler: ({ ctx, params }) => records.removeFile(ctx, params.id, params.fileId),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/records/:id/files/:fileId`,
      summary: 'Download a record’s file (counted); 404 when the caller may not read the record',
      tags,
      access: 'public',
      params: ZFileParams,
      raw: true,
      produces: 'application/octet-stream',
      handler: async ({ ctx, params, request, reply }) => sendStoredFile(request, reply, await records.openFile(ctx, params.id, params.fileId)),
    }),
  ];
}
