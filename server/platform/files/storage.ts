import { join } from 'node:path';
import type { Config } from '../../config/env.ts';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { BlobStorage } from './types.ts';

/** The storage driver the configuration asks for (`FILE_STORAGE`). */
export function createBlobStorage(config: Pick<Config, 'env'>): BlobStorage {
  const env = config.env;
  if (env.FILE_STORAGE === 'local') {
    return createLocalStorage(join(env.DATA_DIR, 'files'));
  }
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env;
  // The configuration schema already requires these with FILE_STORAGE=s3; this narrows the types.
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) {
    throw new Error('FILE_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  }
  return createS3Storage({
    endpoint: S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: S3_BUCKET,
    credentials: { accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY },
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
}
