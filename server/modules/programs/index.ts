import type { ModuleManifest } from '../../platform/module.ts';
import './programs.tables.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { defineDocumentJobs, documentRoutes } from './documents/documents.routes.ts';

/**
 * Programs and indicators: a program's sections, targets and actions; indicators and their values;
 * unit implementation plans; reporting rounds; the dashboard and the official review documents.
 */
export const programsModule: ModuleManifest = {
  name: 'programs',
  routes: (platform) => [...dashboardRoutes(platform), ...documentRoutes(platform)],
  register: (platform) => defineDocumentJobs(platform),
};

export { reportCommand } from './documents/report-command.ts';

// The face the programs' sub-areas (plans, rounds, dashboard, documents) build on.
export { materialiseIndicatorValues, type MaterialiseOptions } from './indicators/materialise.ts';
export { periodsOf, type Period } from './indicators/periods.ts';
export { findProgramByCode, indicatorsWithInputs, loadProgramTree } from './programs.service.ts';
export { canReadProgram, placementOf, programPlacement, readsInternally, requireProgram } from './programs.policy.ts';
export type { ActionRow, IndicatorRow, ProgramRow, ProgramWithPlace, SectionRow, TargetRow } from './programs.repository.ts';
export { fieldError as programsFieldError, type ProgramsFieldCode } from './programs.errors.ts';
