import type { ModuleManifest } from '../../platform/module.ts';
import './library.tables.ts';

/**
 * The electronic S&T library (seed §II.3): deposit and curation of result records, their files and
 * extracted text, search over both, and the functions OAI-PMH, the portal and bulk transfer use.
 */
export const libraryModule: ModuleManifest = {
  name: 'library',
  routes: () => [],
};
