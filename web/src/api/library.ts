import type { z } from 'zod';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LibraryBrowseDimension,
  LibraryFileRole,
  TCurationAction,
  TCurationComment,
  TLibraryBrowse,
  TLibraryRecord,
  TLibraryRecordInput,
  TLibraryRecordList,
  TLibraryRecordListQuery,
  TLibraryRecordUpdate,
  TLibrarySearchResult,
  ZCurationEventList,
  ZLibraryVersionList,
} from '../../../common/contracts/library.ts';
import type { TDirectoryExportResult, TDirectoryImportReport } from '../../../common/contracts/directory.ts';
import { UPLOAD_FILE_FIELD } from '../../../common/contracts/files.ts';
import { api } from './client.ts';

const BASE = '/api/v1/library';

export type TLibraryVersionList = z.infer<typeof ZLibraryVersionList>;
export type TCurationEventList = z.infer<typeof ZCurationEventList>;

const libraryKey = ['library'] as const;

/** A search as the URL carries it; the server checks every value against its contract. */
export type LibrarySearchParams = Record<string, string | number | readonly string[]>;

/** Repeated parameters (`type=a&type=b`), as the search contract reads its facet lists. */
function searchParams(query: LibrarySearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of typeof value === 'object' ? value : [value]) {
      if (item !== '') {
        params.append(key, String(item));
      }
    }
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function useLibrarySearch(query: LibrarySearchParams) {
  return useQuery({
    queryKey: [...libraryKey, 'search', query],
    queryFn: ({ signal }) => api.get<TLibrarySearchResult>(`${BASE}/search${searchParams(query)}`, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLibraryBrowse(dimension: LibraryBrowseDimension) {
  return useQuery({
    queryKey: [...libraryKey, 'browse', dimension],
    queryFn: ({ signal }) => api.get<TLibraryBrowse>(`${BASE}/browse/${dimension}`, undefined, signal),
    staleTime: 60_000,
  });
}

export function useLibraryRecords(query: Partial<Omit<TLibraryRecordListQuery, 'textFailed'>> & { textFailed?: boolean }) {
  return useQuery({
    queryKey: [...libraryKey, 'records', 'list', query],
    queryFn: ({ signal }) =>
      api.get<TLibraryRecordList>(`${BASE}/records`, { ...query, textFailed: query.textFailed ? 'true' : undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

const recordPath = (id: string) => `${BASE}/records/${encodeURIComponent(id)}`;

const PENDING_TEXT = new Set(['pending']);

/** One record; while a file's text is still being extracted, polls so the screen shows the outcome. */
export function useLibraryRecord(id: string | undefined) {
  return useQuery({
    queryKey: [...libraryKey, 'records', 'one', id],
    queryFn: ({ signal }) => api.get<TLibraryRecord>(recordPath(id ?? ''), undefined, signal),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.files.some((file) => PENDING_TEXT.has(file.textStatus)) ? 3000 : false),
  });
}

export function useLibraryVersions(id: string, enabled = true) {
  return useQuery({
    queryKey: [...libraryKey, 'records', 'versions', id],
    queryFn: ({ signal }) => api.get<TLibraryVersionList>(`${recordPath(id)}/versions`, undefined, signal),
    enabled,
  });
}

export function useCurationEvents(id: string, enabled = true) {
  return useQuery({
    queryKey: [...libraryKey, 'records', 'events', id],
    queryFn: ({ signal }) => api.get<TCurationEventList>(`${recordPath(id)}/events`, undefined, signal),
    enabled,
  });
}

function useLibraryMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: libraryKey }),
  });
}

export function useCreateRecord() {
  return useLibraryMutation((input: TLibraryRecordInput) => api.post<TLibraryRecord>(`${BASE}/records`, input));
}

export function useUpdateRecord(id: string) {
  return useLibraryMutation((input: TLibraryRecordUpdate) => api.put<TLibraryRecord>(recordPath(id), input));
}

export function useSubmitRecord() {
  return useLibraryMutation((input: { id: string; version: number }) => api.post<TLibraryRecord>(`${recordPath(input.id)}/submit`, { version: input.version }));
}

export type CurationStep = 'request-changes' | 'publish' | 'withdraw';

/** A curator's decision on a record: asking for changes and withdrawing need a comment, publishing may have one. */
export function useCurate() {
  return useLibraryMutation((input: { id: string; step: CurationStep; body: TCurationComment | TCurationAction }) =>
    api.post<TLibraryRecord>(`${recordPath(input.id)}/${input.step}`, input.body),
  );
}

export function useAttachFile(recordId: string) {
  return useLibraryMutation((input: { file: File; role: LibraryFileRole }) => {
    const form = new FormData();
    form.set('role', input.role);
    form.set(UPLOAD_FILE_FIELD, input.file, input.file.name);
    return api.upload<TLibraryRecord>(`${recordPath(recordId)}/files`, form);
  });
}

export function useRemoveFile(recordId: string) {
  return useLibraryMutation((fileId: string) => api.delete<TLibraryRecord>(`${recordPath(recordId)}/files/${encodeURIComponent(fileId)}`));
}

// Bulk transfer ------------------------------------------------------------------------------

export const LIBRARY_TRANSFER_FORMATS = ['csv', 'xlsx', 'xml'] as const;
export type LibraryTransferFormat = (typeof LIBRARY_TRANSFER_FORMATS)[number];

/** An export's file or an import's report: the same shapes the directory's transfer jobs return. */
export interface LibraryTransferJob {
  id: string;
  kind: 'library.import' | 'library.export';
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  progress: number;
  progressMessage: string | null;
  result: TDirectoryExportResult | TDirectoryImportReport | null;
  lastError: string | null;
}

const TRANSFER = `${BASE}/transfer`;

export function useRequestLibraryExport() {
  return useMutation({
    mutationFn: (input: { format: LibraryTransferFormat; locale: 'vi' | 'en' }) => api.post<{ jobId: string }>(`${TRANSFER}/exports`, input),
  });
}

export function useRequestLibraryImport() {
  return useMutation({
    mutationFn: (input: { file: File; format: LibraryTransferFormat; dryRun: boolean; locale: 'vi' | 'en'; jurisdictionCode: string | null }) => {
      const form = new FormData();
      form.set('format', input.format);
      form.set('dryRun', String(input.dryRun));
      form.set('locale', input.locale);
      if (input.jurisdictionCode) {
        form.set('jurisdictionCode', input.jurisdictionCode);
      }
      form.set(UPLOAD_FILE_FIELD, input.file, input.file.name);
      return api.upload<{ jobId: string }>(`${TRANSFER}/imports`, form);
    },
  });
}

const FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

/** Follows an export or import job, polling every second until it has finished. */
export function useLibraryTransferJob(id: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...libraryKey, 'transfer', id],
    queryFn: async ({ signal }) => {
      const job = await api.get<LibraryTransferJob>(`${TRANSFER}/jobs/${encodeURIComponent(id ?? '')}`, undefined, signal);
      if (job.kind === 'library.import' && job.status === 'succeeded') {
        void client.invalidateQueries({ queryKey: [...libraryKey, 'search'] });
      }
      return job;
    },
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && FINISHED.has(query.state.data.status) ? false : 1000),
  });
}
