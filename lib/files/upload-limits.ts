import path from 'node:path';

export type UploadLimits = {
  /** MAX_UPLOAD_MB: the size limit, in mebibytes, as told to people. */
  maxMb: number;
  /** Where uploads are written while they are checked (never the whole file in memory). */
  tmpDir: string;
};

/** Pure, so that tests pass their own limits; the app passes lib/env's `env`. */
export function uploadLimitsFrom(config: { MAX_UPLOAD_MB: number; DATA_DIR: string }): UploadLimits {
  return { maxMb: config.MAX_UPLOAD_MB, tmpDir: path.join(config.DATA_DIR, 'tmp') };
}

/** Names of the temporary files of uploads being checked (the purge job sweeps stale ones). */
export const UPLOAD_TEMP_PREFIX = 'upload-';
