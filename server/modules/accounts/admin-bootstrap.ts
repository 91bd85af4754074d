import { systemActor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './accounts.repository.ts';

/**
 * Creates (or re-activates and re-keys) a global administrator: the command-line `create-admin`
 * and the demo seed both go through here.
 */
export async function createAdmin(
  platform: Platform,
  input: { email: string; password: string; displayName: string; personId?: string | null },
  actorName = 'Lệnh opensti create-admin',
): Promise<string> {
  if (input.password.length < 10) {
    throw new AppError('validation_failed', 400, { detail: 'The password must have at least 10 characters' });
  }
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return platform.db.transaction().execute(async (tx) => {
    const actor = systemActor(actorName);
    const existing = await repo.findUserByEmail(tx, email);
    const userId =
      existing?.id ??
      (
        await repo.insertUser(tx, {
          email,
          password_hash: passwordHash,
          display_name: input.displayName,
          person_id: input.personId ?? null,
          status: 'active',
          requested_role: null,
          requested_organisation_id: null,
          locale: 'vi',
        })
      ).id;
    if (existing) {
      await repo.updateUser(tx, existing.id, { password_hash: passwordHash, status: 'active' });
    }
    const grants = await repo.grantsOfUsers(tx, [userId]);
    if (!grants.some((grant) => grant.role === 'admin' && grant.scope_kind === 'global')) {
      await repo.insertGrant(tx, { user_id: userId, role: 'admin', scope_kind: 'global', scope_id: null, created_by: null });
    }
    await recordAudit(tx, { actor, requestId: null }, {
      action: existing ? 'user.admin_reset' : 'user.admin_created',
      subjectType: 'user',
      subjectId: userId,
      after: { email, role: 'admin' },
    });
    return userId;
  });
}
