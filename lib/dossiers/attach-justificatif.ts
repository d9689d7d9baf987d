import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { releaseStoredFiles } from '@/lib/files/release-stored-files';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { JUSTIFICATIF_NOT_ATTACHED } from '@/lib/validation/dossier-draft';
import { alreadySubmitted, dossierNotFound } from './dossier-failures';
import { lockApplicantDossier } from './draft-access';

/** A file joined earlier for the same document is released (unattached) unless the porte-documents holds it: the orphan purge removes it. */
export async function attachJustificatif(
  viewer: { id: string },
  input: { dossierId: string; documentId: string; fileId: string },
  context: RequestContext,
): Promise<ActionResult<{ name: string }>> {
  return db.$transaction(async (tx) => {
    const dossier = await lockApplicantDossier(tx, viewer.id, input.dossierId);
    if (!dossier) return dossierNotFound();
    if (dossier.status !== 'BROUILLON') return alreadySubmitted();
    const version = await tx.procedureVersion.findUniqueOrThrow({ where: { id: dossier.procedureVersionId }, select: { fields: true, documents: true } });
    if (!parseProcedureForm(version).documents.some((document) => document.id === input.documentId))
      return fail('Cette pièce justificative n’est pas demandée par cette démarche.');

    if (!(await attachStoredFiles(tx, viewer.id, [input.fileId]))) return fail(JUSTIFICATIF_NOT_ATTACHED);
    const previous = await tx.attachment.findMany({ where: { dossierId: dossier.id, documentId: input.documentId }, select: { id: true, fileId: true } });
    if (previous.length > 0) {
      await tx.attachment.deleteMany({ where: { id: { in: previous.map((row) => row.id) } } });
      await releaseStoredFiles(
        tx,
        previous.map((row) => row.fileId),
      );
    }
    const attachment = await tx.attachment.create({
      data: { dossierId: dossier.id, documentId: input.documentId, fileId: input.fileId },
      select: { id: true, file: { select: { originalName: true } } },
    });
    await tx.dossier.update({ where: { id: dossier.id }, data: { version: { increment: 1 } } });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, actorId: viewer.id, type: 'attachment-added', message: attachment.file.originalName } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'dossier.attach',
      targetType: 'Dossier',
      targetId: dossier.id,
      ip: context.ip,
      details: { documentId: input.documentId, fileId: input.fileId },
    });
    return succeed({ name: attachment.file.originalName });
  });
}
