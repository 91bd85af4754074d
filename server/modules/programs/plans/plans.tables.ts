import type { PlanRollup } from '../../../../common/contracts/programs-plans.ts';

/** Columns migration 0009 added to the programs tables. */
declare module '../programs.tables.ts' {
  interface PlansTable {
    /** `weighted`: parents average their children by weight; `average`: every child counts the same. */
    rollup: PlanRollup;
  }
  interface PlanMilestonesTable {
    version: number;
  }
  interface ReportingRoundsTable {
    /** Reminders go to units that have not submitted this many days before the due date. */
    remind_days_before: number;
  }
}
