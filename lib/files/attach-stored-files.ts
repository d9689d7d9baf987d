import 'server-only';
import type { Tx } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';

// Attaching is what keeps an upload from the orphan purge. The rows are locked (SELECT … FOR
// UPDATE) then marked, in the transaction of the dossier, message or document that uses the files:
// against the purge's guarded DELETE, PostgreSQL's row locks let exactly one of them win, so a
// file is either attached and kept, or purged and refused here — never attached and gone.

/**
 * Marks `fileIds` as used and says whether it did. Each must belong to `ownerId` and not be
 * attached yet; otherwise nothing is written and the answer is false: the caller asks for the
 * file again (another person's file id is indistinguishable from a missing one).
 */
export async function attachStoredFiles(tx: Tx, ownerId: string, fileIds: string[], now = new Date()): Promise<boolean> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return true;
  if (!ids.every(isUuid)) return false;
  const usable = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "StoredFile"
    WHERE id = ANY(${ids}::uuid[]) AND "ownerId" = ${ownerId}::uuid AND "attachedAt" IS NULL
    FOR UPDATE`;
  if (usable.length !== ids.length) return false;
  await tx.storedFile.updateMany({ where: { id: { in: ids } }, data: { attachedAt: now } });
  return true;
}
