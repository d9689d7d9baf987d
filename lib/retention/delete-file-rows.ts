import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * Deletes these StoredFile rows in the caller's transaction and returns their storage keys: the
 * caller deletes the objects once it has committed (lib/jobs/purge-orphan-files.ts `deleteObjects`),
 * so that an object is never gone while a row still points at it. Call it after removing the
 * caller's own rows: a file still used elsewhere (a porte-documents version, another dossier filed
 * with it — docs/decisions/029-porte-documents.md) is kept.
 */
export async function deleteFileRows(tx: Tx, fileIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; key: string }[]>`
    SELECT f.id, f.key FROM "StoredFile" f
    WHERE f.id = ANY(${ids}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM "Attachment" a WHERE a."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "ProfileDocument" d WHERE d."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "DossierMessageFile" m WHERE m."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "IssuedDocument" i WHERE i."fileId" = f.id)
      AND NOT EXISTS (SELECT 1 FROM "Dossier" r WHERE r."receiptFileId" = f.id)
    FOR UPDATE OF f`;
  if (rows.length === 0) return [];
  await tx.storedFile.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  return rows.map((row) => row.key);
}

/** Every file of these dossiers (justificatifs, message files, issued documents, receipt), with the rows that hold them. */
export async function deleteDossierContents(tx: Tx, dossierIds: readonly string[]): Promise<string[]> {
  if (dossierIds.length === 0) return [];
  const where = { dossierId: { in: [...dossierIds] } };
  const [attachments, messageFiles, issued, receipts] = await Promise.all([
    tx.attachment.findMany({ where, select: { fileId: true } }),
    tx.dossierMessageFile.findMany({ where: { message: where }, select: { fileId: true } }),
    tx.issuedDocument.findMany({ where, select: { fileId: true } }),
    tx.dossier.findMany({ where: { id: { in: [...dossierIds] }, receiptFileId: { not: null } }, select: { receiptFileId: true } }),
  ]);
  // Replacements point at each other: unlink before deleting.
  await tx.attachment.updateMany({ where, data: { replacedById: null } });
  await tx.attachment.deleteMany({ where });
  await tx.dossierMessage.deleteMany({ where });
  await tx.issuedDocument.deleteMany({ where });
  await tx.dossierNote.deleteMany({ where });
  await tx.dossier.updateMany({ where: { id: { in: [...dossierIds] } }, data: { receiptFileId: null } });
  return deleteFileRows(tx, [
    ...attachments.map((a) => a.fileId),
    ...messageFiles.map((m) => m.fileId),
    ...issued.map((d) => d.fileId),
    ...receipts.flatMap((d) => (d.receiptFileId ? [d.receiptFileId] : [])),
  ]);
}
