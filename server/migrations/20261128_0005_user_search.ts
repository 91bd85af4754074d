import { foldText } from '../../common/search/index.ts';
import type { AppMigration } from '../platform/db/migrator.ts';

/**
 * Administrators look accounts up by name typed without diacritics ("nguyen van an"); a folded
 * copy of name and address makes that a plain LIKE in both databases.
 */
export const userSearch: AppMigration = {
  name: '20261128_0005_user_search',
  async up(db) {
    await db.schema.alterTable('users').addColumn('search_folded', 'text', (c) => c.notNull().defaultTo('')).execute();
    const users = (await db.selectFrom('users').select(['id', 'display_name', 'email']).execute()) as {
      id: string;
      display_name: string;
      email: string;
    }[];
    for (const user of users) {
      await db
        .updateTable('users')
        .set({ search_folded: foldText(`${user.display_name} ${user.email}`) })
        .where('id', '=', user.id)
        .execute();
    }
  },
};
