import path from 'node:path';
import type { UploadQuota } from './upload-quota';

export type UploadLimits = {
  /** MAX_UPLOAD_MB: the size limit, in mebibytes, as told to people. */
  maxMb: number;
  /** Where uploads are written while they are checked (never the whole file in memory). */
  tmpDir: string;
  /** Unattached files per account and per address (upload-quota.ts); DEFAULT_UPLOAD_QUOTA when absent. */
  quota?: UploadQuota;
};

/** Pure, so that tests pass their own limits; the app passes lib/env's `env`. */
export function uploadLimitsFrom(config: { MAX_UPLOAD_MB: number; DATA_DIR: string }, quota?: UploadQuota): UploadLimits {
  return { maxMb: config.MAX_UPLOAD_MB, tmpDir: path.join(config.DATA_DIR, 'tmp'), quota };
}

/** Names of the temporary files of uploads being checked (the purge job sweeps stale ones). */
export const UPLOAD_TEMP_PREFIX = 'upload-';
