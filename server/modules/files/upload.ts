import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { UPLOAD_FILE_FIELD } from '../../../common/contracts/files.ts';
import { AppError, badRequest } from '../../platform/errors.ts';

export interface ReceivedUpload {
  fileName: string;
  data: Buffer;
  fields: Record<string, string>;
}

/** A 413 that also closes the connection, so the client stops sending the rest of the body. */
function tooLarge(maxBytes: number): AppError {
  return new AppError('file_too_large', 413, { params: { maxBytes }, headers: { connection: 'close' } });
}

function isMultipartSizeLimit(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';
}

/** Reads a part into memory, counting bytes and stopping as soon as the limit is passed. */
export async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        stream.destroy();
        throw tooLarge(maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    // The multipart parser enforces the same limit and may notice first.
    throw isMultipartSizeLimit(error) ? tooLarge(maxBytes) : error;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The single file and the text fields of a multipart request, in whatever order the client sent
 * them. Further files, or a file under another field name, are refused.
 */
export async function readMultipartUpload(request: FastifyRequest, maxBytes: number): Promise<ReceivedUpload> {
  let file: { fileName: string; data: Buffer } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== UPLOAD_FILE_FIELD || file !== null) {
        part.file.resume();
        throw badRequest([{ path: `body.${part.fieldname}`, code: 'unexpected_file', message: 'unexpected_file' }]);
      }
      const data = await readLimited(part.file, maxBytes);
      // At its own size limit the parser ends the stream early and only flags it as truncated.
      if (part.file.truncated) {
        throw tooLarge(maxBytes);
      }
      file = { fileName: part.filename, data };
    } else if (typeof part.value === 'string' && !(part.fieldname in fields)) {
      fields[part.fieldname] = part.value;
    }
  }
  if (file === null) {
    throw badRequest([{ path: `body.${UPLOAD_FILE_FIELD}`, code: 'required', message: 'required' }]);
  }
  return { ...file, fields };
}
