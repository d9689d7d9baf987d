import 'server-only';
import type { Tx } from '@/lib/db';

// Attaching is what keeps an upload from the orphan purge. It is one guarded UPDATE in the
// transaction of the dossier, message or document that uses the files: against the purge's
// guarded DELETE, PostgreSQL's row locks let exactly one of them win, so a file is either
// attached and kept, or purged and the attaching transaction fails — never attached and gone.

export class StoredFileUnavailableError extends Error {
  constructor(readonly fileIds: string[]) {
    super('Fichier introuvable, déjà utilisé ou supprimé');
    this.name = 'StoredFileUnavailableError';
  }
}

/**
 * Marks `fileIds` as used. Each must belong to `ownerId` and not be attached yet; otherwise
 * nothing is marked and StoredFileUnavailableError is thrown (roll the transaction back and ask
 * for the file again: another person's file id is indistinguishable from a missing one).
 */
export async function attachStoredFiles(tx: Tx, ownerId: string, fileIds: string[], now = new Date()): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return;
  const { count } = await tx.storedFile.updateMany({ where: { id: { in: ids }, ownerId, attachedAt: null }, data: { attachedAt: now } });
  if (count !== ids.length) throw new StoredFileUnavailableError(ids);
}
