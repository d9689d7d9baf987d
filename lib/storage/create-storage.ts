import 'server-only';
import { createFsDriver } from './fs-driver';
import type { S3StorageConfig } from './s3-driver';
import type { StorageDriver } from './types';

export type StorageConfig = { driver: 'fs'; root: string } | ({ driver: 's3' } & S3StorageConfig);

/** A driver for an explicit configuration (tests, scripts); the app uses getStorage(). */
export function createStorage(config: StorageConfig): StorageDriver {
  return config.driver === 'fs' ? createFsDriver(config.root) : createLazyS3Driver(config);
}

/**
 * The AWS SDK weighs about 25 MB in each process that loads it: it is loaded on the first call
 * only, and so never where STORAGE=fs (docs/decisions/032-throttled-actions-worker-memory.md).
 */
function createLazyS3Driver(config: S3StorageConfig): StorageDriver {
  let driver: Promise<StorageDriver> | undefined;
  const load = () => (driver ??= import('./s3-driver').then(({ createS3Driver }) => createS3Driver(config)));
  return {
    kind: 's3',
    put: async (key, body, options) => (await load()).put(key, body, options),
    get: async (key) => (await load()).get(key),
    head: async (key) => (await load()).head(key),
    delete: async (key) => (await load()).delete(key),
    async *list(prefix, olderThan) {
      yield* (await load()).list(prefix, olderThan);
    },
  };
}
