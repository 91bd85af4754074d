import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * Indexes for the admin lists of jobs and the mail outbox: both are shown newest first, with or
 * without a status filter, and the platform migration only indexed the worker's due-job lookup.
 */
export const jobsMail: AppMigration = {
  name: '20261128_0004_jobs_mail',
  async up(db) {
    await db.schema.createIndex('jobs_status_created_idx').on('jobs').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('jobs_created_idx').on('jobs').column('created_at').execute();
    // Expired leases are looked up by every claim; this keeps that lookup off a scan of finished jobs.
    await db.schema.createIndex('jobs_lease_idx').on('jobs').columns(['status', 'locked_until']).execute();
    await db.schema.createIndex('mail_outbox_created_idx').on('mail_outbox').column('created_at').execute();
  },
};
