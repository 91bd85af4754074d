import { z } from 'zod';

/** Media types the server recognises from file content (never from the name or the client's claim). */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  txt: 'text/plain',
  csv: 'text/csv',
} as const;
export type KnownMediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

export const FILE_VISIBILITIES = ['public', 'authenticated', 'owner'] as const;
export type FileVisibility = (typeof FILE_VISIBILITIES)[number];

/**
 * What the generic upload endpoint accepts, per purpose. Files uploaded there are visible to their
 * owner only; the module that links a file to a record decides when it becomes wider readable.
 */
export const UPLOAD_PURPOSES = {
  attachment: {
    accept: [
      MEDIA_TYPES.pdf,
      MEDIA_TYPES.docx,
      MEDIA_TYPES.xlsx,
      MEDIA_TYPES.pptx,
      MEDIA_TYPES.doc,
      MEDIA_TYPES.xls,
      MEDIA_TYPES.txt,
      MEDIA_TYPES.csv,
      MEDIA_TYPES.png,
      MEDIA_TYPES.jpeg,
    ],
  },
  image: { accept: [MEDIA_TYPES.png, MEDIA_TYPES.jpeg] },
  import: { accept: [MEDIA_TYPES.csv, MEDIA_TYPES.xlsx] },
} as const satisfies Record<string, { accept: readonly KnownMediaType[] }>;
export type UploadPurpose = keyof typeof UPLOAD_PURPOSES;
export const UPLOAD_PURPOSE_NAMES = Object.keys(UPLOAD_PURPOSES) as [UploadPurpose, ...UploadPurpose[]];

/** Multipart field names of `POST /api/v1/files`. */
export const UPLOAD_FILE_FIELD = 'file';
export const UPLOAD_PURPOSE_FIELD = 'purpose';

export const ZUploadFields = z.object({
  purpose: z.enum(UPLOAD_PURPOSE_NAMES),
});
export type TUploadFields = z.infer<typeof ZUploadFields>;

export const ZFileIdParams = z.object({ id: z.string().max(100) });

export const ZStoredFile = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  visibility: z.enum(FILE_VISIBILITIES),
  purpose: z.string(),
  ownerUserId: z.string().nullable(),
  createdAt: z.string(),
  /** Where the file is downloaded (through the access policy). */
  downloadUrl: z.string(),
});
export type TStoredFile = z.infer<typeof ZStoredFile>;

export function fileDownloadPath(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}`;
}
