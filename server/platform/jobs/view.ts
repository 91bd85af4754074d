import { fromJson } from '../db/json.ts';
import type { JobRow } from './claim.ts';
import type { JobView } from './types.ts';

export function toJobView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    progress: row.progress,
    progressMessage: row.progress_message,
    result: fromJson<unknown>(row.result_json, null),
    lastError: row.last_error,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    runAt: row.run_at,
    finishedAt: row.finished_at,
  };
}
