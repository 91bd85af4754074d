import { z } from 'zod';
import { PERMISSIONS, ROLES, SCOPE_KINDS, SELF_SERVICE_ROLES } from './permissions.ts';
import { email, optionalText, requiredText } from './text.ts';

/** Cookie and header names of the session and of the double-submit CSRF token. */
export const SESSION_COOKIE = 'opensti_session';
export const CSRF_COOKIE = 'opensti_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const LOCALE_COOKIE = 'opensti_locale';

export const ZPassword = z
  .string()
  .min(10, 'password_too_short')
  .max(200)
  .refine((value) => value.isWellFormed(), { message: 'invalid_unicode' });

export const ZGrant = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
});
export type TGrant = z.infer<typeof ZGrant>;

export const ZSessionUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(['vi', 'en']),
  personId: z.string().nullable(),
  grants: z.array(ZGrant),
  permissions: z.array(z.enum(PERMISSIONS)),
  isAdmin: z.boolean(),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSession = z.object({ user: ZSessionUser.nullable() });
export type TSession = z.infer<typeof ZSession>;

export const ZLoginRequest = z.object({ email: email(), password: z.string().min(1).max(200) });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZSignupRequest = z.object({
  email: email(),
  password: ZPassword,
  displayName: requiredText(200),
  requestedRole: z.enum(SELF_SERVICE_ROLES),
  organisationName: optionalText(300),
  locale: z.enum(['vi', 'en']).default('vi'),
});
export type TSignupRequest = z.infer<typeof ZSignupRequest>;

export const ZPasswordResetRequest = z.object({ email: email() });
export const ZPasswordResetConfirm = z.object({ token: z.string().min(20).max(200), password: ZPassword });
export const ZChangePassword = z.object({ currentPassword: z.string().min(1).max(200), newPassword: ZPassword });

export const ZUpdateProfile = z.object({
  displayName: requiredText(200).optional(),
  locale: z.enum(['vi', 'en']).optional(),
});
