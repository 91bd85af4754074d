import type { ModuleManifest } from '../../platform/module.ts';
import './programs.tables.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { defineDocumentJobs, documentRoutes } from './documents/documents.routes.ts';
import { seedProgramsDemo } from './demo/seed-demo.ts';
import { enterprisesSupportedComputation } from './indicators/enterprises-supported.ts';
import { defineMaterialiseJob } from './indicators/materialise.job.ts';
import { programsCoreRoutes } from './programs.routes.ts';
import { plansAndRoundsRoutes, registerPlansAndRounds } from './rounds/index.ts';
import { seedProgramsReference } from './reference/seed-reference.ts';

/**
 * Programs and indicators: a program's sections, targets and actions; indicators and their values;
 * unit implementation plans; reporting rounds; the dashboard and the official review documents.
 */
export const programsModule: ModuleManifest = {
  name: 'programs',
  routes: (platform) => [...programsCoreRoutes(platform), ...dashboardRoutes(platform), ...documentRoutes(platform), ...plansAndRoundsRoutes(platform)],
  indicators: [enterprisesSupportedComputation],
  register: (platform) => {
    defineMaterialiseJob(platform);
    defineDocumentJobs(platform);
    registerPlansAndRounds(platform);
  },
  seedReference: seedProgramsReference,
  seedDemo: seedProgramsDemo,
};

export { reportCommand, roundReport } from './documents/report-command.ts';

// The face the programs' sub-areas (plans, rounds, dashboard, documents) build on.
export { materialiseIndicatorValues, materialiseIndicatorValuesIn, type MaterialiseOptions } from './indicators/materialise.ts';
export { periodsOf, type Period } from './indicators/periods.ts';
export { findProgramByCode, indicatorsWithInputs, loadProgramTree } from './programs.service.ts';
export { canReadProgram, placementOf, programPlacement, readsInternally, requireProgram } from './programs.policy.ts';
export type { ActionRow, IndicatorRow, ProgramRow, ProgramWithPlace, SectionRow, TargetRow } from './programs.repository.ts';
export { fieldError as programsFieldError, type ProgramsFieldCode } from './programs.errors.ts';
export { exportProgram, importProgram } from './program-import.ts';
export { MATERIALISE_JOB } from './indicators/job-kinds.ts';
export { PROGRAM_29_CTR_TU_CODE } from './reference/29-CTr-TU.ts';
