import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { releaseStoredFiles } from '@/lib/files/release-stored-files';
import { alreadySubmitted, dossierNotFound } from './dossier-failures';
import { lockApplicantDossier } from './draft-access';

/** The files are released (unattached) so that the orphan purge deletes them; porte-documents files stay. */
export async function deleteDraft(viewer: { id: string }, dossierId: string, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const dossier = await lockApplicantDossier(tx, viewer.id, dossierId);
    if (!dossier) return dossierNotFound();
    if (dossier.status !== 'BROUILLON') return alreadySubmitted();
    const attachments = await tx.attachment.findMany({ where: { dossierId }, select: { fileId: true } });
    await tx.attachment.deleteMany({ where: { dossierId } });
    await releaseStoredFiles(
      tx,
      attachments.map((a) => a.fileId),
    );
    await tx.dossier.delete({ where: { id: dossierId } });
    await recordAudit(tx, { actorId: viewer.id, action: 'dossier.draft-delete', targetType: 'Dossier', targetId: dossierId, ip: context.ip });
    return succeed();
  });
}
