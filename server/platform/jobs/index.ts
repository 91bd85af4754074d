export { createJobQueue, DEFAULT_MAX_ATTEMPTS, type JobQueueOptions } from './queue.ts';
export { claimNextJob, LOST_WORKER_ERROR, type JobRow } from './claim.ts';
export { exponentialBackoff, errorMessage, MAX_ERROR_LENGTH } from './retry-policy.ts';
export { toJobView } from './view.ts';
export type { EnqueueOptions, JobDefinition, JobQueue, JobRunContext, JobStatus, JobView } from './types.ts';
