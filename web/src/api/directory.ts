import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DirectoryTransferEntity,
  TDirectoryExportRequest,
  TDirectoryJob,
  TDirectoryJobAccepted,
  TJurisdiction,
  TOrganisation,
  TOrganisationDetail,
  TOrganisationInput,
  TOrganisationUpdate,
  TPerson,
  TPersonInput,
  TPersonUpdate,
  TRelation,
  TRelationInput,
  TStFieldNode,
} from '../../../common/contracts/directory.ts';
import { UPLOAD_FILE_FIELD } from '../../../common/contracts/files.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { api } from './client.ts';
import type { QueryValue } from './query-string.ts';

const BASE = '/api/v1/directory';
const directoryKey = ['directory'] as const;

type Filters = Record<string, QueryValue>;

export function useJurisdictions(query: Filters, enabled = true) {
  return useQuery({
    queryKey: [...directoryKey, 'jurisdictions', query],
    queryFn: ({ signal }) => api.get<Page<TJurisdiction>>(`${BASE}/jurisdictions`, query, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

export function useFieldTree() {
  return useQuery({
    queryKey: [...directoryKey, 'fields'],
    queryFn: ({ signal }) => api.get<TStFieldNode[]>(`${BASE}/fields`, undefined, signal),
    staleTime: 60 * 60_000,
  });
}

export function useOrganisations(query: Filters, enabled = true) {
  return useQuery({
    queryKey: [...directoryKey, 'organisations', 'list', query],
    queryFn: ({ signal }) => api.get<Page<TOrganisation>>(`${BASE}/organisations`, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: [...directoryKey, 'organisations', 'one', id],
    queryFn: ({ signal }) => api.get<TOrganisationDetail>(`${BASE}/organisations/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function usePeople(query: Filters, enabled = true) {
  return useQuery({
    queryKey: [...directoryKey, 'people', 'list', query],
    queryFn: ({ signal }) => api.get<Page<TPerson>>(`${BASE}/people`, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: [...directoryKey, 'people', 'one', id],
    queryFn: ({ signal }) => api.get<TPerson>(`${BASE}/people/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useRelations(query: { partyKind: 'person' | 'organisation'; partyId: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: [...directoryKey, 'relations', query],
    queryFn: ({ signal }) => api.get<Page<TRelation>>(`${BASE}/relations`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

function useDirectoryMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: directoryKey }),
  });
}

export function useCreateOrganisation() {
  return useDirectoryMutation((input: TOrganisationInput) => api.post<TOrganisation>(`${BASE}/organisations`, input));
}

export function useUpdateOrganisation(id: string) {
  return useDirectoryMutation((input: TOrganisationUpdate) => api.patch<TOrganisation>(`${BASE}/organisations/${encodeURIComponent(id)}`, input));
}

export function useCreatePerson() {
  return useDirectoryMutation((input: TPersonInput) => api.post<TPerson>(`${BASE}/people`, input));
}

export function useUpdatePerson(id: string) {
  return useDirectoryMutation((input: TPersonUpdate) => api.patch<TPerson>(`${BASE}/people/${encodeURIComponent(id)}`, input));
}

export function useRequestExport() {
  return useMutation({
    mutationFn: (input: TDirectoryExportRequest) => api.post<TDirectoryJobAccepted>(`${BASE}/exports`, input),
  });
}

export function useRequestImport() {
  return useMutation({
    mutationFn: (input: { file: File; entity: DirectoryTransferEntity; dryRun: boolean; locale: 'vi' | 'en' }) => {
      const form = new FormData();
      form.set('entity', input.entity);
      form.set('dryRun', String(input.dryRun));
      form.set('locale', input.locale);
      form.set(UPLOAD_FILE_FIELD, input.file, input.file.name);
      return api.upload<TDirectoryJobAccepted>(`${BASE}/imports`, form);
    },
  });
}

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/** Follows an export or import job, polling every second until it has finished. */
export function useDirectoryJob(id: string | null) {
  return useQuery({
    queryKey: [...directoryKey, 'jobs', id],
    queryFn: ({ signal }) => api.get<TDirectoryJob>(`${BASE}/jobs/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : 1000),
  });
}

export function useCreateRelation() {
  return useDirectoryMutation((input: TRelationInput) => api.post<TRelation>(`${BASE}/relations`, input));
}

export function useEndRelation() {
  return useDirectoryMutation((input: { id: string; endDate: string }) =>
    api.post<TRelation>(`${BASE}/relations/${encodeURIComponent(input.id)}/end`, { endDate: input.endDate }),
  );
}

export function useDeleteRelation() {
  return useDirectoryMutation((id: string) => api.delete<undefined>(`${BASE}/relations/${encodeURIComponent(id)}`));
}
