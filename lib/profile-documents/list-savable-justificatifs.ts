import 'server-only';
import { db } from '@/lib/db';
import type { ProfileDocumentType } from '@/lib/generated/prisma/enums';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { isUuid } from '@/lib/validation/uuid';

export type SavableJustificatif = { documentId: string; label: string; type: ProfileDocumentType; fileName: string };

/**
 * The draft's justificatifs an administrator of its profile may save to the porte-documents: joined
 * for a document linked to a type, and not already from the porte-documents. Empty for anyone else.
 */
export async function listSavableJustificatifs(viewerId: string, dossierId: string): Promise<SavableJustificatif[]> {
  if (!isUuid(dossierId)) return [];
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: viewerId, status: 'BROUILLON', profile: { memberships: { some: { userId: viewerId, isAdmin: true } } } },
    select: {
      procedureVersion: { select: { fields: true, documents: true } },
      attachments: { where: { replacedById: null, profileDocumentId: null }, select: { documentId: true, file: { select: { originalName: true } } } },
    },
  });
  if (!dossier) return [];
  const joined = new Map(dossier.attachments.map((attachment) => [attachment.documentId, attachment.file.originalName]));
  return parseProcedureForm(dossier.procedureVersion).documents.flatMap((document) =>
    document.profileDocumentType && joined.has(document.id)
      ? [{ documentId: document.id, label: document.label, type: document.profileDocumentType, fileName: joined.get(document.id)! }]
      : [],
  );
}
