import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TUser } from '../../../common/contracts/accounts.ts';
import type { TSession, TSessionUser, TSignupRequest } from '../../../common/contracts/auth.ts';
import type { Permission } from '../../../common/contracts/permissions.ts';
import type { Locale } from '../../../common/i18n/index.ts';
import { api } from './client.ts';

export const sessionKey = ['session'] as const;
export const meKey = ['me'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => api.get<TSession>('/api/v1/auth/session', undefined, signal),
    staleTime: 60_000,
  });
}

/** The signed-in user, or null (also while the session is loading). */
export function useCurrentUser(): TSessionUser | null {
  return useSession().data?.user ?? null;
}

export function hasPermission(user: TSessionUser | null, permission: Permission): boolean {
  return user !== null && (user.isAdmin || user.permissions.includes(permission));
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<TSession>('/api/v1/auth/login', input),
    onSuccess: (session) => {
      // Everything cached so far was fetched as someone else (or nobody).
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      client.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/v1/auth/logout'),
    onSuccess: () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      client.setQueryData<TSession>(sessionKey, { user: null });
    },
  });
}

export function useSignup() {
  return useMutation({
    mutationFn: (input: TSignupRequest) => api.post<{ status: 'pending' }>('/api/v1/auth/signup', input),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) => api.post<{ status: string }>('/api/v1/auth/password-reset/request', input),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post<undefined>('/api/v1/auth/password-reset/confirm', input),
  });
}

export function useMe(enabled = true) {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => api.get<TUser>('/api/v1/me', undefined, signal),
    enabled,
  });
}

export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { displayName?: string; locale?: Locale }) => api.patch<TSession>('/api/v1/me', input),
    onSuccess: (session) => {
      client.setQueryData(sessionKey, session);
      void client.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post<undefined>('/api/v1/me/password', input),
  });
}
