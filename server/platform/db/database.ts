/**
 * The Kysely database type. It starts empty: the platform and each module add their tables by
 * declaration merging (`declare module '.../platform/db/database.ts' { interface Database { ... } }`),
 * so `platform/` never has to import a module to know its tables.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

export type Dialect = 'sqlite' | 'postgres';
