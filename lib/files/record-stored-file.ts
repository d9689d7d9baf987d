import 'server-only';
import type { Tx } from '@/lib/db';
import type { StoredFileData } from './store-upload';

/**
 * The row of a file that storeUpload has stored and verified, unattached: it is an orphan until
 * a dossier, message or document attaches it (attach-stored-files.ts). In the caller's
 * transaction, beside its audit entry.
 */
export async function recordStoredFile(tx: Tx, file: StoredFileData & { ownerId: string }): Promise<{ id: string }> {
  return tx.storedFile.create({
    data: { key: file.key, originalName: file.originalName, mime: file.mime, size: file.size, sha256: file.sha256, ownerId: file.ownerId },
    select: { id: true },
  });
}
