import 'server-only';
import { db } from '@/lib/db';
import { visibleDossiersWhere } from '@/lib/dossiers/dossier-access';
import { isUuid } from '@/lib/validation/uuid';
import { receivedDocumentsWhere } from '@/lib/dossiers/list-received-documents';
import type { FileScanStatus, Prisma, Role } from '@/lib/generated/prisma/client';
import { dossierScope } from '@/lib/instruction/agent-scope';
import type { ServableFile } from './serve-file';

// Null for anything not visible, so the route answers 404 alike whether the file exists or not.
// Being allowed to see a file is not enough to get its bytes: the routes also refuse it while the
// antivirus has not cleared it (lib/antivirus/scan-status.ts).

export type DownloadViewer = { id: string; role?: Role };

export type DownloadableFile = ServableFile & {
  scanStatus: FileScanStatus;
  issuedDocumentId: string | null;
  markRead: boolean;
  /** The dossier the file belongs to, for the agents' access log; null for a file of no dossier. */
  dossierId: string | null;
};

export async function findDownloadableFile(viewer: DownloadViewer, fileId: string): Promise<DownloadableFile | null> {
  if (!isUuid(fileId)) return null;
  const isAgent = viewer.role === 'INSTRUCTEUR' || viewer.role === 'ADMIN';
  const dossier: Prisma.DossierWhereInput = isAgent
    ? { OR: [visibleDossiersWhere(viewer), dossierScope({ id: viewer.id, role: viewer.role! })] }
    : visibleDossiersWhere(viewer);
  // The deposit receipt is a plain column of Dossier (no relation from StoredFile).
  const receiptOf = await db.dossier.findFirst({ where: { AND: [{ receiptFileId: fileId }, dossier] }, select: { id: true } });
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [
        // A file may be joined to several dossiers (a porte-documents version): any visible one is enough.
        { attachments: { some: { dossier } } },
        // Members of a profile read its porte-documents, every version of it.
        { profileDocuments: { some: { profile: { memberships: { some: { userId: viewer.id } } } } } },
        { messageFile: { message: { dossier } } },
        { issuedDocument: receivedDocumentsWhere(viewer) },
        ...(isAgent ? [{ issuedDocument: { dossier } }] : []),
        { ownerId: viewer.id, attachedAt: null },
        ...(receiptOf ? [{ id: fileId }] : []),
      ],
    },
    select: {
      key: true,
      originalName: true,
      mime: true,
      size: true,
      sha256: true,
      scanStatus: true,
      issuedDocument: { select: { id: true, readAt: true, recipientUserId: true, recipientProfileId: true, dossierId: true } },
      // A shared file: the access log names a dossier this viewer may see.
      attachments: { where: { dossier }, select: { dossierId: true }, take: 1 },
      messageFile: { select: { message: { select: { dossierId: true } } } },
    },
  });
  if (!file) return null;
  const { issuedDocument, attachments, messageFile, ...servable } = file;
  return {
    ...servable,
    dossierId: attachments[0]?.dossierId ?? messageFile?.message.dossierId ?? issuedDocument?.dossierId ?? receiptOf?.id ?? null,
    issuedDocumentId: issuedDocument?.id ?? null,
    // Only a recipient's first download marks it read, never an agent's look at it.
    markRead: !isAgent && issuedDocument !== null && issuedDocument.readAt === null,
  };
}

export async function markIssuedDocumentRead(issuedDocumentId: string, now = new Date()): Promise<void> {
  await db.issuedDocument.updateMany({ where: { id: issuedDocumentId, readAt: null }, data: { readAt: now } });
}
