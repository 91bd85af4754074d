import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAuditList, TJob, TJobList, TMailList, TMailMessage } from '../../../common/contracts/system.ts';
import { api } from './client.ts';
import type { QueryValue } from './query-string.ts';

const systemKey = ['admin', 'system'] as const;

type Filters = Record<string, QueryValue>;

function hasUnfinished(list: TJobList | undefined): boolean {
  return (list?.items ?? []).some((job) => job.status === 'queued' || job.status === 'running');
}

/** The job list refreshes itself every few seconds while something in it is still running. */
export function useJobs(query: Filters) {
  return useQuery({
    queryKey: [...systemKey, 'jobs', query],
    queryFn: ({ signal }) => api.get<TJobList>('/api/v1/admin/jobs', query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (hasUnfinished(current.state.data) ? 3000 : false),
  });
}

function useJobAction(action: 'retry' | 'cancel') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<TJob>(`/api/v1/admin/jobs/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...systemKey, 'jobs'] }),
  });
}

export const useRetryJob = () => useJobAction('retry');
export const useCancelJob = () => useJobAction('cancel');

export function useMailList(query: Filters) {
  return useQuery({
    queryKey: [...systemKey, 'mail', query],
    queryFn: ({ signal }) => api.get<TMailList>('/api/v1/admin/mail', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMailMessage(id: string) {
  return useQuery({
    queryKey: [...systemKey, 'mail', 'one', id],
    queryFn: ({ signal }) => api.get<TMailMessage>(`/api/v1/admin/mail/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function useAuditTrail(query: Filters) {
  return useQuery({
    queryKey: [...systemKey, 'audit', query],
    queryFn: ({ signal }) => api.get<TAuditList>('/api/v1/admin/audit', query, signal),
    placeholderData: keepPreviousData,
  });
}
