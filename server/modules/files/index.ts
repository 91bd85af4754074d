import type { ModuleManifest } from '../../platform/module.ts';
import { fileRoutes, presentFile } from './files.routes.ts';

/** Turns a stored file into the DTO of `common/contracts/files.ts`, for modules that list attachments. */
export { presentFile };

export const filesModule: ModuleManifest = {
  name: 'files',
  routes: (platform) => fileRoutes(platform),
};
