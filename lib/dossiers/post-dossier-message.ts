import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { findDossierForViewer, type DossierViewer } from './dossier-access';
import { dossierNotFound, FILE_UNAVAILABLE } from './dossier-failures';

export type PostMessageInput = { dossierId: string; body: string; fileIds: string[] };

export async function postDossierMessage(viewer: DossierViewer, input: PostMessageInput, context: RequestContext): Promise<ActionResult> {
  const { body } = input;
  const fileIds = [...new Set(input.fileIds)];

  return db.$transaction(async (tx) => {
    const dossier = await findDossierForViewer(viewer, input.dossierId, tx);
    if (!dossier || dossier.status === 'BROUILLON') return dossierNotFound();
    if (!(await attachStoredFiles(tx, viewer.id, fileIds))) return failOnField('fileIds', FILE_UNAVAILABLE);
    const message = await tx.dossierMessage.create({
      data: { dossierId: dossier.id, authorId: viewer.id, fromAgent: false, body, files: { create: fileIds.map((fileId) => ({ fileId })) } },
      select: { id: true },
    });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, actorId: viewer.id, type: 'message' } });
    await tx.dossier.update({ where: { id: dossier.id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'dossier.message',
      targetType: 'Dossier',
      targetId: dossier.id,
      ip: context.ip,
      details: { messageId: message.id, files: fileIds.length },
    });
    return succeed();
  });
}
