import 'server-only';
import { createFsDriver } from './fs-driver';
import { createS3Driver, type S3StorageConfig } from './s3-driver';
import type { StorageDriver } from './types';

export type StorageConfig = { driver: 'fs'; root: string } | ({ driver: 's3' } & S3StorageConfig);

/** A driver for an explicit configuration (tests, scripts); the app uses getStorage(). */
export function createStorage(config: StorageConfig): StorageDriver {
  return config.driver === 'fs' ? createFsDriver(config.root) : createS3Driver(config);
}
