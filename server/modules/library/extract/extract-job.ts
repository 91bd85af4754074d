import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { JobDefinition } from '../../../platform/jobs/types.ts';
import { nowIso } from '../../../platform/db/ids.ts';
import type { Platform } from '../../../platform/platform.ts';
import { findLibraryFile, findRecord, updateLibraryFile } from '../library.repository.ts';
import { indexRecords } from '../library.search.ts';
import { EXTRACT_JOB } from '../library.service.ts';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionError, type ExtractionLimits, type TextErrorCode } from './limits.ts';
import { extractText } from './run-extraction.ts';

export const ZExtractPayload = z.object({ libraryFileId: z.uuid() });

async function bufferOf(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads the text of one attached file and puts it in the record's search document. A file that
 * cannot be read ends as `failed` with a reason curators see; the job itself succeeds, since
 * running it again would fail the same way. Only storage trouble makes it retry.
 */
export function extractTextJob(platform: Platform, limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS): JobDefinition<z.infer<typeof ZExtractPayload>> {
  return {
    kind: EXTRACT_JOB,
    payload: ZExtractPayload,
    maxAttempts: 3,
    async run({ libraryFileId }, context) {
      const file = await findLibraryFile(platform.db, libraryFileId);
      if (!file) {
        return { status: 'gone' };
      }
      await context.reportProgress(0.1);
      const opened = await platform.files.open(file.file_id);
      let outcome: { text: string; pages: number | null } | { error: TextErrorCode };
      if (!opened) {
        outcome = { error: 'missing_file' };
      } else {
        try {
          const data = opened.file.size > limits.maxBytes ? null : await bufferOf(opened.stream as AsyncIterable<Buffer>);
          if (!data) {
            opened.stream.destroy();
            throw new ExtractionError('too_large');
          }
          outcome = await extractText(data, opened.file.mediaType, limits);
        } catch (error) {
          if (!(error instanceof ExtractionError)) {
            throw error;
          }
          platform.logger.info({ libraryFileId, code: error.code, detail: error.message }, 'library file text not extracted');
          outcome = { error: error.code };
        }
      }
      await context.reportProgress(0.8);
      return platform.db.transaction().execute(async (tx) => {
        // The file may have been removed while the job ran.
        if (!(await findLibraryFile(tx, libraryFileId))) {
          return { status: 'gone' };
        }
        const now = nowIso();
        if ('error' in outcome) {
          await updateLibraryFile(tx, libraryFileId, { text_status: 'failed', text_error: outcome.error, extracted_text: null, extracted_chars: null, extracted_at: now, updated_at: now });
        } else {
          await updateLibraryFile(tx, libraryFileId, {
            text_status: 'extracted',
            text_error: null,
            pages: outcome.pages,
            extracted_chars: outcome.text.length,
            extracted_text: outcome.text,
            extracted_at: now,
            updated_at: now,
          });
        }
        const record = await findRecord(tx, file.record_id);
        if (record) {
          // The text joins the record's search document; the record's datestamp stays, as its metadata did not change.
          await indexRecords(tx, platform.search, [record]);
        }
        await recordAudit(tx, { actor: context.actor, requestId: null }, {
          action: 'library.file.extract',
          subjectType: 'library_record',
          subjectId: file.record_id,
          after: { libraryFileId, status: 'error' in outcome ? 'failed' : 'extracted', error: 'error' in outcome ? outcome.error : null },
        });
        return 'error' in outcome ? { status: 'failed', error: outcome.error } : { status: 'extracted', chars: outcome.text.length, pages: outcome.pages };
      });
    },
  };
}
