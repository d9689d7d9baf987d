import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { findDossierForViewer, type DossierViewer } from './dossier-access';
import { dossierNotFound, FILE_UNAVAILABLE } from './dossier-failures';
import { isDecided } from './status';

// « Justificatifs »: a rejected file is replaced by a new upload (EN_ATTENTE again); the rejected
// row stays, pointing at its replacement, so « Historique des versions » keeps it downloadable.

export const ONLY_REJECTED = 'Seul un justificatif rejeté peut être remplacé.';
export const DOSSIER_DECIDED = 'Ce dossier a reçu une décision : ses justificatifs ne peuvent plus être modifiés.';

export type ReplaceAttachmentInput = { attachmentId: string; fileId: string };

export async function replaceRejectedAttachment(
  viewer: DossierViewer,
  input: ReplaceAttachmentInput,
  context: RequestContext,
): Promise<ActionResult<{ attachmentId: string; dossierId: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      const old = await tx.attachment.findUnique({
        where: { id: input.attachmentId },
        select: { id: true, dossierId: true, documentId: true, review: true, replacedById: true },
      });
      const dossier = old ? await findDossierForViewer(viewer, old.dossierId, tx) : null;
      if (!old || !dossier) return dossierNotFound();
      if (isDecided(dossier.status) || dossier.status === 'BROUILLON') return fail(DOSSIER_DECIDED);
      if (old.review !== 'REJETE' || old.replacedById) return fail(ONLY_REJECTED);

      if (!(await attachStoredFiles(tx, viewer.id, [input.fileId]))) return failOnField('fileId', FILE_UNAVAILABLE);
      const created = await tx.attachment.create({ data: { dossierId: dossier.id, documentId: old.documentId, fileId: input.fileId }, select: { id: true } });
      // Guarded: two replacements of one rejected file at once keep only the first.
      const { count } = await tx.attachment.updateMany({ where: { id: old.id, replacedById: null }, data: { replacedById: created.id } });
      if (count !== 1) throw new ReplacedMeanwhileError();
      await tx.dossierEvent.create({ data: { dossierId: dossier.id, actorId: viewer.id, type: 'attachment-replaced', message: null } });
      await tx.dossier.update({ where: { id: dossier.id }, data: { updatedAt: new Date() } });
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'dossier.attachment-replaced',
        targetType: 'Dossier',
        targetId: dossier.id,
        ip: context.ip,
        details: { replaced: old.id, replacement: created.id },
      });
      return succeed({ attachmentId: created.id, dossierId: dossier.id });
    });
  } catch (error) {
    if (error instanceof ReplacedMeanwhileError) return fail(ONLY_REJECTED);
    throw error;
  }
}

/** Rolls the new row back when a concurrent replacement won; answered as ONLY_REJECTED. */
class ReplacedMeanwhileError extends Error {}
