import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * Unit plans and reporting rounds: how a plan rolls its items up (weighted by item weight, or a
 * plain average), an edit version on milestones for optimistic concurrency, and how many days
 * before a round's due date its reminders go out.
 */
export const programsRounds: AppMigration = {
  name: '20261128_0009_programs_rounds',
  async up(db) {
    await db.schema.alterTable('plans').addColumn('rollup', 'text', (c) => c.notNull().defaultTo('weighted')).execute();
    await db.schema.alterTable('plan_milestones').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('reporting_rounds').addColumn('remind_days_before', 'integer', (c) => c.notNull().defaultTo(7)).execute();
    await db.schema.createIndex('indicator_restatements_created_idx').on('indicator_restatements').column('created_at').execute();
  },
};
