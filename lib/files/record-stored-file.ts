import 'server-only';
import type { Tx } from '@/lib/db';
import type { FileScan } from '@/lib/antivirus/scan-upload';
import type { StoredFileData } from './store-upload';

/** Unattached: an orphan until attach-stored-files.ts attaches it. In the caller's transaction, beside its audit entry. */
export async function recordStoredFile(tx: Tx, file: StoredFileData & FileScan & { ownerId: string }): Promise<{ id: string }> {
  const { key, originalName, mime, size, sha256, ownerId, scanStatus, scannedAt, scanSignature } = file;
  return tx.storedFile.create({
    data: { key, originalName, mime, size, sha256, ownerId, scanStatus, scannedAt, scanSignature },
    select: { id: true },
  });
}
