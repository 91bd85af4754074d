import { z } from 'zod';
import { ZCreateUser, ZGrantInput, ZUpdateUser, ZUser, ZUserList, ZUserListQuery } from '../../../common/contracts/accounts.ts';
import {
  SESSION_COOKIE,
  ZChangePassword,
  ZLoginRequest,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZSession,
  ZSignupRequest,
  ZUpdateProfile,
} from '../../../common/contracts/auth.ts';
import { defineRoute, type AnyRoute, type RequestContext } from '../../platform/http/route.ts';
import type { Platform } from '../../platform/platform.ts';
import { notFound } from '../../platform/errors.ts';
import { presentSessionUser } from './accounts.presenter.ts';
import { findUserById } from './accounts.repository.ts';
import type { AuthService } from './auth.service.ts';
import type { UsersService } from './users.service.ts';

const ZUserIdParams = z.object({ id: z.uuid() });
const ZGrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });
const ZApproveBody = z.object({ grants: z.array(ZGrantInput).max(20).default([]) });

export function accountRoutes(platform: Platform, auth: AuthService, users: UsersService): AnyRoute[] {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: platform.config.cookieSecure,
  };

  async function sessionOf(ctx: RequestContext) {
    if (ctx.actor.kind !== 'user' || !ctx.actor.userId) {
      return { user: null };
    }
    const row = await findUserById(platform.db, ctx.actor.userId);
    return { user: row ? presentSessionUser(row.email, ctx.actor) : null };
  }

  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/session',
      summary: 'The signed-in user, their roles and permissions (null when signed out)',
      tags: ['auth'],
      access: 'public',
      response: ZSession,
      handler: ({ ctx }) => sessionOf(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      summary: 'Sign in with email and password; sets the session cookie',
      tags: ['auth'],
      access: 'public',
      body: ZLoginRequest,
      response: ZSession,
      handler: async ({ body, ctx, reply }) => {
        const session = await auth.login(ctx, body.email, body.password);
        void reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
        return { user: presentSessionUser(body.email, session.actor) };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      summary: 'Sign out: ends the session',
      tags: ['auth'],
      access: 'public',
      status: 204,
      handler: async ({ ctx, reply }) => {
        await auth.logout(ctx, ctx.sessionId);
        void reply.clearCookie(SESSION_COOKIE, cookieOptions);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/signup',
      summary: 'Apply for an account (researcher or organisation representative); an administrator approves it',
      tags: ['auth'],
      access: 'public',
      body: ZSignupRequest,
      status: 202,
      response: z.object({ status: z.literal('pending') }),
      handler: async ({ body, ctx }) => {
        await auth.signup(ctx, body);
        return { status: 'pending' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      summary: 'Email a password reset link (the answer is the same whether or not the address exists)',
      tags: ['auth'],
      access: 'public',
      body: ZPasswordResetRequest,
      status: 202,
      response: z.object({ status: z.literal('sent_if_registered') }),
      handler: async ({ body, ctx }) => {
        await auth.requestPasswordReset(ctx, body.email);
        return { status: 'sent_if_registered' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      summary: 'Set a new password with a reset token (single use, expires after an hour)',
      tags: ['auth'],
      access: 'public',
      body: ZPasswordResetConfirm,
      status: 204,
      handler: ({ body, ctx }) => auth.confirmPasswordReset(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/me',
      summary: 'My account',
      tags: ['account'],
      access: 'authenticated',
      response: ZUser,
      handler: async ({ ctx }) => {
        const session = await sessionOf(ctx);
        if (!session.user) {
          throw notFound();
        }
        const row = await findUserById(platform.db, session.user.id);
        if (!row) {
          throw notFound();
        }
        return {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          status: row.status,
          locale: row.locale === 'en' ? ('en' as const) : ('vi' as const),
          personId: row.person_id,
          requestedRole: row.requested_role,
          requestedOrganisation: row.requested_organisation_id,
          grants: session.user.grants,
          createdAt: row.created_at,
          lastLoginAt: row.last_login_at,
        };
      },
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/me',
      summary: 'Update my display name or language',
      tags: ['account'],
      access: 'authenticated',
      body: ZUpdateProfile,
      response: ZSession,
      handler: async ({ body, ctx }) => {
        await auth.updateProfile(ctx, body);
        const refreshed = { ...ctx, actor: { ...ctx.actor, displayName: body.displayName ?? ctx.actor.displayName, locale: body.locale ?? ctx.actor.locale } };
        return sessionOf(refreshed);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/me/password',
      summary: 'Change my password (other sessions are signed out)',
      tags: ['account'],
      access: 'authenticated',
      body: ZChangePassword,
      status: 204,
      handler: ({ body, ctx }) => auth.changePassword(ctx, ctx.sessionId, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/users',
      summary: 'List accounts, filtered by status and searched by email or name',
      tags: ['admin'],
      access: 'users.manage',
      query: ZUserListQuery,
      response: ZUserList,
      handler: ({ query, ctx }) => users.list(ctx, query),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/users',
      summary: 'Create an active account with role grants',
      tags: ['admin'],
      access: 'users.manage',
      body: ZCreateUser,
      response: ZUser,
      status: 201,
      handler: ({ body, ctx }) => users.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/admin/users/:id',
      summary: 'One account with its grants',
      tags: ['admin'],
      access: 'users.manage',
      params: ZUserIdParams,
      response: ZUser,
      handler: ({ params, ctx }) => users.get(ctx, params.id),
    }),
    defineRoute({
      method: 'PATCH',
      url: '/api/v1/admin/users/:id',
      summary: 'Rename, link to a person, disable or re-enable an account',
      tags: ['admin'],
      access: 'users.manage',
      params: ZUserIdParams,
      body: ZUpdateUser,
      response: ZUser,
      handler: ({ params, body, ctx }) => users.update(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/users/:id/approve',
      summary: 'Approve a pending sign-up, granting the requested role or the grants given',
      tags: ['admin'],
      access: 'users.manage',
      params: ZUserIdParams,
      body: ZApproveBody,
      response: ZUser,
      handler: ({ params, body, ctx }) => users.approve(ctx, params.id, body.grants),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/admin/users/:id/grants',
      summary: 'Grant a role within a scope',
      tags: ['admin'],
      access: 'users.manage',
      params: ZUserIdParams,
      body: ZGrantInput,
      response: ZUser,
      status: 201,
      handler: ({ params, body, ctx }) => users.addGrant(ctx, params.id, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/v1/admin/users/:id/grants/:grantId',
      summary: 'Revoke a grant',
      tags: ['admin'],
      access: 'users.manage',
      params: ZGrantParams,
      response: ZUser,
      handler: ({ params, ctx }) => users.removeGrant(ctx, params.id, params.grantId),
    }),
  ];
}
