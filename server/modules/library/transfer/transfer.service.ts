import { authorize, isAdmin } from '../../../platform/access/policy.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { READ_DEFAULTS, XLSX_MEDIA_TYPE } from '../../../platform/documents/index.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Platform } from '../../../platform/platform.ts';
import { EXPORT_JOB, type ExportPayload } from './export.ts';
import { IMPORT_JOB, type ImportPayload } from './import.ts';
import {
  ZLibraryTransferJob,
  type TLibraryExportRequest,
  type TLibraryImportFields,
  type TLibraryJobAccepted,
  type TLibraryTransferJob,
} from './transfer.schemas.ts';

export interface TransferContext {
  actor: Actor;
  requestId: string | null;
}

export interface ImportUpload extends TLibraryImportFields {
  fileName: string;
  data: Buffer;
}

/** The largest file an import takes: CSV holds more rows per byte than a workbook, so it gets more room. */
export function importMaxBytes(platform: Platform): number {
  return Math.min(platform.files.uploadMaxBytes, 5 * READ_DEFAULTS.maxBytes);
}

const ACCEPT = { csv: ['text/csv', 'text/plain'], xlsx: [XLSX_MEDIA_TYPE], xml: ['application/xml'] } as const;

export function createTransferService(platform: Platform) {
  const { db, jobs } = platform;
  return {
    async requestExport(ctx: TransferContext, input: TLibraryExportRequest): Promise<TLibraryJobAccepted> {
      authorize(ctx.actor, 'library.transfer');
      const payload: ExportPayload = { format: input.format, locale: input.locale };
      const jobId = await db.transaction().execute(async (tx) => {
        const id = await jobs.enqueue(tx, EXPORT_JOB, payload, { createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx, { action: 'library.export.request', subjectType: 'job', subjectId: id, after: payload });
        return id;
      });
      return { jobId, fileId: null };
    },

    async requestImport(ctx: TransferContext, upload: ImportUpload): Promise<TLibraryJobAccepted> {
      authorize(ctx.actor, 'library.transfer');
      const stored = await platform.files.store(
        ctx.actor,
        { fileName: upload.fileName, data: upload.data, purpose: 'library.import', visibility: 'owner', accept: ACCEPT[upload.format], maxBytes: importMaxBytes(platform) },
        ctx.requestId,
      );
      const payload: ImportPayload = { fileId: stored.id, format: upload.format, dryRun: upload.dryRun, locale: upload.locale, jurisdictionCode: upload.jurisdictionCode };
      const jobId = await db.transaction().execute(async (tx) => {
        const id = await jobs.enqueue(tx, IMPORT_JOB, payload, { createdBy: ctx.actor.userId });
        await recordAudit(tx, ctx, { action: 'library.import.request', subjectType: 'job', subjectId: id, after: payload });
        return id;
      });
      return { jobId, fileId: stored.id };
    },

    /** A library transfer job, for the user who asked for it (and administrators); anyone else gets a 404. */
    async job(ctx: TransferContext, id: string): Promise<TLibraryTransferJob> {
      const job = await jobs.get(id);
      const mine = job !== null && ctx.actor.userId !== null && job.createdBy === ctx.actor.userId;
      if (!job || (job.kind !== EXPORT_JOB && job.kind !== IMPORT_JOB) || !(mine || isAdmin(ctx.actor))) {
        throw notFound();
      }
      return ZLibraryTransferJob.parse({
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
