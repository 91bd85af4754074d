import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TDrilldown,
  TIndicatorValue,
  TProgram,
  TProgramDocumentInput,
  TProgramImportResult,
  TProgramTree,
  TSupportRecord,
  TSupportRecordInput,
  TSupportRecordUpdate,
} from '../../../common/contracts/programs.ts';
import type { TDashboard, TProgramDocument, TProgramDocumentRequest, TPublicDashboard } from '../../../common/contracts/programs-dashboard.ts';
import type { TMilestone, TMilestoneComplete, TPlan, TPlanDetail } from '../../../common/contracts/programs-plans.ts';
import type {
  TJobAccepted,
  TReport,
  TReportApprove,
  TReportDetail,
  TReportFileLink,
  TReportReturn,
  TReportSave,
  TRestate,
  TRestatement,
  TRound,
  TRoundOpen,
  TTransferJob,
} from '../../../common/contracts/programs-rounds.ts';
import { UPLOAD_FILE_FIELD, UPLOAD_PURPOSE_FIELD, type TStoredFile } from '../../../common/contracts/files.ts';
import type { Page } from '../../../common/contracts/text.ts';
import { api } from './client.ts';
import type { QueryValue } from './query-string.ts';

const BASE = '/api/v1/programs';
const PUBLIC_BASE = '/api/v1/public/programs';
export const programsKey = ['programs'] as const;

type Filters = Record<string, QueryValue>;

const id = (value: string | undefined) => encodeURIComponent(value ?? '');

export function usePrograms(query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'list', query],
    queryFn: ({ signal }) => api.get<Page<TProgram>>(BASE, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The program with its section tree, the targets and actions of each section, and its indicators. */
export function useProgramTree(programId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'tree', programId],
    queryFn: ({ signal }) => api.get<TProgramTree>(`${BASE}/${id(programId)}`, undefined, signal),
    enabled: Boolean(programId),
  });
}

export function useIndicatorValues(indicatorId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'values', indicatorId, query],
    queryFn: ({ signal }) => api.get<Page<TIndicatorValue>>(`${BASE}/indicators/${id(indicatorId)}/values`, query, signal),
    enabled: Boolean(indicatorId),
    placeholderData: keepPreviousData,
  });
}

/** The records a computed value counted (or the two values a ratio divides). */
export function useDrilldown(valueId: string | null, query: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...programsKey, 'drilldown', valueId, query],
    queryFn: ({ signal }) => api.get<TDrilldown>(`${BASE}/values/${id(valueId ?? '')}/drilldown`, query, signal),
    enabled: valueId !== null,
    placeholderData: keepPreviousData,
  });
}

export function useDashboard(programId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'dashboard', programId, query],
    queryFn: ({ signal }) => api.get<TDashboard>(`${BASE}/${id(programId)}/dashboard`, query, signal),
    enabled: Boolean(programId),
    placeholderData: keepPreviousData,
  });
}

export function usePublicDashboard(code: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'public-dashboard', code, query],
    queryFn: ({ signal }) => api.get<TPublicDashboard>(`${PUBLIC_BASE}/${id(code)}/dashboard`, query, signal),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
  });
}

export function useSupportRecords(query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'support', 'list', query],
    queryFn: ({ signal }) => api.get<Page<TSupportRecord>>(`${BASE}/support-records`, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSupportRecord(recordId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'support', 'one', recordId],
    queryFn: ({ signal }) => api.get<TSupportRecord>(`${BASE}/support-records/${id(recordId)}`, undefined, signal),
    enabled: Boolean(recordId),
  });
}

function useProgramsMutation<I, O>(request: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: programsKey }),
  });
}

export function useCreateSupportRecord() {
  return useProgramsMutation((input: TSupportRecordInput) => api.post<TSupportRecord>(`${BASE}/support-records`, input));
}

export function useUpdateSupportRecord(recordId: string) {
  return useProgramsMutation((input: TSupportRecordUpdate) => api.patch<TSupportRecord>(`${BASE}/support-records/${id(recordId)}`, input));
}

/** Checks (dry run) or imports a whole program given as one JSON document. */
export function useImportProgram() {
  return useProgramsMutation((input: { document: TProgramDocumentInput; dryRun: boolean }) =>
    api.post<TProgramImportResult>(`${BASE}/import?dryRun=${input.dryRun ? 'true' : 'false'}`, input.document),
  );
}

// Unit plans ----------------------------------------------------------------------------------

export function usePlans(programId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'plans', programId, query],
    queryFn: ({ signal }) => api.get<Page<TPlan>>(`${BASE}/${id(programId)}/plans`, query, signal),
    enabled: Boolean(programId),
    placeholderData: keepPreviousData,
  });
}

export function usePlan(planId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'plan', planId],
    queryFn: ({ signal }) => api.get<TPlanDetail>(`${BASE}/plans/${id(planId)}`, undefined, signal),
    enabled: Boolean(planId),
  });
}

export function useCompleteMilestone() {
  return useProgramsMutation((input: { milestoneId: string } & TMilestoneComplete) => {
    const { milestoneId, ...body } = input;
    return api.post<TMilestone>(`${BASE}/milestones/${id(milestoneId)}/complete`, body);
  });
}

// Reporting rounds and reports ----------------------------------------------------------------

export function useRounds(programId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'rounds', programId, query],
    queryFn: ({ signal }) => api.get<Page<TRound>>(`${BASE}/${id(programId)}/rounds`, query, signal),
    enabled: Boolean(programId),
    placeholderData: keepPreviousData,
  });
}

export function useRound(roundId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'round', roundId],
    queryFn: ({ signal }) => api.get<TRound>(`${BASE}/rounds/${id(roundId)}`, undefined, signal),
    enabled: Boolean(roundId),
  });
}

export function useOpenRound(programId: string) {
  return useProgramsMutation((input: TRoundOpen) => api.post<TRound>(`${BASE}/${id(programId)}/rounds`, input));
}

/** The round's reports the reader may see: every unit's for an officer, their own unit's for a reporter. */
export function useRoundReports(roundId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'reports', roundId, query],
    queryFn: ({ signal }) => api.get<Page<TReport>>(`${BASE}/rounds/${id(roundId)}/reports`, query, signal),
    enabled: Boolean(roundId),
    placeholderData: keepPreviousData,
  });
}

export function useReport(reportId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'report', reportId],
    queryFn: ({ signal }) => api.get<TReportDetail>(`${BASE}/reports/${id(reportId)}`, undefined, signal),
    enabled: Boolean(reportId),
  });
}

export function useSaveReport(reportId: string) {
  return useProgramsMutation((input: TReportSave) => api.put<TReportDetail>(`${BASE}/reports/${id(reportId)}`, input));
}

export function useReportTransition(reportId: string) {
  return useProgramsMutation(
    (input: { action: 'submit'; version: number } | ({ action: 'return' } & TReportReturn) | ({ action: 'approve' } & TReportApprove)) => {
      const { action, ...body } = input;
      return api.post<TReportDetail>(`${BASE}/reports/${id(reportId)}/${action}`, body);
    },
  );
}

/** Uploads an evidence file, then links it to the report with its caption. */
export function useAttachEvidence(reportId: string) {
  return useProgramsMutation(async (input: { file: File; caption: string }) => {
    const form = new FormData();
    form.set(UPLOAD_PURPOSE_FIELD, 'attachment');
    form.set(UPLOAD_FILE_FIELD, input.file, input.file.name);
    const stored = await api.upload<TStoredFile>('/api/v1/files', form);
    const link: TReportFileLink = { fileId: stored.id, caption: input.caption };
    return api.post<TReportDetail>(`${BASE}/reports/${id(reportId)}/files`, link);
  });
}

export function useRestateValue() {
  return useProgramsMutation((input: { valueId: string } & TRestate) => {
    const { valueId, ...body } = input;
    return api.post<unknown>(`${BASE}/values/${id(valueId)}/restate`, body);
  });
}

export function useRestatements(programId: string | undefined, query: Filters) {
  return useQuery({
    queryKey: [...programsKey, 'restatements', programId, query],
    queryFn: ({ signal }) => api.get<Page<TRestatement>>(`${BASE}/${id(programId)}/restatements`, query, signal),
    enabled: Boolean(programId),
    placeholderData: keepPreviousData,
  });
}

// Review documents ------------------------------------------------------------------------------

const DOCUMENT_PENDING = new Set(['queued', 'running']);

/** The round's generated documents, polled every second while one is still being generated. */
export function useRoundDocuments(programId: string | undefined, roundId: string | undefined) {
  return useQuery({
    queryKey: [...programsKey, 'documents', roundId],
    queryFn: ({ signal }) => api.get<Page<TProgramDocument>>(`${BASE}/${id(programId)}/rounds/${id(roundId)}/documents`, { pageSize: 50 }, signal),
    enabled: Boolean(programId && roundId),
    refetchInterval: (query) => (query.state.data?.items.some((document) => DOCUMENT_PENDING.has(document.status)) ? 1000 : false),
  });
}

export function useGenerateDocument(programId: string, roundId: string) {
  return useProgramsMutation((input: TProgramDocumentRequest) => api.post<TProgramDocument>(`${BASE}/${id(programId)}/rounds/${id(roundId)}/documents`, input));
}

export function documentDownloadPath(programId: string, documentId: string): string {
  return `${BASE}/${id(programId)}/documents/${id(documentId)}/file`;
}

// Excel in and out ----------------------------------------------------------------------------

export type ProgramTransferEntity = 'values' | 'plan-items';

export function useTransferExport(path: string) {
  return useMutation({
    mutationFn: (input: { locale: 'vi' | 'en' }) => api.post<TJobAccepted>(`${BASE}/${path}/export`, input),
  });
}

export function useTransferImport(path: string) {
  return useMutation({
    mutationFn: (input: { file: File; dryRun: boolean; locale: 'vi' | 'en' }) => {
      const form = new FormData();
      form.set('dryRun', String(input.dryRun));
      form.set('locale', input.locale);
      form.set(UPLOAD_FILE_FIELD, input.file, input.file.name);
      return api.upload<TJobAccepted>(`${BASE}/${path}/import`, form);
    },
  });
}

const JOB_FINISHED = new Set(['succeeded', 'failed', 'cancelled']);

export function useTransferJob(jobId: string | null) {
  return useQuery({
    queryKey: [...programsKey, 'jobs', jobId],
    queryFn: ({ signal }) => api.get<TTransferJob>(`${BASE}/jobs/${encodeURIComponent(jobId ?? '')}`, undefined, signal),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && JOB_FINISHED.has(query.state.data.status) ? false : 1000),
  });
}
