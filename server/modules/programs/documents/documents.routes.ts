import { z } from 'zod';
import { ZProgramDocument, ZProgramDocumentList, ZProgramDocumentListQuery, ZProgramDocumentRequest } from '../../../../common/contracts/programs-dashboard.ts';
import { sendStoredFile } from '../../../platform/files/http.ts';
import { defineRoute, type AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { createDocumentsService, documentJob } from './documents.service.ts';

const tags = ['programs'];
const BASE = '/api/v1/programs/:programId';

const ZRoundParams = z.object({ programId: z.uuid(), roundId: z.uuid() });
const ZDocumentParams = z.object({ programId: z.uuid(), documentId: z.uuid() });

export function defineDocumentJobs(platform: Platform): void {
  platform.jobs.define(documentJob(platform));
}

export function documentRoutes(platform: Platform): AnyRoute[] {
  const documents = createDocumentsService(platform);
  return [
    defineRoute({
      method: 'POST',
      url: `${BASE}/rounds/:roundId/documents`,
      summary: "Generate a new revision of a round's review report (.docx, Party or State format) or data workbook (.xlsx), as a job",
      tags,
      access: 'programs.document.generate',
      params: ZRoundParams,
      body: ZProgramDocumentRequest,
      response: ZProgramDocument,
      status: 202,
      handler: ({ ctx, params, body }) => documents.request(ctx, params.programId, params.roundId, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/rounds/:roundId/documents`,
      summary: "Documents generated for a round, newest first, with their revision, status and job progress",
      tags,
      access: 'programs.read',
      params: ZRoundParams,
      query: ZProgramDocumentListQuery,
      response: ZProgramDocumentList,
      handler: ({ ctx, params, query }) => documents.list(ctx, params.programId, params.roundId, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/documents/:documentId`,
      summary: 'One generated document: status, job progress, file name',
      tags,
      access: 'programs.read',
      params: ZDocumentParams,
      response: ZProgramDocument,
      handler: ({ ctx, params }) => documents.get(ctx, params.programId, params.documentId),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/documents/:documentId/file`,
      summary: 'Download a generated document (409 while it is being written)',
      tags,
      access: 'programs.read',
      params: ZDocumentParams,
      raw: true,
      produces: 'application/octet-stream',
      handler: async ({ ctx, params, request, reply }) => sendStoredFile(request, reply, await documents.open(ctx, params.programId, params.documentId)),
    }),
  ];
}
