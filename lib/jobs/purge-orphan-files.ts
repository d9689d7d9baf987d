import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { sweepStaleUploadTempFiles } from '@/lib/files/sweep-temp-files';
import { uploadLimitsFrom } from '@/lib/files/upload-limits';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { monthPrefix } from '@/lib/storage/keys';

// Safe to run concurrently and to repeat; each run does bounded work and the next one continues.

export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;

export type PurgeOrphanFilesOptions = {
  storage?: StorageDriver;
  now?: Date;
  batchSize?: number;
  maxBatches?: number;
  /** Upload temporary directory to sweep; defaults to DATA_DIR/tmp. */
  tmpDir?: string;
};

export type PurgeReport = { rows: number; objectsWithoutRow: number; tempFiles: number };

// A file still referenced (a shared porte-documents file, whatever its attachedAt) is never a
// candidate: the purge does not trust one column alone. SKIP LOCKED gives concurrent purges disjoint rows, and a row being attached right now (locked by
// attachStoredFiles' SELECT … FOR UPDATE) is skipped. Dates bound as wall-clock UTC (see lib/mail/worker.ts).
async function deleteUnattachedRows(cutoff: Date, batchSize: number): Promise<string[]> {
  const deleted = await db.$queryRaw<{ key: string }[]>`
    DELETE FROM "StoredFile" WHERE id IN (
      SELECT id FROM "StoredFile"
      WHERE "attachedAt" IS NULL AND "createdAt" < ${cutoff}::timestamp(3)
        AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."fileId" = "StoredFile".id)
        AND NOT EXISTS (SELECT 1 FROM "ProfileDocument" d WHERE d."fileId" = "StoredFile".id)
      ORDER BY "createdAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    ) AND "attachedAt" IS NULL
    RETURNING "key"`;
  return deleted.map((row) => row.key);
}

export async function deleteObjects(storage: StorageDriver, keys: string[]): Promise<number> {
  let deleted = 0;
  for (const key of keys) {
    try {
      await storage.delete(key);
      deleted += 1;
    } catch (error) {
      // The row is gone already: the object-without-row pass of a later run retries it.
      console.error(`Purge : suppression de ${key} impossible : ${(error as Error).message}`);
    }
  }
  return deleted;
}

async function keysWithoutRow(keys: string[]): Promise<string[]> {
  const rows = await db.storedFile.findMany({ where: { key: { in: keys } }, select: { key: true } });
  const known = new Set(rows.map((row) => row.key));
  return keys.filter((key) => !known.has(key));
}

export async function purgeOrphanFiles(options: PurgeOrphanFilesOptions = {}): Promise<PurgeReport> {
  const { storage = getStorage(), now = new Date(), batchSize = 100, maxBatches = 50 } = options;
  const cutoff = new Date(now.getTime() - ORPHAN_AGE_MS);
  const report: PurgeReport = { rows: 0, objectsWithoutRow: 0, tempFiles: 0 };

  // Rows first: an object is never deleted while a row could still be attached to it.
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const keys = await deleteUnattachedRows(cutoff, batchSize);
    report.rows += keys.length;
    await deleteObjects(storage, keys);
    if (keys.length < batchSize) break;
  }

  // Keys are files/YYYY/MM/…: leftovers of the last days are under this month's prefix or the
  // previous one, no need to list every file ever kept.
  const previousMonth = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() - 1, 1));
  const budget = batchSize * maxBatches;
  for (const prefix of new Set([monthPrefix(now), monthPrefix(cutoff), monthPrefix(previousMonth)])) {
    let pending: string[] = [];
    const flush = async () => {
      report.objectsWithoutRow += await deleteObjects(storage, await keysWithoutRow(pending));
      pending = [];
    };
    for await (const object of storage.list(prefix, cutoff)) {
      if (report.objectsWithoutRow >= budget) break;
      pending.push(object.key);
      if (pending.length === batchSize) await flush();
    }
    if (pending.length > 0) await flush();
  }

  report.tempFiles = await sweepStaleUploadTempFiles(options.tmpDir ?? uploadLimitsFrom(env).tmpDir, cutoff);
  return report;
}
