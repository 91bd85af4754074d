import { sql } from 'kysely';
import type { Executor } from '../../platform/db/client.ts';
import type { GrantsTable, UsersTable } from '../../platform/db/platform-tables.ts';
import { newId, nowIso } from '../../platform/db/ids.ts';
import { foldText } from '../../../common/search/index.ts';

export type UserRow = UsersTable;
export type GrantRow = GrantsTable;

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  return executor.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  return executor.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

function searchFolded(displayName: string, email: string): string {
  return foldText(`${displayName} ${email}`);
}

/** A search term folded like the stored copy, with LIKE wildcards removed so `%` or `_` cannot widen it. */
function likePattern(term: string): string {
  return `%${foldText(term).replace(/[%_\\]/g, '')}%`;
}

export async function insertUser(
  executor: Executor,
  values: Omit<UserRow, 'id' | 'created_at' | 'updated_at' | 'last_login_at' | 'search_folded'>,
): Promise<UserRow> {
  const now = nowIso();
  const row: UserRow = {
    ...values,
    id: newId(),
    created_at: now,
    updated_at: now,
    last_login_at: null,
    search_folded: searchFolded(values.display_name, values.email),
  };
  await executor.insertInto('users').values(row).execute();
  return row;
}

export async function updateUser(
  executor: Executor,
  id: string,
  changes: Partial<Omit<UserRow, 'id' | 'created_at' | 'email' | 'search_folded'>>,
): Promise<void> {
  let folded: { search_folded: string } | undefined;
  if (changes.display_name !== undefined) {
    const current = await executor.selectFrom('users').select('email').where('id', '=', id).executeTakeFirst();
    folded = current ? { search_folded: searchFolded(changes.display_name, current.email) } : undefined;
  }
  await executor
    .updateTable('users')
    .set({ ...changes, ...folded, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function listUsers(
  executor: Executor,
  filter: { q?: string; status?: UserRow['status']; page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  let query = executor.selectFrom('users');
  if (filter.status) {
    query = query.where('status', '=', filter.status);
  }
  if (filter.q) {
    query = query.where('search_folded', 'like', likePattern(filter.q));
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function grantsOfUsers(executor: Executor, userIds: readonly string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) {
    return [];
  }
  return executor.selectFrom('grants').selectAll().where('user_id', 'in', userIds).orderBy('created_at').execute();
}

export async function insertGrant(executor: Executor, values: Omit<GrantRow, 'id' | 'created_at'>): Promise<GrantRow> {
  const row: GrantRow = { ...values, id: newId(), created_at: nowIso() };
  await executor.insertInto('grants').values(row).execute();
  return row;
}

export async function deleteGrant(executor: Executor, userId: string, grantId: string): Promise<GrantRow | undefined> {
  const row = await executor.selectFrom('grants').selectAll().where('id', '=', grantId).where('user_id', '=', userId).executeTakeFirst();
  if (row) {
    await executor.deleteFrom('grants').where('id', '=', grantId).execute();
  }
  return row;
}

export async function countActiveAdmins(executor: Executor): Promise<number> {
  const row = await executor
    .selectFrom('grants')
    .innerJoin('users', 'users.id', 'grants.user_id')
    .select(sql<number>`count(distinct users.id)`.as('admins'))
    .where('grants.role', '=', 'admin')
    .where('grants.scope_kind', '=', 'global')
    .where('users.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.admins);
}

export async function adminEmails(executor: Executor): Promise<{ email: string; locale: string }[]> {
  return executor
    .selectFrom('users')
    .innerJoin('grants', 'grants.user_id', 'users.id')
    .select(['users.email', 'users.locale'])
    .distinct()
    .where('grants.role', '=', 'admin')
    .where('users.status', '=', 'active')
    .execute();
}

export async function insertSession(
  executor: Executor,
  values: { id: string; user_id: string; expires_at: string; ip: string | null; user_agent: string | null },
): Promise<void> {
  await executor
    .insertInto('sessions')
    .values({ ...values, created_at: nowIso() })
    .execute();
}

/** The session and its user in one round trip, for every authenticated request. */
export async function findLiveSession(executor: Executor, sessionId: string, now: string) {
  return executor
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as session_id', 'users.id', 'users.display_name', 'users.person_id', 'users.locale', 'users.status'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(executor: Executor, sessionId: string): Promise<void> {
  await executor.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(executor: Executor, userId: string, exceptSessionId: string | null = null): Promise<void> {
  let query = executor.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) {
    query = query.where('id', '<>', exceptSessionId);
  }
  await query.execute();
}

export async function deleteExpiredSessions(executor: Executor, now: string): Promise<void> {
  await executor.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function insertResetToken(executor: Executor, values: { token_hash: string; user_id: string; expires_at: string }): Promise<void> {
  await executor
    .insertInto('password_reset_tokens')
    .values({ ...values, created_at: nowIso(), used_at: null })
    .execute();
}

export async function findResetToken(executor: Executor, tokenHash: string) {
  return executor.selectFrom('password_reset_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a token used only if it still was unused: the update count tells whether this call won. */
export async function consumeResetToken(executor: Executor, tokenHash: string, now: string): Promise<boolean> {
  const result = await executor
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
