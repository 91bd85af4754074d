import type { AnyRoute } from '../../../platform/http/route.ts';
import type { Platform } from '../../../platform/platform.ts';
import { planRoutes } from '../plans/plans.routes.ts';
import { createPlanService } from '../plans/plans.service.ts';
import { reminderJob, reminderTemplates } from './reminders.ts';
import { roundRoutes } from './rounds.routes.ts';
import { createRoundService } from './rounds.service.ts';
import { createTransferService, defineTransferJobs } from './transfer.ts';
import { transferRoutes } from './transfer.routes.ts';

export { computePlanProgress, type ProgramProgress } from '../plans/progress.ts';
export { seedDemoPlansAndRounds } from './demo.ts';

/** Routes of unit plans and reporting rounds, for the programs manifest. */
export function plansAndRoundsRoutes(platform: Platform): AnyRoute[] {
  return [...planRoutes(createPlanService(platform)), ...roundRoutes(createRoundService(platform)), ...transferRoutes(platform, createTransferService(platform))];
}

/** Jobs and mail templates of plans and rounds. */
export function registerPlansAndRounds(platform: Platform): void {
  platform.jobs.define(reminderJob(platform));
  defineTransferJobs(platform, createRoundService(platform));
  for (const template of reminderTemplates) {
    platform.mail.defineTemplate(template);
  }
}
