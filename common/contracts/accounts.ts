import { z } from 'zod';
import { ROLES, SCOPE_KINDS } from './permissions.ts';
import { ZGrant, ZPassword } from './auth.ts';
import { email, paged, requiredText } from './text.ts';

export const USER_STATUSES = ['pending', 'active', 'disabled'] as const;

export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(USER_STATUSES),
  locale: z.enum(['vi', 'en']),
  personId: z.string().nullable(),
  requestedRole: z.string().nullable(),
  requestedOrganisation: z.string().nullable(),
  grants: z.array(ZGrant),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserList = paged(ZUser);

export const ZUserListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(USER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const ZGrantInput = z.object({
  role: z.enum(ROLES),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeId: z.string().max(64).nullable().default(null),
});
export type TGrantInput = z.infer<typeof ZGrantInput>;

export const ZCreateUser = z.object({
  email: email(),
  displayName: requiredText(200),
  password: ZPassword,
  personId: z.uuid().nullable().default(null),
  locale: z.enum(['vi', 'en']).default('vi'),
  grants: z.array(ZGrantInput).max(20).default([]),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZUpdateUser = z.object({
  displayName: requiredText(200).optional(),
  status: z.enum(USER_STATUSES).optional(),
  personId: z.uuid().nullable().optional(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;
