import type {
  TDirectoryExportRequest,
  TDirectoryImportFields,
  TDirectoryJob,
  TDirectoryJobAccepted,
} from '../../../../common/contracts/directory.ts';
import { ZDirectoryJob } from '../../../../common/contracts/directory.ts';
import { isAdmin } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { READ_DEFAULTS, XLSX_MEDIA_TYPE } from '../../../platform/documents/index.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { invalidReference } from '../directory.errors.ts';
import { assertAllowed, whyNotExport, whyNotImport } from '../directory.policy.ts';
import { findJurisdiction } from '../jurisdictions.repository.ts';
import { findOrganisation } from '../organisations.repository.ts';
import type { ServiceContext } from '../organisations.service.ts';
import { EXPORT_JOB, type ExportPayload } from './export.ts';
import { IMPORT_JOB, type ImportPayload } from './import.ts';

export interface ImportUpload extends TDirectoryImportFields {
  fileName: string;
  data: Buffer;
}

/** The largest workbook an import takes: the reader's own bound, or the installation's if tighter. */
export function importMaxBytes(platform: Platform): number {
  return Math.min(platform.files.uploadMaxBytes, READ_DEFAULTS.maxBytes);
}

export function createTransferService(platform: Platform) {
  const { db, jobs } = platform;
  return {
    async requestExport(ctx: ServiceContext, input: TDirectoryExportRequest): Promise<TDirectoryJobAccepted> {
      assertAllowed(whyNotExport(ctx.actor));
      if (input.jurisdictionId && !(await findJurisdiction(db, input.jurisdictionId))) {
        throw invalidReference(ctx.actor.locale, 'body.jurisdictionId', 'jurisdiction_unknown');
      }
      if (input.organisationId && !(await findOrganisation(db, input.organisationId))) {
        throw invalidReference(ctx.actor.locale, 'body.organisationId', 'organisation_unknown');
      }
      const payload: ExportPayload = {
        entity: input.entity,
        format: input.format,
        jurisdictionId: input.jurisdictionId,
        kind: input.kind,
        organisationId: input.organisationId,
        locale: input.locale,
      };
      const jobId = await db.transaction().execute(async (tx) => {
        const id = await jobs.enqueue(tx, EXPORT_JOB, payload, { createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx, { action: 'directory.export.request', subjectType: 'job', subjectId: id, after: payload });
        return id;
      });
      return { jobId, fileId: null };
    },

    async requestImport(ctx: ServiceContext, upload: ImportUpload): Promise<TDirectoryJobAccepted> {
      assertAllowed(whyNotImport(ctx.actor));
      const stored = await platform.files.store(
        ctx.actor,
        { fileName: upload.fileName, data: upload.data, purpose: 'directory.import', visibility: 'owner', accept: [XLSX_MEDIA_TYPE], maxBytes: importMaxBytes(platform) },
        ctx.requestId,
      );
      const payload: ImportPayload = { fileId: stored.id, entity: upload.entity, dryRun: upload.dryRun, locale: upload.locale };
      const jobId = await db.transaction().execute(async (tx) => {
        const id = await jobs.enqueue(tx, IMPORT_JOB, payload, { createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx, { action: 'directory.import.request', subjectType: 'job', subjectId: id, after: payload });
        return id;
      });
      return { jobId, fileId: stored.id };
    },

    /** A directory job, for the user who asked for it (and administrators); anyone else gets a 404. */
    async job(ctx: ServiceContext, id: string): Promise<TDirectoryJob> {
      const job = await jobs.get(id);
      const mine = job !== null && ctx.actor.userId !== null && job.createdBy === ctx.actor.userId;
      if (!job || (job.kind !== EXPORT_JOB && job.kind !== IMPORT_JOB) || !(mine || isAdmin(ctx.actor))) {
        throw notFound();
      }
      return ZDirectoryJob.parse({
        id: job.id,
        kind: job.kind,
        status: job.status,
        progress: job.progress,
        progressMessage: job.progressMessage,
        result: job.result ?? null,
        lastError: job.lastError,
        createdAt: job.createdAt,
        finishedAt: job.finishedAt,
      });
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
