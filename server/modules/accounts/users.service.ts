import type { z } from 'zod';
import type { TUser, ZCreateUser, ZGrantInput, ZUpdateUser, ZUserListQuery } from '../../../common/contracts/accounts.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { authorize } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { resolveGrants } from './actor-loader.ts';
import { presentUser } from './accounts.presenter.ts';
import * as repo from './accounts.repository.ts';

/** Administration of accounts and their role grants; every use case requires `users.manage`. */
export class UsersService {
  constructor(private readonly platform: Platform) {}

  async list(ctx: AuditContext, query: z.output<typeof ZUserListQuery>): Promise<Page<TUser>> {
    authorize(ctx.actor, 'users.manage');
    const { rows, total } = await repo.listUsers(this.platform.db, query);
    return { items: await this.presentMany(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(ctx: AuditContext, id: string): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    const row = await repo.findUserById(this.platform.db, id);
    if (!row) {
      throw notFound();
    }
    const [user] = await this.presentMany([row]);
    if (!user) {
      throw notFound();
    }
    return user;
  }

  private async presentMany(rows: readonly repo.UserRow[]): Promise<TUser[]> {
    const grantRows = await repo.grantsOfUsers(this.platform.db, rows.map((row) => row.id));
    const resolved = await resolveGrants(this.platform.scopes, grantRows);
    const ownerOf = new Map(grantRows.map((grant) => [grant.id, grant.user_id]));
    return rows.map((row) => presentUser(row, resolved.filter((grant) => grant.id !== null && ownerOf.get(grant.id) === row.id)));
  }

  private async validateGrant(grant: z.output<typeof ZGrantInput>): Promise<void> {
    if (grant.scopeKind === 'global') {
      if (grant.scopeId !== null) {
        throw new AppError('validation_failed', 400, {
          fieldErrors: [{ path: 'body.scopeId', code: 'must_be_empty', message: 'A global grant has no scope id' }],
        });
      }
      return;
    }
    const found = grant.scopeId ? await this.platform.scopes.resolve(grant.scopeKind, [grant.scopeId]) : new Map();
    if (!grant.scopeId || !found.has(grant.scopeId)) {
      throw new AppError('validation_failed', 400, {
        fieldErrors: [{ path: 'body.scopeId', code: 'unknown_scope', message: `No ${grant.scopeKind} with this id` }],
      });
    }
  }

  async create(ctx: AuditContext, input: z.output<typeof ZCreateUser>): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    for (const grant of input.grants) {
      await this.validateGrant(grant);
    }
    const passwordHash = await hashPassword(input.password);
    const id = await this.platform.db.transaction().execute(async (tx) => {
      if (await repo.findUserByEmail(tx, input.email)) {
        throw new AppError('email_taken', 409, { fieldErrors: [{ path: 'body.email', code: 'email_taken', message: 'email_taken' }] });
      }
      const user = await repo.insertUser(tx, {
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        person_id: input.personId,
        status: 'active',
        requested_role: null,
        requested_organisation_id: null,
        locale: input.locale,
      });
      for (const grant of input.grants) {
        await repo.insertGrant(tx, { user_id: user.id, role: grant.role, scope_kind: grant.scopeKind, scope_id: grant.scopeId, created_by: ctx.actor.userId });
      }
      await recordAudit(tx, ctx, {
        action: 'user.created',
        subjectType: 'user',
        subjectId: user.id,
        after: { email: user.email, displayName: user.display_name, grants: input.grants },
      });
      return user.id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: AuditContext, id: string, input: z.output<typeof ZUpdateUser>): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    await this.platform.db.transaction().execute(async (tx) => {
      const before = await repo.findUserById(tx, id);
      if (!before) {
        throw notFound();
      }
      if (input.status === 'disabled' && id === ctx.actor.userId) {
        throw new AppError('forbidden', 403, { detail: 'You cannot disable your own account' });
      }
      const changes = {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.personId !== undefined ? { person_id: input.personId } : {}),
      };
      await repo.updateUser(tx, id, changes);
      if (input.status === 'disabled') {
        await repo.deleteSessionsOfUser(tx, id);
      }
      await recordAudit(tx, ctx, {
        action: 'user.updated',
        subjectType: 'user',
        subjectId: id,
        before: { displayName: before.display_name, status: before.status, personId: before.person_id },
        after: changes,
      });
    });
    return this.get(ctx, id);
  }

  /** Activates a pending sign-up and grants the role the applicant asked for (or the ones given). */
  async approve(ctx: AuditContext, id: string, grants: z.output<typeof ZGrantInput>[]): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    for (const grant of grants) {
      await this.validateGrant(grant);
    }
    await this.platform.db.transaction().execute(async (tx) => {
      const user = await repo.findUserById(tx, id);
      if (!user) {
        throw notFound();
      }
      if (user.status !== 'pending') {
        throw new AppError('conflict', 409, { detail: 'Only pending accounts can be approved' });
      }
      const toGrant =
        grants.length > 0
          ? grants
          : user.requested_role === 'researcher' || user.requested_role === 'org_representative'
            ? [{ role: user.requested_role, scopeKind: 'global' as const, scopeId: null }]
            : [];
      await repo.updateUser(tx, id, { status: 'active' });
      for (const grant of toGrant) {
        await repo.insertGrant(tx, { user_id: id, role: grant.role, scope_kind: grant.scopeKind, scope_id: grant.scopeId, created_by: ctx.actor.userId });
      }
      await recordAudit(tx, ctx, { action: 'user.approved', subjectType: 'user', subjectId: id, after: { grants: toGrant } });
      await this.platform.mail.queue(tx, {
        to: user.email,
        template: 'account.approved',
        locale: user.locale === 'en' ? 'en' : 'vi',
        params: { displayName: user.display_name, loginUrl: `${this.platform.config.publicUrl}/login` },
      });
    });
    return this.get(ctx, id);
  }

  async addGrant(ctx: AuditContext, userId: string, grant: z.output<typeof ZGrantInput>): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    await this.validateGrant(grant);
    await this.platform.db.transaction().execute(async (tx) => {
      if (!(await repo.findUserById(tx, userId))) {
        throw notFound();
      }
      const row = await repo.insertGrant(tx, { user_id: userId, role: grant.role, scope_kind: grant.scopeKind, scope_id: grant.scopeId, created_by: ctx.actor.userId });
      await recordAudit(tx, ctx, { action: 'grant.added', subjectType: 'user', subjectId: userId, after: { id: row.id, ...grant } });
    });
    return this.get(ctx, userId);
  }

  async removeGrant(ctx: AuditContext, userId: string, grantId: string): Promise<TUser> {
    authorize(ctx.actor, 'users.manage');
    await this.platform.db.transaction().execute(async (tx) => {
      const removed = await repo.deleteGrant(tx, userId, grantId);
      if (!removed) {
        throw notFound();
      }
      if (removed.role === 'admin' && (await repo.countActiveAdmins(tx)) === 0) {
        throw new AppError('conflict', 409, { detail: 'The last administrator cannot lose the administrator role' });
      }
      await recordAudit(tx, ctx, {
        action: 'grant.removed',
        subjectType: 'user',
        subjectId: userId,
        before: { id: removed.id, role: removed.role, scopeKind: removed.scope_kind, scopeId: removed.scope_id },
      });
    });
    return this.get(ctx, userId);
  }
}
