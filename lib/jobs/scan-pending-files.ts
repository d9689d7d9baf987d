import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Scanner } from '@/lib/antivirus';
import { db } from '@/lib/db';
import type { FileScanStatus } from '@/lib/generated/prisma/client';
import { enqueueEmail, nudgeMailWorker } from '@/lib/mail/outbox';
import { getStorage, type StorageDriver, StorageNotFoundError } from '@/lib/storage';

// PENDING files first (they are served to nobody until scanned), then NOT_SCANNED ones, sent while
// no antivirus was configured (or before there was one): they stay served as before until their
// verdict. Safe in several workers at once: each verdict is written only over the status the file
// had when the batch was read, and scanning a file twice is harmless. Every try dates the file, least recently tried first, so a file that cannot
// be scanned (its object is gone) goes to the back instead of holding a place in every batch.

export type ScanPendingOptions = { scanner: Scanner; storage?: StorageDriver; batchSize?: number; now?: () => Date };

export type ScanPendingReport = { clean: number; infected: number; unavailable: boolean };

export async function scanPendingFiles(options: ScanPendingOptions): Promise<ScanPendingReport> {
  const report: ScanPendingReport = { clean: 0, infected: 0, unavailable: false };
  await scanBatch('PENDING', options, report);
  if (!report.unavailable) await scanBatch('NOT_SCANNED', options, report);
  return report;
}

/** The owner hears it by email, with what happens next; the pages say it too. */
async function notifyOwner(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], fileId: string): Promise<void> {
  const file = await tx.storedFile.findUniqueOrThrow({
    where: { id: fileId },
    select: {
      originalName: true,
      owner: { select: { firstName: true, email: true } },
      // A shared porte-documents file may be in several dossiers: the email names the first one.
      attachments: { orderBy: { createdAt: 'asc' }, take: 1, select: { dossier: { select: { id: true, number: true } } } },
    },
  });
  const dossier = file.attachments[0]?.dossier ?? null;
  await enqueueEmail(tx, {
    template: 'file-infected',
    to: file.owner.email,
    props: { firstName: file.owner.firstName, fileName: file.originalName, dossierNumber: dossier?.number ?? null, dossierId: dossier?.id ?? null },
  });
}

async function scanBatch(
  scanStatus: Extract<FileScanStatus, 'PENDING' | 'NOT_SCANNED'>,
  options: ScanPendingOptions,
  report: ScanPendingReport,
): Promise<void> {
  const { scanner, batchSize = 20, now = () => new Date() } = options;
  const storage = options.storage ?? getStorage();
  const pending = await db.storedFile.findMany({
    where: { scanStatus },
    orderBy: [{ scannedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
    take: batchSize,
    select: { id: true, key: true, ownerId: true },
  });
  for (const file of pending) {
    let body: Awaited<ReturnType<typeof storage.get>>;
    try {
      body = await storage.get(file.key);
    } catch (error) {
      // No object (an orphan being purged): nothing to scan, and it can never be served anyway.
      if (error instanceof StorageNotFoundError) {
        await db.storedFile.updateMany({ where: { id: file.id, scanStatus }, data: { scannedAt: now() } });
        continue;
      }
      throw error;
    }
    const verdict = await scanner.scan(body);
    if (verdict.status === 'UNAVAILABLE') {
      await db.storedFile.updateMany({ where: { id: file.id, scanStatus }, data: { scannedAt: now() } });
      report.unavailable = true;
      console.warn(`[antivirus] clamd indisponible (${verdict.reason}) : ${pending.length} fichier(s) restent en attente.`);
      break;
    }
    if (verdict.status === 'LIMIT') {
      // Not a virus, and no retry will conclude: the file stays unserved; the next runs try it last.
      await db.storedFile.updateMany({ where: { id: file.id, scanStatus }, data: { scannedAt: now() } });
      console.warn(`[antivirus] fichier ${file.id} au-delà des limites d’analyse de clamd (${verdict.reason}) : il reste en attente, jamais servi.`);
      continue;
    }
    if (verdict.status === 'CLEAN') {
      const { count } = await db.storedFile.updateMany({ where: { id: file.id, scanStatus }, data: { scanStatus: 'CLEAN', scannedAt: now() } });
      report.clean += count;
      continue;
    }
    const blocked = await db.$transaction(async (tx) => {
      const { count } = await tx.storedFile.updateMany({
        where: { id: file.id, scanStatus },
        data: { scanStatus: 'INFECTED', scannedAt: now(), scanSignature: verdict.signature },
      });
      if (count === 0) return false;
      report.infected += 1;
      await recordAudit(tx, {
        actorId: null,
        action: 'file.infected',
        targetType: 'StoredFile',
        targetId: file.id,
        details: { signature: verdict.signature, ownerId: file.ownerId },
      });
      return true;
    });
    // The verdict stands even if the email cannot be queued: a failure here must not undo it, or
    // every run would stop again at this file.
    if (blocked)
      await db
        .$transaction((tx) => notifyOwner(tx, file.id))
        .catch((error: Error) => console.error(`[antivirus] courriel au propriétaire du fichier ${file.id} impossible\u00a0: ${error.message}`));
    console.warn(`[antivirus] virus détecté (${verdict.signature}) dans le fichier ${file.id} : il ne sera jamais servi.`);
    nudgeMailWorker();
  }
}
