/** Kind of the job that materialises a program's computed values; queued by the services whose changes move them. */
export const MATERIALISE_JOB = 'programs.materialise';
