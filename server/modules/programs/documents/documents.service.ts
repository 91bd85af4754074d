import { z } from 'zod';
import type { DocumentAddressee, DocumentFormat } from '../../../../common/contracts/programs.ts';
import type { TProgramDocument, TProgramDocumentRequest } from '../../../../common/contracts/programs-dashboard.ts';
import { t } from '../../../../common/i18n/index.ts';
import { LOCALES, type Locale } from '../../../../common/i18n/locale.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Executor } from '../../../platform/db/client.ts';
import { newId, nowIso } from '../../../platform/db/ids.ts';
import { DOCX_MEDIA_TYPE, XLSX_MEDIA_TYPE } from '../../../platform/documents/index.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import type { RequestContext } from '../../../platform/http/route.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import type { OpenedFile } from '../../../platform/files/types.ts';
import type { Platform } from '../../../platform/platform.ts';
import type { ReportingRoundsTable } from '../programs.tables.ts';
import { findProgram, type ProgramRow } from '../dashboard/dashboard.repository.ts';
import { assertMayRead, todayInVietnam } from '../dashboard/dashboard.service.ts';
import { collectRoundData } from './round-data.ts';
import { writeReviewReport } from './review-report.ts';
import { writeRoundWorkbook } from './round-workbook.ts';

export const DOCUMENT_JOB = 'programs.document';

const ZDocumentPayload = z.object({ documentId: z.uuid(), locale: z.enum(LOCALES) });
type DocumentPayload = z.output<typeof ZDocumentPayload>;

/** The review report (.docx) or the round's workbook (.xlsx), as bytes with a file name. */
export async function generateRoundDocument(
  executor: Executor,
  program: ProgramRow,
  round: ReportingRoundsTable,
  options: { format: DocumentFormat; addressee: DocumentAddressee; locale: Locale; revision?: number },
): Promise<{ data: Buffer; fileName: string; mediaType: string }> {
  const data = await collectRoundData(executor, program.id, round);
  const stem = `${options.format === 'docx' ? 'bao-cao' : 'so-lieu'}-${program.code.replace(/[^\p{L}\p{N}]+/gu, '-')}-${round.period}`;
  const suffix = `${options.format === 'docx' ? `-${options.addressee === 'party' ? 'tinh-uy' : 'ubnd'}` : ''}${options.revision ? `-lan-${options.revision}` : ''}`;
  return options.format === 'docx'
    ? { data: await writeReviewReport(data, options.addressee, todayInVietnam()), fileName: `${stem}${suffix}.docx`, mediaType: DOCX_MEDIA_TYPE }
    : { data: await writeRoundWorkbook(data, options.locale), fileName: `${stem}${suffix}.xlsx`, mediaType: XLSX_MEDIA_TYPE };
}

async function readableProgram(executor: Executor, actor: Actor, programId: string): Promise<ProgramRow> {
  const program = await findProgram(executor, { id: programId });
  if (!program) {
    throw notFound();
  }
  await assertMayRead(executor, actor, program);
  return program;
}

async function roundOf(executor: Executor, programId: string, roundId: string): Promise<ReportingRoundsTable> {
  const round = await executor.selectFrom('reporting_rounds').selectAll().where('id', '=', roundId).where('program_id', '=', programId).executeTakeFirst();
  if (!round) {
    throw notFound();
  }
  return round;
}

function documentsQuery(executor: Executor) {
  return executor
    .selectFrom('program_documents as d')
    .leftJoin('files as f', 'f.id', 'd.file_id')
    .leftJoin('jobs as j', 'j.id', 'd.job_id')
    .select([
      'd.id',
      'd.program_id',
      'd.round_id',
      'd.format',
      'd.addressee',
      'd.revision',
      'd.status',
      'd.file_id',
      'd.job_id',
      'd.error',
      'd.created_at',
      'd.updated_at',
      'f.file_name',
      'f.size',
      'j.status as job_status',
      'j.progress as job_progress',
      'j.last_error as job_error',
    ]);
}
type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentsQuery>['execute']>>[number];

/** A job the runner gave up on before the document could record it (e.g. its requester was disabled) shows as failed. */
function toDocument(row: DocumentRow): TProgramDocument {
  const abandoned = (row.status === 'queued' || row.status === 'running') && (row.job_status === 'failed' || row.job_status === 'cancelled');
  return {
    id: row.id,
    programId: row.program_id,
    roundId: row.round_id,
    format: row.format,
    addressee: row.addressee,
    revision: row.revision,
    status: abandoned ? 'failed' : row.status,
    fileName: row.file_name,
    size: row.size === null ? null : Number(row.size),
    jobId: row.job_id,
    progress: row.status === 'ready' ? 1 : row.job_progress === null ? null : Number(row.job_progress),
    error: row.error ?? (abandoned ? row.job_error : null),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createDocumentsService(platform: Platform) {
  const { db, jobs } = platform;

  async function documentOf(programId: string, documentId: string): Promise<DocumentRow> {
    const row = await documentsQuery(db).where('d.id', '=', documentId).where('d.program_id', '=', programId).executeTakeFirst();
    if (!row) {
      throw notFound();
    }
    return row;
  }

  return {
    /** Queues the generation of a new revision of a round's document; the revision is numbered per round, format and addressee. */
    async request(ctx: RequestContext, programId: string, roundId: string, input: TProgramDocumentRequest): Promise<TProgramDocument> {
      const program = await readableProgram(db, ctx.actor, programId);
      authorize(ctx.actor, 'programs.document.generate', { jurisdictionPath: program.jurisdiction_path, organisationPath: program.owner_path });
      const round = await roundOf(db, program.id, roundId);
      const id = await db.transaction().execute(async (tx) => {
        // Simultaneous requests for one round take their revision numbers in turn: PostgreSQL
        // holds the round's row until commit; SQLite runs one writing transaction at a time.
        if (platform.dialect === 'postgres') {
          await tx.selectFrom('reporting_rounds').select('id').where('id', '=', round.id).forUpdate().execute();
        }
        const last = await tx
          .selectFrom('program_documents')
          .select((eb) => eb.fn.max('revision').as('revision'))
          .where('round_id', '=', round.id)
          .where('format', '=', input.format)
          .where('addressee', '=', input.addressee)
          .executeTakeFirst();
        const revision = Number(last?.revision ?? 0) + 1;
        const documentId = newId();
        const now = nowIso();
        const jobId = await jobs.enqueue(tx, DOCUMENT_JOB, { documentId, locale: ctx.locale } satisfies DocumentPayload, { createdBy: ctx.actor.userId });
        await tx
          .insertInto('program_documents')
          .values({
            id: documentId,
            program_id: program.id,
            round_id: round.id,
            format: input.format,
            addressee: input.addressee,
            revision,
            status: 'queued',
            file_id: null,
            job_id: jobId,
            error: null,
            created_by: ctx.actor.userId ?? ctx.actor.displayName,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await recordAudit(tx, ctx, {
          action: 'programs.document.request',
          subjectType: 'program_document',
          subjectId: documentId,
          after: { programId: program.id, roundId: round.id, format: input.format, addressee: input.addressee, revision, jobId },
        });
        return documentId;
      });
      return toDocument(await documentOf(program.id, id));
    },

    async list(ctx: RequestContext, programId: string, roundId: string, page: { page: number; pageSize: number }) {
      const program = await readableProgram(db, ctx.actor, programId);
      const round = await roundOf(db, program.id, roundId);
      const [rows, total] = await Promise.all([
        documentsQuery(db)
          .where('d.round_id', '=', round.id)
          .orderBy('d.created_at', 'desc')
          .orderBy('d.id', 'desc')
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize)
          .execute(),
        db.selectFrom('program_documents').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', round.id).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toDocument), total: Number(total.n), page: page.page, pageSize: page.pageSize };
    },

    async get(ctx: RequestContext, programId: string, documentId: string): Promise<TProgramDocument> {
      await readableProgram(db, ctx.actor, programId);
      return toDocument(await documentOf(programId, documentId));
    },

    /** The generated file, for anyone who may read the program; 409 while it is still being written. */
    async open(ctx: RequestContext, programId: string, documentId: string): Promise<OpenedFile> {
      await readableProgram(db, ctx.actor, programId);
      const row = await documentOf(programId, documentId);
      if (row.status !== 'ready' || !row.file_id) {
        throw conflict('conflict', 'document_not_ready');
      }
      const opened = await platform.files.open(row.file_id);
      if (!opened) {
        throw notFound();
      }
      return opened;
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;

/**
 * Writes the document a request queued, stores it and marks it ready. After the last attempt
 * fails, the document records the failure so its list shows why.
 */
export function documentJob(platform: Platform): JobDefinition<DocumentPayload> {
  const { db } = platform;
  return {
    kind: DOCUMENT_JOB,
    payload: ZDocumentPayload,
    maxAttempts: 3,
    async run(payload, context) {
      const document = await db.selectFrom('program_documents').selectAll().where('id', '=', payload.documentId).executeTakeFirst();
      if (!document) {
        throw new Error('The document to generate no longer exists');
      }
      const audit = { actor: context.actor, requestId: null };
      try {
        await db.updateTable('program_documents').set({ status: 'running', updated_at: nowIso() }).where('id', '=', document.id).execute();
        await context.reportProgress(0.1, t(payload.locale, 'programsDashboard.jobs.collecting'));
        const program = await findProgram(db, { id: document.program_id });
        const round = await db.selectFrom('reporting_rounds').selectAll().where('id', '=', document.round_id).executeTakeFirst();
        if (!program || !round) {
          throw new Error('The program or round of the document no longer exists');
        }
        await context.reportProgress(0.4, t(payload.locale, 'programsDashboard.jobs.writing'));
        const written = await generateRoundDocument(db, program, round, { format: document.format, addressee: document.addressee, locale: payload.locale, revision: document.revision });
        await context.reportProgress(0.8, t(payload.locale, 'programsDashboard.jobs.storing'));
        const stored = await platform.files.store(context.actor, { fileName: written.fileName, data: written.data, purpose: 'programs.document', visibility: 'owner', accept: [written.mediaType] });
        await db.transaction().execute(async (tx) => {
          await tx.updateTable('program_documents').set({ status: 'ready', file_id: stored.id, error: null, updated_at: nowIso() }).where('id', '=', document.id).execute();
          await recordAudit(tx, audit, {
            action: 'programs.document.ready',
            subjectType: 'program_document',
            subjectId: document.id,
            after: { fileId: stored.id, fileName: stored.fileName, size: stored.size, revision: document.revision },
          });
        });
        return { documentId: document.id, fileId: stored.id, fileName: stored.fileName };
      } catch (error) {
        if (context.attempt >= context.maxAttempts) {
          const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
          await db.transaction().execute(async (tx) => {
            await tx.updateTable('program_documents').set({ status: 'failed', error: message, updated_at: nowIso() }).where('id', '=', document.id).execute();
            await recordAudit(tx, audit, { action: 'programs.document.failed', subjectType: 'program_document', subjectId: document.id, after: { error: message } });
          });
        }
        throw error;
      }
    },
  };
}
