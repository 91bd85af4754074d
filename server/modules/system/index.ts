import type { ModuleManifest } from '../../platform/module.ts';
import { systemRoutes } from './system.routes.ts';
import { SystemService } from './system.service.ts';

/** Administration of the platform's machinery: background jobs, the mail outbox and the audit trail. */
export const systemModule: ModuleManifest = {
  name: 'system',
  routes: (platform) => systemRoutes(new SystemService(platform)),
};
