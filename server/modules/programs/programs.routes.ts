import { z } from 'zod';
import {
  ZActionInput,
  ZActionUpdate,
  ZAction,
  ZDrilldown,
  ZDrilldownQuery,
  ZIndicator,
  ZIndicatorInput,
  ZIndicatorList,
  ZIndicatorListQuery,
  ZIndicatorUpdate,
  ZIndicatorValueList,
  ZIndicatorValueListQuery,
  ZProgram,
  ZProgramDocument,
  ZProgramImportQuery,
  ZProgramImportResult,
  ZProgramInput,
  ZProgramList,
  ZProgramListQuery,
  ZProgramTree,
  ZProgramUpdate,
  ZSection,
  ZSectionInput,
  ZSectionUpdate,
  ZSupportRecord,
  ZSupportRecordInput,
  ZSupportRecordList,
  ZSupportRecordListQuery,
  ZSupportRecordUpdate,
  ZTarget,
  ZTargetInput,
  ZTargetUpdate,
} from '../../../common/contracts/programs.ts';
import type { FastifyRequest } from 'fastify';
import { AppError, badRequest } from '../../platform/errors.ts';
import { defineRoute, type AnyRoute } from '../../platform/http/route.ts';
import type { Platform } from '../../platform/platform.ts';
import { createDrilldownService } from './indicators/drilldown.ts';
import { createIndicatorService } from './indicators/indicators.service.ts';
import { MATERIALISE_JOB } from './indicators/job-kinds.ts';
import { exportProgram, importProgram } from './program-import.ts';
import { requireProgram } from './programs.policy.ts';
import { createProgramService } from './programs.service.ts';
import { createSupportService } from './support.service.ts';

const BASE = '/api/v1/programs';
const tags = ['programs'];
const ZId = z.object({ id: z.uuid() });
const ZSectionParams = z.object({ id: z.uuid(), sectionId: z.uuid() });
const ZTargetParams = z.object({ id: z.uuid(), targetId: z.uuid() });
const ZActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const ZComputation = z.object({ key: z.string(), nameVi: z.string(), nameEn: z.string(), unit: z.string(), cumulative: z.boolean() });
const ZMaterialiseAccepted = z.object({ jobId: z.string() });
const DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;

/** The JSON program document of a multipart upload (field `file`), read with a hard size bound. */
async function readDocumentUpload(request: FastifyRequest): Promise<unknown> {
  let text: string | null = null;
  for await (const part of request.parts({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } })) {
    if (part.type !== 'file') {
      continue;
    }
    if (part.fieldname !== 'file' || text !== null) {
      part.file.resume();
      throw badRequest([{ path: `body.${part.fieldname}`, code: 'unexpected_file', message: 'unexpected_file' }]);
    }
    const data = await part.toBuffer();
    if (part.file.truncated) {
      throw new AppError('file_too_large', 413, { params: { maxBytes: DOCUMENT_MAX_BYTES } });
    }
    text = data.toString('utf8');
  }
  if (text === null) {
    throw badRequest([{ path: 'body.file', code: 'required', message: 'required' }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_json', 400);
  }
}

/** Programs, their outline, indicator definitions, drill-down of values and support records. */
export function programsCoreRoutes(platform: Platform): AnyRoute[] {
  const programs = createProgramService(platform);
  const indicators = createIndicatorService(platform);
  const drilldown = createDrilldownService(platform);
  const support = createSupportService(platform);
  return [
    defineRoute({
      method: 'GET',
      url: BASE,
      summary: 'Programs the caller may read (published ones are open to everyone)',
      tags,
      access: 'public',
      query: ZProgramListQuery,
      response: ZProgramList,
      handler: ({ ctx, query }) => programs.list(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: BASE,
      summary: 'Create a program in a jurisdiction the caller manages',
      tags,
      access: 'programs.manage',
      body: ZProgramInput,
      response: ZProgram,
      status: 201,
      handler: ({ ctx, body }) => programs.create(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/import`,
      summary: 'Import a program document (program, sections, indicators, targets, actions) as a whole; `dryRun` only checks it',
      tags,
      access: 'programs.manage',
      query: ZProgramImportQuery,
      body: ZProgramDocument,
      response: ZProgramImportResult,
      handler: ({ ctx, query, body }) => importProgram(platform, ctx, body, { dryRun: query.dryRun, materialise: true }),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/import/file`,
      summary: 'Import a program document uploaded as a .json file (multipart: `file`); `dryRun` only checks it',
      tags,
      access: 'programs.manage',
      query: ZProgramImportQuery,
      consumes: 'multipart',
      response: ZProgramImportResult,
      handler: async ({ ctx, query, request }) => importProgram(platform, ctx, await readDocumentUpload(request), { dryRun: query.dryRun, materialise: true }),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/computations`,
      summary: 'Computations the modules registered, for computed indicators to name',
      tags,
      access: 'public',
      response: z.array(ZComputation),
      handler: () => Promise.resolve(platform.indicators.list().map(({ key, nameVi, nameEn, unit, cumulative }) => ({ key, nameVi, nameEn, unit, cumulative }))),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/indicators`,
      summary: 'Indicator definitions',
      tags,
      access: 'public',
      query: ZIndicatorListQuery,
      response: ZIndicatorList,
      handler: ({ ctx, query }) => indicators.list(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/indicators/:id`,
      summary: 'One indicator definition',
      tags,
      access: 'public',
      params: ZId,
      response: ZIndicator,
      handler: ({ ctx, params }) => indicators.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/indicators`,
      summary: 'Define an indicator (a ratio needs its two inputs, a computed one a registered computation)',
      tags,
      access: 'programs.manage',
      body: ZIndicatorInput,
      response: ZIndicator,
      status: 201,
      handler: ({ ctx, body }) => indicators.create(ctx, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/indicators/:id`,
      summary: 'Change an indicator definition; `version` must be the one read',
      tags,
      access: 'programs.manage',
      params: ZId,
      body: ZIndicatorUpdate,
      response: ZIndicator,
      handler: ({ ctx, params, body }) => indicators.update(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/indicators/:id/values`,
      summary: 'Stored values of an indicator (computed, reported, imported) where the caller may read them, latest first',
      tags,
      access: 'programs.read',
      params: ZId,
      query: ZIndicatorValueListQuery,
      response: ZIndicatorValueList,
      handler: ({ ctx, params, query }) => drilldown.values(ctx, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/values/:id/drilldown`,
      summary: 'The records a computed value counted (paginated), or the two figures of a ratio',
      tags,
      access: 'programs.read',
      params: ZId,
      query: ZDrilldownQuery,
      response: ZDrilldown,
      handler: ({ ctx, params, query }) => drilldown.drilldown(ctx, params.id, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/support-records`,
      summary: 'Support given to enterprises, filtered by organisation, program, kind and dates',
      tags,
      access: 'programs.read',
      query: ZSupportRecordListQuery,
      response: ZSupportRecordList,
      handler: ({ ctx, query }) => support.list(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/support-records/:id`,
      summary: 'One support record',
      tags,
      access: 'programs.read',
      params: ZId,
      response: ZSupportRecord,
      handler: ({ ctx, params }) => support.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/support-records`,
      summary: 'Record support given to an organisation in the caller’s scope',
      tags,
      access: 'programs.support.write',
      body: ZSupportRecordInput,
      response: ZSupportRecord,
      status: 201,
      handler: ({ ctx, body }) => support.create(ctx, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/support-records/:id`,
      summary: 'Correct a support record',
      tags,
      access: 'programs.support.write',
      params: ZId,
      body: ZSupportRecordUpdate,
      response: ZSupportRecord,
      handler: ({ ctx, params, body }) => support.update(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: `${BASE}/support-records/:id`,
      summary: 'Delete a support record entered by mistake',
      tags,
      access: 'programs.support.write',
      params: ZId,
      status: 204,
      handler: async ({ ctx, params }) => {
        await support.remove(ctx, params.id);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/:id`,
      summary: 'A program with its section tree, targets, actions and indicators',
      tags,
      access: 'public',
      params: ZId,
      response: ZProgramTree,
      handler: ({ ctx, params }) => programs.tree(ctx, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/:id`,
      summary: 'Change a program; `version` must be the one read (409 stale_version otherwise)',
      tags,
      access: 'programs.manage',
      params: ZId,
      body: ZProgramUpdate,
      response: ZProgram,
      handler: ({ ctx, params, body }) => programs.update(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/:id/export`,
      summary: 'The program as an import document (the same JSON the import reads)',
      tags,
      access: 'public',
      params: ZId,
      response: ZProgramDocument,
      handler: async ({ ctx, params }) => {
        await requireProgram(platform.db, ctx.actor, params.id);
        return exportProgram(platform.db, params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/materialise`,
      summary: 'Recompute the computed and ratio values of the program’s indicators (as a job)',
      tags,
      access: 'programs.manage',
      params: ZId,
      response: ZMaterialiseAccepted,
      status: 202,
      handler: async ({ ctx, params }) => {
        await requireProgram(platform.db, ctx.actor, params.id, 'programs.manage');
        const jobId = await platform.jobs.enqueue(platform.db, MATERIALISE_JOB, { programId: params.id }, { createdBy: ctx.actor.userId });
        return { jobId };
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/sections`,
      summary: 'Add a section to the program',
      tags,
      access: 'programs.manage',
      params: ZId,
      body: ZSectionInput,
      response: ZSection,
      status: 201,
      handler: ({ ctx, params, body }) => programs.createSection(ctx, params.id, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/:id/sections/:sectionId`,
      summary: 'Change or move a section (409 section_cycle when moved under itself)',
      tags,
      access: 'programs.manage',
      params: ZSectionParams,
      body: ZSectionUpdate,
      response: ZSection,
      handler: ({ ctx, params, body }) => programs.updateSection(ctx, params.id, params.sectionId, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/targets`,
      summary: 'Add a target to the program',
      tags,
      access: 'programs.manage',
      params: ZId,
      body: ZTargetInput,
      response: ZTarget,
      status: 201,
      handler: ({ ctx, params, body }) => programs.createTarget(ctx, params.id, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/:id/targets/:targetId`,
      summary: 'Change a target',
      tags,
      access: 'programs.manage',
      params: ZTargetParams,
      body: ZTargetUpdate,
      response: ZTarget,
      handler: ({ ctx, params, body }) => programs.updateTarget(ctx, params.id, params.targetId, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/:id/actions`,
      summary: 'Add an action (a task of the program) with its lead unit and partners',
      tags,
      access: 'programs.manage',
      params: ZId,
      body: ZActionInput,
      response: ZAction,
      status: 201,
      handler: ({ ctx, params, body }) => programs.createAction(ctx, params.id, body),
    }),
    defineRoute({
      method: 'PATCH',
      url: `${BASE}/:id/actions/:actionId`,
      summary: 'Change an action',
      tags,
      access: 'programs.manage',
      params: ZActionParams,
      body: ZActionUpdate,
      response: ZAction,
      handler: ({ ctx, params, body }) => programs.updateAction(ctx, params.id, params.actionId, body),
    }),
  ];
}
