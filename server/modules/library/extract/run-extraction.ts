import { Worker } from 'node:worker_threads';
import { MEDIA_TYPES } from '../../../../common/contracts/files.ts';
import { ExtractionError, type ExtractedText, type ExtractionLimits, type TextErrorCode } from './limits.ts';

export interface WorkerRequest {
  kind: 'pdf' | 'docx';
  data: Uint8Array;
  limits: ExtractionLimits;
}

export type WorkerReply = { ok: true; text: string; pages: number | null } | { ok: false; code: TextErrorCode; detail: string };

const WORKER_ENTRY = new URL('./extract.worker.ts', import.meta.url).href;
// The server runs its TypeScript through tsx; a worker thread starts without that hook, so it
// loads its entry through tsx's programmatic import, named by absolute URL so the process's working
// directory does not matter.
const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_ENTRY)}, ${JSON.stringify(import.meta.url)}))`;

function kindOf(mediaType: string): WorkerRequest['kind'] | null {
  if (mediaType === MEDIA_TYPES.pdf) {
    return 'pdf';
  }
  return mediaType === MEDIA_TYPES.docx ? 'docx' : null;
}

/**
 * The text of a PDF or .docx file, parsed in a worker thread with a bounded heap and ended after
 * `timeoutMs`, so a broken or hostile file costs at most that much and never blocks the server.
 */
export async function extractText(data: Buffer, mediaType: string, limits: ExtractionLimits): Promise<ExtractedText> {
  const kind = kindOf(mediaType);
  if (!kind) {
    throw new ExtractionError('unsupported_type');
  }
  if (data.length > limits.maxBytes) {
    throw new ExtractionError('too_large');
  }
  const request: WorkerRequest = { kind, data: new Uint8Array(data), limits };
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
  const reply = await new Promise<WorkerReply>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, code: 'timeout', detail: `over ${limits.timeoutMs} ms` }), limits.timeoutMs);
    const settle = (value: WorkerReply): void => {
      clearTimeout(timer);
      resolve(value);
    };
    worker.once('message', (message: WorkerReply) => settle(message));
    worker.once('error', (error: Error & { code?: string }) =>
      settle({ ok: false, code: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'damaged', detail: error.message }),
    );
    worker.once('exit', (code) => settle({ ok: false, code: 'damaged', detail: `worker exited with ${code}` }));
  });
  await worker.terminate();
  if (!reply.ok) {
    throw new ExtractionError(reply.code, reply.detail);
  }
  if (reply.text.length === 0) {
    throw new ExtractionError('no_text');
  }
  return { text: reply.text, pages: reply.pages };
}
