import 'server-only';
import type { Tx } from '@/lib/db';

// A file no longer used by a draft goes back to the orphan purge — unless something else still
// uses it: a porte-documents file is shared by the association's documents and by every dossier
// filed with it (docs/decisions/029-porte-documents.md). Call it after removing the caller's own rows.

export async function releaseStoredFiles(tx: Tx, fileIds: string[]): Promise<void> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE "StoredFile" SET "attachedAt" = NULL
    WHERE id = ANY(${ids}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."fileId" = "StoredFile".id)
      AND NOT EXISTS (SELECT 1 FROM "ProfileDocument" d WHERE d."fileId" = "StoredFile".id)`;
}
