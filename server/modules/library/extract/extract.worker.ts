import { parentPort, workerData } from 'node:worker_threads';
import { docxText } from './docx-text.ts';
import { ExtractionError, type ExtractionLimits } from './limits.ts';
import { pdfText } from './pdf-text.ts';
import type { WorkerReply, WorkerRequest } from './run-extraction.ts';

/** Runs in a worker thread so a hostile file can only exhaust that thread, which is then ended. */
async function main(request: WorkerRequest): Promise<WorkerReply> {
  const data = Buffer.from(request.data);
  const limits: ExtractionLimits = request.limits;
  try {
    const result = request.kind === 'pdf' ? await pdfText(data, limits) : await docxText(data, limits);
    return { ok: true, text: result.text, pages: result.pages };
  } catch (error) {
    if (error instanceof ExtractionError) {
      return { ok: false, code: error.code, detail: error.message };
    }
    return { ok: false, code: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
}

void main(workerData as WorkerRequest).then((reply) => parentPort?.postMessage(reply));
