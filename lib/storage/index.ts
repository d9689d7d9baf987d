import 'server-only';
import path from 'node:path';
import { env } from '@/lib/env';
import { createStorage, type StorageConfig } from './create-storage';
import type { StorageDriver } from './types';

export { createStorage, type StorageConfig } from './create-storage';
export { InvalidStorageKeyError, StorageNotFoundError, StorageSizeMismatchError } from './errors';
export type { ListedObject, ObjectInfo, PutOptions, StorageDriver } from './types';

/** STORAGE=fs (default): DATA_DIR/files; STORAGE=s3: the S3_* settings (validated by lib/env-schema.ts). */
export function storageConfigFromEnv(): StorageConfig {
  if (env.STORAGE === 'fs') return { driver: 'fs', root: path.join(env.DATA_DIR, 'files') };
  return {
    driver: 's3',
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION!,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
}

// One driver (and so one S3 connection pool) per process, kept across dev hot reloads.
const globalForStorage = globalThis as unknown as { __guichetStorage?: StorageDriver };

export function getStorage(): StorageDriver {
  globalForStorage.__guichetStorage ??= createStorage(storageConfigFromEnv());
  return globalForStorage.__guichetStorage;
}
