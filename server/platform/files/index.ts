export { createBlobStorage } from './storage.ts';
export { createLocalStorage } from './local-storage.ts';
export { createS3Storage, S3RequestError, type S3StorageOptions } from './s3-storage.ts';
export { createFileService, mayReadFile, fileTooLarge, fileTypeRejected, type FileServiceOptions } from './service.ts';
export { detectFileKind, detectKind, FILE_KINDS, type FileKindName } from './detect.ts';
export { sanitizeFileName, extensionOf, MAX_FILE_NAME_BYTES } from './file-name.ts';
export { contentDisposition, sendStoredFile } from './http.ts';
export { sha256Hex } from './sha.ts';
export {
  BlobNotFoundError,
  type BlobStorage,
  type FileKind,
  type FileService,
  type FileVisibility,
  type OpenedFile,
  type StoredFile,
  type UploadRequest,
} from './types.ts';
