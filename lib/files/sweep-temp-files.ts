import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UPLOAD_TEMP_PREFIX } from './upload-limits';

/** inspectUpload and storeUpload remove their own: these are left by a process killed mid-upload. */
export async function sweepStaleUploadTempFiles(tmpDir: string, olderThan: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tmpDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(UPLOAD_TEMP_PREFIX)) continue;
    const file = path.join(tmpDir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.mtime < olderThan) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
