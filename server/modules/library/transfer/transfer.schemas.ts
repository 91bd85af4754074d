import { z } from 'zod';

export const IMPORT_FORMATS = ['csv', 'xlsx', 'xml'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'xml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Text fields of a multipart import request; Dublin Core names no place, so an XML import says where its records belong. */
export const ZLibraryImportFields = z
  .object({
    format: z.enum(IMPORT_FORMATS),
    dryRun: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((value) => value === 'true' || value === '1'),
    locale: z.enum(['vi', 'en']).default('vi'),
    jurisdictionCode: z.string().trim().regex(/^\d{1,5}$/).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.format === 'xml' && value.jurisdictionCode === undefined) {
      ctx.addIssue({ code: 'custom', path: ['jurisdictionCode'], message: 'required' });
    }
  });
export type TLibraryImportFields = z.infer<typeof ZLibraryImportFields>;

export const ZLibraryExportRequest = z.object({
  format: z.enum(EXPORT_FORMATS),
  locale: z.enum(['vi', 'en']).default('vi'),
});
export type TLibraryExportRequest = z.infer<typeof ZLibraryExportRequest>;

export const ZLibraryJobAccepted = z.object({ jobId: z.string(), fileId: z.string().nullable() });
export type TLibraryJobAccepted = z.infer<typeof ZLibraryJobAccepted>;

export const ZLibraryJobParams = z.object({ id: z.uuid() });

export const ZLibraryTransferJob = z.object({
  id: z.string(),
  kind: z.enum(['library.import', 'library.export']),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number(),
  progressMessage: z.string().nullable(),
  result: z.unknown().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TLibraryTransferJob = z.infer<typeof ZLibraryTransferJob>;
