import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { DocumentDefinition } from '@/lib/procedures/field-definitions';
import type { RejectedAttachment } from './rejected-justificatifs';

// The justificatifs the services rejected and the applicant has not replaced yet: the current file
// of a document (not replaced) whose review is « Rejeté ». They block « Transmettre »
// (answer-complement.ts) and are counted on the « Justificatifs » tab.

/** Unscoped: call it after findDossierForViewer (or inside a function that checked access). */
export async function unsafeListRejectedAttachments(
  dossierId: string,
  documents: readonly DocumentDefinition[],
  client: Tx | typeof db = db,
): Promise<RejectedAttachment[]> {
  const rows = await client.attachment.findMany({
    where: { dossierId, review: 'REJETE', replacedById: null },
    select: { id: true, documentId: true, reviewMessage: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  // The form's order and labels, read once.
  const byId = new Map(documents.map((document, index) => [document.id, { index, label: document.label }]));
  return rows
    .map((row) => ({ attachmentId: row.id, documentId: row.documentId, label: byId.get(row.documentId)?.label ?? 'Justificatif', reason: row.reviewMessage }))
    .sort((a, b) => (byId.get(a.documentId)?.index ?? 0) - (byId.get(b.documentId)?.index ?? 0));
}
