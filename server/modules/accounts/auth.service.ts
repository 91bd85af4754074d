import type { z } from 'zod';
import type { ZChangePassword, ZPasswordResetConfirm, ZSignupRequest, ZUpdateProfile } from '../../../common/contracts/auth.ts';
import type { Locale } from '../../../common/i18n/locale.ts';
import { anonymousActor, type Actor } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { clearFailures, isThrottled, recordFailure } from '../../platform/auth/throttle.ts';
import { hashToken, randomToken } from '../../platform/auth/tokens.ts';
import { nowIso } from '../../platform/db/ids.ts';
import { AppError, unauthenticated } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { loadUserActor } from './actor-loader.ts';
import * as repo from './accounts.repository.ts';

const RESET_TOKEN_MINUTES = 60;

export interface AuthContext {
  actor: Actor;
  requestId: string;
  ip: string;
  userAgent: string;
  locale: Locale;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

export class AuthService {
  constructor(private readonly platform: Platform) {}

  private get throttlePolicy() {
    const { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES } = this.platform.config.env;
    return { maxFailures: LOGIN_MAX_FAILURES, windowMinutes: LOGIN_WINDOW_MINUTES };
  }

  /** The actor behind a session cookie, or null when the session is unknown, expired or its user disabled. */
  async authenticate(token: string, locale: Locale): Promise<{ actor: Actor; sessionId: string } | null> {
    const sessionId = hashToken(token);
    const row = await repo.findLiveSession(this.platform.db, sessionId, nowIso());
    if (!row || row.status !== 'active') {
      return null;
    }
    const actor = await loadUserActor(this.platform.db, this.platform.scopes, row, locale);
    return { actor, sessionId };
  }

  async login(ctx: AuthContext, email: string, password: string): Promise<NewSession> {
    const policy = this.throttlePolicy;
    const emailKey = `email:${email}`;
    const ipKey = `ip:${ctx.ip}`;
    // The per-address limit is higher: many people of one office share an address.
    const keys = [
      { key: emailKey, limit: policy.maxFailures },
      { key: ipKey, limit: policy.maxFailures * 5 },
    ];
    if (await isThrottled(this.platform.db, keys, policy)) {
      throw new AppError('too_many_attempts', 429, {
        params: { minutes: policy.windowMinutes },
        headers: { 'retry-after': String(policy.windowMinutes * 60) },
      });
    }
    const user = await repo.findUserByEmail(this.platform.db, email);
    const valid = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !valid) {
      await recordFailure(this.platform.db, [emailKey, ipKey]);
      throw new AppError('invalid_credentials', 401);
    }
    if (user.status === 'pending') {
      throw new AppError('account_pending', 403);
    }
    if (user.status === 'disabled') {
      throw new AppError('account_disabled', 403);
    }
    const token = randomToken();
    const expiresAt = new Date(Date.now() + this.platform.config.env.SESSION_TTL_HOURS * 3_600_000);
    const actor = await loadUserActor(this.platform.db, this.platform.scopes, user, ctx.locale);
    await this.platform.db.transaction().execute(async (tx) => {
      await repo.insertSession(tx, {
        id: hashToken(token),
        user_id: user.id,
        expires_at: expiresAt.toISOString(),
        ip: ctx.ip,
        user_agent: ctx.userAgent.slice(0, 300),
      });
      await repo.updateUser(tx, user.id, { last_login_at: nowIso() });
      await clearFailures(tx, emailKey);
      await recordAudit(tx, { actor, requestId: ctx.requestId }, { action: 'auth.login', subjectType: 'user', subjectId: user.id });
    });
    return { token, expiresAt, actor };
  }

  async logout(ctx: AuthContext, sessionId: string | null): Promise<void> {
    if (!sessionId) {
      return;
    }
    await this.platform.db.transaction().execute(async (tx) => {
      await repo.deleteSession(tx, sessionId);
      await recordAudit(tx, ctx, { action: 'auth.logout', subjectType: 'user', subjectId: ctx.actor.userId });
    });
  }

  /** Creates a pending account and tells the applicant and the administrators. */
  async signup(ctx: AuthContext, input: z.output<typeof ZSignupRequest>): Promise<void> {
    const passwordHash = await hashPassword(input.password);
    await this.platform.db.transaction().execute(async (tx) => {
      if (await repo.findUserByEmail(tx, input.email)) {
        throw new AppError('email_taken', 409, { fieldErrors: [{ path: 'body.email', code: 'email_taken', message: 'email_taken' }] });
      }
      const user = await repo.insertUser(tx, {
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        person_id: null,
        status: 'pending',
        requested_role: input.requestedRole,
        requested_organisation_id: input.organisationName,
        locale: input.locale,
      });
      const applicant = anonymousActor(ctx.locale);
      await recordAudit(tx, { actor: { ...applicant, displayName: input.email }, requestId: ctx.requestId }, {
        action: 'auth.signup',
        subjectType: 'user',
        subjectId: user.id,
        after: { email: user.email, displayName: user.display_name, requestedRole: user.requested_role },
      });
      await this.platform.mail.queue(tx, {
        to: user.email,
        template: 'account.signup_received',
        locale: input.locale,
        params: { displayName: user.display_name },
      });
      for (const admin of await repo.adminEmails(tx)) {
        await this.platform.mail.queue(tx, {
          to: admin.email,
          template: 'account.signup_pending_admin',
          locale: admin.locale === 'en' ? 'en' : 'vi',
          params: {
            applicantName: user.display_name,
            applicantEmail: user.email,
            reviewUrl: `${this.platform.config.publicUrl}/admin/users?status=pending`,
          },
        });
      }
    });
  }

  /** Always succeeds from the caller's view, so the answer never reveals whether an address is registered. */
  async requestPasswordReset(ctx: AuthContext, email: string): Promise<void> {
    const user = await repo.findUserByEmail(this.platform.db, email);
    if (!user || user.status !== 'active') {
      return;
    }
    const token = randomToken();
    await this.platform.db.transaction().execute(async (tx) => {
      await repo.insertResetToken(tx, {
        token_hash: hashToken(token),
        user_id: user.id,
        expires_at: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000).toISOString(),
      });
      await recordAudit(tx, ctx, { action: 'auth.password_reset_requested', subjectType: 'user', subjectId: user.id });
      await this.platform.mail.queue(tx, {
        to: user.email,
        template: 'account.password_reset',
        locale: user.locale === 'en' ? 'en' : 'vi',
        params: {
          displayName: user.display_name,
          resetUrl: `${this.platform.config.publicUrl}/reset-password?token=${token}`,
          expiresInMinutes: String(RESET_TOKEN_MINUTES),
        },
      });
    });
  }

  async confirmPasswordReset(ctx: AuthContext, input: z.output<typeof ZPasswordResetConfirm>): Promise<void> {
    const tokenHash = hashToken(input.token);
    const passwordHash = await hashPassword(input.password);
    await this.platform.db.transaction().execute(async (tx) => {
      const stored = await repo.findResetToken(tx, tokenHash);
      if (!stored || !(await repo.consumeResetToken(tx, tokenHash, nowIso()))) {
        throw new AppError('reset_token_invalid', 400);
      }
      await repo.updateUser(tx, stored.user_id, { password_hash: passwordHash });
      // A reset means the old password may be known to someone else: end every session.
      await repo.deleteSessionsOfUser(tx, stored.user_id);
      await recordAudit(tx, ctx, { action: 'auth.password_reset', subjectType: 'user', subjectId: stored.user_id });
    });
  }

  async changePassword(ctx: AuthContext, sessionId: string | null, input: z.output<typeof ZChangePassword>): Promise<void> {
    const userId = ctx.actor.userId;
    if (!userId) {
      throw unauthenticated();
    }
    const user = await repo.findUserById(this.platform.db, userId);
    if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new AppError('invalid_credentials', 400, {
        fieldErrors: [{ path: 'body.currentPassword', code: 'invalid_credentials', message: 'invalid_credentials' }],
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.platform.db.transaction().execute(async (tx) => {
      await repo.updateUser(tx, userId, { password_hash: passwordHash });
      // Other sessions may belong to whoever knew the old password; the one making the change stays.
      await repo.deleteSessionsOfUser(tx, userId, sessionId);
      await recordAudit(tx, ctx, { action: 'auth.password_changed', subjectType: 'user', subjectId: userId });
    });
  }

  async updateProfile(ctx: AuthContext, input: z.output<typeof ZUpdateProfile>): Promise<void> {
    const userId = ctx.actor.userId;
    if (!userId) {
      throw unauthenticated();
    }
    await this.platform.db.transaction().execute(async (tx) => {
      const before = await repo.findUserById(tx, userId);
      const changes = {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
      };
      await repo.updateUser(tx, userId, changes);
      await recordAudit(tx, ctx, {
        action: 'account.profile_updated',
        subjectType: 'user',
        subjectId: userId,
        before: { displayName: before?.display_name, locale: before?.locale },
        after: changes,
      });
    });
  }
}
