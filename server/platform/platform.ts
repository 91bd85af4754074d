import type { Logger } from 'pino';
import type { Config } from '../config/env.ts';
import type { ScopeRegistry } from './access/scopes.ts';
import type { Db, DbHandle } from './db/client.ts';
import type { Dialect } from './db/database.ts';
import type { FileService } from './files/types.ts';
import type { IndicatorRegistry } from './indicators/index.ts';
import type { JobQueue } from './jobs/types.ts';
import type { Mailer } from './mail/types.ts';
import type { SearchIndex } from './search/types.ts';

/** The shared services every module receives; built once per process in `server/app.ts`. */
export interface Platform {
  config: Config;
  database: DbHandle;
  db: Db;
  dialect: Dialect;
  logger: Logger;
  jobs: JobQueue;
  mail: Mailer;
  files: FileService;
  search: SearchIndex;
  scopes: ScopeRegistry;
  indicators: IndicatorRegistry;
}
