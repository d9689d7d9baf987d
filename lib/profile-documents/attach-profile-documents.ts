import 'server-only';
import type { Tx } from '@/lib/db';
import type { DocumentDefinition } from '@/lib/procedures/field-definitions';
import { findUsableProfileDocuments } from './usable-profile-documents';

/**
 * « Dites-le-nous une fois »: each document of the form linked to a porte-documents type that the
 * profile holds is joined to the new draft. The justificatif points at the same stored file and at
 * the exact version: nothing is copied, and a later replacement leaves this dossier as it is.
 */
export async function attachProfileDocuments(
  tx: Tx,
  draft: { dossierId: string; profileId: string; actorId: string },
  documents: readonly DocumentDefinition[],
  now: Date,
): Promise<number> {
  const linked = documents.filter((document) => document.profileDocumentType);
  const usable = await findUsableProfileDocuments(tx, draft.profileId, [...new Set(linked.map((document) => document.profileDocumentType!))], now);
  let attached = 0;
  for (const document of linked) {
    const version = usable.get(document.profileDocumentType!);
    if (!version) continue;
    await tx.attachment.create({
      data: { dossierId: draft.dossierId, documentId: document.id, fileId: version.fileId, profileDocumentId: version.id, createdAt: now },
    });
    await tx.dossierEvent.create({
      data: { dossierId: draft.dossierId, actorId: draft.actorId, type: 'attachment-added', message: version.originalName, createdAt: now },
    });
    attached += 1;
  }
  return attached;
}
