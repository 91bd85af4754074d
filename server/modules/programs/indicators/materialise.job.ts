import { z } from 'zod';
import { t } from '../../../../common/i18n/index.ts';
import type { Platform } from '../../../platform/platform.ts';
import { MATERIALISE_JOB } from './job-kinds.ts';
import { materialiseIndicatorValues } from './materialise.ts';

/** Materialisation as a job: queued after imports and support-record changes, or on request. */
export function defineMaterialiseJob(platform: Platform): void {
  platform.jobs.define({
    kind: MATERIALISE_JOB,
    payload: z.object({ programId: z.uuid(), fromYear: z.number().int().optional(), toYear: z.number().int().optional() }),
    maxAttempts: 3,
    run: async (payload, context) => {
      await context.reportProgress(0, t(context.actor.locale, 'programs.jobs.materialise'));
      const result = await materialiseIndicatorValues(platform, payload.programId, {
        fromYear: payload.fromYear,
        toYear: payload.toYear,
        context: { actor: context.actor, requestId: null },
      });
      await context.reportProgress(1, t(context.actor.locale, 'programs.jobs.materialised', { created: result.created, updated: result.updated }));
      return result;
    },
  });
}
