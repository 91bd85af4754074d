import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateUser, TGrantInput, TUpdateUser, TUser, USER_STATUSES } from '../../../common/contracts/accounts.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { api } from './client.ts';

export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserListQuery {
  q?: string;
  status?: UserStatus;
  page: number;
  pageSize: number;
}

const usersKey = ['admin', 'users'] as const;

export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: [...usersKey, 'list', query],
    queryFn: ({ signal }) => api.get<Page<TUser>>('/api/v1/admin/users', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: [...usersKey, 'one', id],
    queryFn: ({ signal }) => api.get<TUser>(`/api/v1/admin/users/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** After any change to an account, the lists and that account's page show the new state. */
function useUserMutation<I>(request: (input: I) => Promise<TUser>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (user) => {
      client.setQueryData([...usersKey, 'one', user.id], user);
      void client.invalidateQueries({ queryKey: [...usersKey, 'list'] });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: TCreateUser) => api.post<TUser>('/api/v1/admin/users', input));
}

export function useUpdateUser(id: string) {
  return useUserMutation((input: TUpdateUser) => api.patch<TUser>(`/api/v1/admin/users/${encodeURIComponent(id)}`, input));
}

export function useApproveUser() {
  return useUserMutation((input: { id: string; grants?: TGrantInput[] }) =>
    api.post<TUser>(`/api/v1/admin/users/${encodeURIComponent(input.id)}/approve`, { grants: input.grants ?? [] }),
  );
}

export function useAddGrant(id: string) {
  return useUserMutation((input: TGrantInput) => api.post<TUser>(`/api/v1/admin/users/${encodeURIComponent(id)}/grants`, input));
}

export function useRemoveGrant(id: string) {
  return useUserMutation((grantId: string) =>
    api.delete<TUser>(`/api/v1/admin/users/${encodeURIComponent(id)}/grants/${encodeURIComponent(grantId)}`),
  );
}
