import type { AppMigration } from '../platform/db/migrator.ts';

/** Indexes for the remaining list filters of the programs API: program status, indicator method, support kind. */
export const programsMore: AppMigration = {
  name: '20261128_0008_programs_more',
  async up(db) {
    await db.schema.createIndex('programs_status_idx').on('programs').columns(['status', 'issued_on']).execute();
    await db.schema.createIndex('indicators_method_idx').on('indicators').columns(['method', 'code']).execute();
    await db.schema.createIndex('support_records_kind_idx').on('support_records').columns(['kind', 'supported_on']).execute();
  },
};
