import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DossierViewer } from './dossier-access';

export const DOCUMENTS_PAGE_SIZE = 20;

export function receivedDocumentsWhere(viewer: DossierViewer): Prisma.IssuedDocumentWhereInput {
  return { OR: [{ recipientUserId: viewer.id }, { recipientProfile: { memberships: { some: { userId: viewer.id } } } }] };
}

export async function listReceivedDocuments(viewer: DossierViewer, requestedPage = 1) {
  const where = receivedDocumentsWhere(viewer);
  const total = await db.issuedDocument.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = await db.issuedDocument.findMany({
    where,
    select: {
      id: true,
      title: true,
      fileId: true,
      file: { select: { scanStatus: true } },
      readAt: true,
      createdAt: true,
      dossier: { select: { id: true, number: true } },
      recipientProfile: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
    take: DOCUMENTS_PAGE_SIZE,
  });
  return { rows, total, page, pageCount };
}
