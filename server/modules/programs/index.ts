import type { ModuleManifest } from '../../platform/module.ts';
import './programs.tables.ts';

/**
 * Programs and indicators: a program's sections, targets and actions; indicators and their values;
 * unit implementation plans; reporting rounds; the dashboard and the official review documents.
 */
export const programsModule: ModuleManifest = {
  name: 'programs',
  routes: () => [],
};
