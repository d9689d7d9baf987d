import 'server-only';
import { collectPersonalData, collectProfileData } from '@/lib/data-exports/collect-export-data';
import { EXPORT_LIFETIME_MS } from '@/lib/data-exports/export-lifetime';
import { writeExportArchive } from '@/lib/data-exports/write-export-archive';
import { db } from '@/lib/db';
import { enqueueEmail, nudgeMailWorker } from '@/lib/mail/outbox';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { EXPORTS_PREFIX, newExportKey } from '@/lib/storage/keys';

// « Télécharger mes données » (issue 19, item 1): the worker builds each asked archive, then
// purges those past their 7 days. Safe in several workers at once: an archive is claimed with a
// lease (one guarded UPDATE … FOR UPDATE SKIP LOCKED); its result is written only while that
// lease is still the row's, so a worker whose lease was taken over throws its object away.

/** Long enough to stream a large archive; a crashed worker's claim is taken over after it. */
export const BUILD_LEASE_MS = 15 * 60 * 1000;
export const MAX_BUILD_ATTEMPTS = 3;
const RETRY_AFTER_MS = 60 * 1000;
/** An object under exports/ with no row this old is a leftover (a crash, a lost race, a deleted account). */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

export type DataExportJobOptions = { storage?: StorageDriver; now?: () => Date; batchSize?: number };

export type BuildReport = { ready: number; failed: number; retried: number };

type Claimed = { id: string; requesterId: string; profileId: string | null; attempts: number; lockedUntil: Date };

// Dates bound as UTC wall-clock values, like Prisma's timestamp(3) columns (lib/mail/worker.ts).
async function claimNext(now: Date): Promise<Claimed | null> {
  const leaseEnd = new Date(now.getTime() + BUILD_LEASE_MS);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "DataExport" SET "lockedUntil" = ${leaseEnd}::timestamp(3), attempts = attempts + 1
    WHERE id = (
      SELECT id FROM "DataExport"
      WHERE status = 'PENDING' AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}::timestamp(3))
      ORDER BY "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "requesterId", "profileId", attempts, "lockedUntil"`;
  return rows[0] ?? null;
}

/** Still ours: pending, under the lease this worker set. */
const ownedBy = (claimed: Claimed) => ({ id: claimed.id, status: 'PENDING' as const, lockedUntil: claimed.lockedUntil });

async function build(claimed: Claimed, storage: StorageDriver, now: Date): Promise<boolean> {
  const content = claimed.profileId
    ? await collectProfileData(claimed.profileId, claimed.requesterId, now)
    : await collectPersonalData(claimed.requesterId, now);
  const key = newExportKey(claimed.id);
  const archive = await writeExportArchive(storage, key, content, now);
  const expiresAt = new Date(now.getTime() + EXPORT_LIFETIME_MS);
  const won = await db.$transaction(async (tx) => {
    const { count } = await tx.dataExport.updateMany({
      where: ownedBy(claimed),
      data: { status: 'READY', key, size: BigInt(archive.size), sha256: archive.sha256, readyAt: now, expiresAt, lockedUntil: null },
    });
    if (count === 0) return false;
    const row = await tx.dataExport.findUniqueOrThrow({
      where: { id: claimed.id },
      select: { requester: { select: { firstName: true, email: true } }, profile: { select: { name: true, id: true } } },
    });
    await enqueueEmail(tx, {
      template: 'data-export-ready',
      to: row.requester.email,
      props: {
        firstName: row.requester.firstName,
        profileName: row.profile?.name ?? null,
        profileId: row.profile?.id ?? null,
        expiresAt: expiresAt.toISOString(),
      },
    });
    return true;
  });
  if (!won) await storage.delete(key);
  return won;
}

export async function buildDataExports(options: DataExportJobOptions = {}): Promise<BuildReport> {
  const { storage = getStorage(), now = () => new Date(), batchSize = 5 } = options;
  const report: BuildReport = { ready: 0, failed: 0, retried: 0 };
  for (let done = 0; done < batchSize; done += 1) {
    const claimed = await claimNext(now());
    if (!claimed) break;
    try {
      if (await build(claimed, storage, now())) report.ready += 1;
    } catch (error) {
      console.error(`[données] archive ${claimed.id} impossible (essai ${claimed.attempts}) : ${(error as Error).message}`);
      const giveUp = claimed.attempts >= MAX_BUILD_ATTEMPTS;
      await db.dataExport.updateMany({
        where: ownedBy(claimed),
        data: giveUp ? { status: 'FAILED', lockedUntil: null } : { lockedUntil: new Date(now().getTime() + RETRY_AFTER_MS) },
      });
      if (giveUp) report.failed += 1;
      else report.retried += 1;
    }
  }
  if (report.ready > 0) nudgeMailWorker();
  return report;
}

/** A failure is left to the leftover pass of a later run. */
async function deleteObject(storage: StorageDriver, key: string): Promise<boolean> {
  try {
    await storage.delete(key);
    return true;
  } catch (error) {
    console.error(`[données] suppression de ${key} impossible\u00a0: ${(error as Error).message}`);
    return false;
  }
}

export type PurgeExportsReport = { rows: number; objects: number };

/** Archives past their expiry, failed or never built within their lifetime: rows, then objects. */
export async function purgeExpiredDataExports(options: DataExportJobOptions = {}): Promise<PurgeExportsReport> {
  const { storage = getStorage(), now: clock = () => new Date(), batchSize = 100 } = options;
  const now = clock();
  const staleBefore = new Date(now.getTime() - EXPORT_LIFETIME_MS);
  const report: PurgeExportsReport = { rows: 0, objects: 0 };
  for (;;) {
    const deleted = await db.$queryRaw<{ key: string | null }[]>`
      DELETE FROM "DataExport" WHERE id IN (
        SELECT id FROM "DataExport"
        WHERE (status = 'READY' AND "expiresAt" < ${now}::timestamp(3))
           OR (status <> 'READY' AND "createdAt" < ${staleBefore}::timestamp(3))
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "key"`;
    report.rows += deleted.length;
    for (const { key } of deleted) {
      if (key && (await deleteObject(storage, key))) report.objects += 1;
    }
    if (deleted.length < batchSize) break;
  }
  // Objects whose row is gone or never pointed at them; only old ones, never a build in progress.
  const leftoverBefore = new Date(now.getTime() - LEFTOVER_AGE_MS);
  for await (const object of storage.list(EXPORTS_PREFIX, leftoverBefore)) {
    if ((await db.dataExport.count({ where: { key: object.key } })) > 0) continue;
    if (await deleteObject(storage, object.key)) report.objects += 1;
  }
  return report;
}
