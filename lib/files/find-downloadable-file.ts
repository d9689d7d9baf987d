import 'server-only';
import { db } from '@/lib/db';
import { isUuid, visibleDossiersWhere } from '@/lib/dossiers/dossier-access';
import { receivedDocumentsWhere } from '@/lib/dossiers/list-received-documents';
import type { ServableFile } from './serve-file';

// Who may download a stored file (GET /api/fichiers/[fileId]): a justificatif (any version) or a
// message file or the deposit receipt of a dossier the viewer may see, a document sent to them or to one of their
// profiles, or their own upload not used yet. Anything else is null: the route answers 404 alike
// whether the file exists or not. Agents get no extra access here: the instruction issue adds
// theirs as one more branch of `where` below (dossiers assigned to their service).

export type DownloadViewer = { id: string };

export type DownloadableFile = ServableFile & { issuedDocumentId: string | null; markRead: boolean };

export async function findDownloadableFile(viewer: DownloadViewer, fileId: string): Promise<DownloadableFile | null> {
  if (!isUuid(fileId)) return null;
  const dossier = visibleDossiersWhere(viewer);
  // The deposit receipt is a plain column of Dossier (no relation from StoredFile).
  const isVisibleReceipt = (await db.dossier.count({ where: { AND: [{ receiptFileId: fileId }, dossier] } })) > 0;
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [
        { attachment: { dossier } },
        { messageFile: { message: { dossier } } },
        { issuedDocument: receivedDocumentsWhere(viewer) },
        { ownerId: viewer.id, attachedAt: null },
        ...(isVisibleReceipt ? [{ id: fileId }] : []),
      ],
    },
    select: {
      key: true,
      originalName: true,
      mime: true,
      size: true,
      sha256: true,
      issuedDocument: { select: { id: true, readAt: true, recipientUserId: true, recipientProfileId: true } },
    },
  });
  if (!file) return null;
  const { issuedDocument, ...servable } = file;
  return { ...servable, issuedDocumentId: issuedDocument?.id ?? null, markRead: issuedDocument !== null && issuedDocument.readAt === null };
}

/** The unread mark of « Mes documents reçus » goes at the first download by a recipient. */
export async function markIssuedDocumentRead(issuedDocumentId: string, now = new Date()): Promise<void> {
  await db.issuedDocument.updateMany({ where: { id: issuedDocumentId, readAt: null }, data: { readAt: now } });
}
