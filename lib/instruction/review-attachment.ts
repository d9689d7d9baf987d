import 'server-only';
import { isServable } from '@/lib/antivirus/scan-status';
import { fail, failWithCode, succeed, type ActionFailure, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import type { AttachmentReview } from '@/lib/generated/prisma/enums';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { isDecided } from '@/lib/dossiers/status';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';
import { isUuid } from '@/lib/validation/uuid';

/** The file the agent looked at is no longer the current one, or someone reviewed it meanwhile: `?conflit=justificatif`. */
export const ATTACHMENT_CHANGED_CODE = 'attachment-changed';

function attachmentChanged(kind: 'replaced' | 'reviewed'): ActionFailure {
  return failWithCode(
    ATTACHMENT_CHANGED_CODE,
    kind === 'replaced'
      ? 'Ce justificatif vient d’être remplacé par un nouveau fichier. La page a été actualisée : vérifiez le nouveau fichier puis recommencez.'
      : 'Ce justificatif vient d’être vérifié par quelqu’un d’autre. La page a été actualisée : vérifiez son état puis recommencez.',
  );
}

export const DOSSIER_DECIDED = 'Ce dossier est décidé : repassez-le en instruction pour vérifier ses justificatifs.';

/** « Valider » a file nobody can open: the antivirus has not cleared it (pending or blocked). */
export const ATTACHMENT_NOT_CLEARED =
  'Ce justificatif n’a pas été validé : l’antivirus ne l’a pas encore déclaré sain (analyse en cours ou virus détecté). Attendez la fin de l’analyse, ou rejetez-le pour demander un autre fichier.';

export type AttachmentReviewInput = {
  decision: 'VALIDE' | 'REJETE';
  message?: string;
  /** The review state the agent saw: another review in between makes this one fail (optimistic). */
  expectedReview?: AttachmentReview;
};

export async function reviewAttachment(agent: AgentViewer, attachmentId: string, input: AttachmentReviewInput): Promise<ActionResult> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const attachment = isUuid(attachmentId)
      ? await tx.attachment.findFirst({
          where: { id: attachmentId },
          select: {
            id: true,
            dossierId: true,
            documentId: true,
            replacedById: true,
            review: true,
            profileDocumentId: true,
            file: { select: { scanStatus: true } },
          },
        })
      : null;
    const dossier = attachment ? await loadDossierForAgent(tx, agent, attachment.dossierId) : null;
    if (!attachment || !dossier) return dossierNotFound();
    if (attachment.replacedById !== null) return attachmentChanged('replaced');
    if (isDecided(dossier.status)) return fail(DOSSIER_DECIDED);
    if (input.decision === 'VALIDE' && !isServable(attachment.file.scanStatus)) return fail(ATTACHMENT_NOT_CLEARED);
    const reviewMessage = input.decision === 'REJETE' ? (input.message ?? '') : null;
    // Guarded write, the first: a replacement or another review committed since the read above wins.
    const updated = await tx.attachment.updateMany({
      where: { id: attachment.id, replacedById: null, review: input.expectedReview ?? attachment.review },
      data: { review: input.decision, reviewMessage, reviewedAt: new Date(), reviewedById: agent.id },
    });
    if (updated.count !== 1) return attachmentChanged(input.expectedReview && input.expectedReview !== attachment.review ? 'reviewed' : 'replaced');
    // A porte-documents version the services rejected is flagged there too, so it is not proposed again as is.
    if (input.decision === 'REJETE' && attachment.profileDocumentId)
      await tx.profileDocument.updateMany({
        where: { id: attachment.profileDocumentId, rejectedAt: null },
        data: { rejectedAt: new Date(), rejectionMessage: reviewMessage },
      });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        actorId: agent.id,
        type: input.decision === 'REJETE' ? 'attachment-rejected' : 'attachment-validated',
        message: reviewMessage,
      },
    });
    await recordAudit(tx, {
      actorId: agent.id,
      action: 'instruction.attachment-reviewed',
      targetType: 'Attachment',
      targetId: attachment.id,
      details: { decision: input.decision },
    });
    if (input.decision === 'REJETE') {
      const documentLabel = dossier.documents.find((document) => document.id === attachment.documentId)?.label ?? 'Justificatif';
      await enqueueEmail(tx, {
        template: 'attachment-rejected',
        to: dossier.applicant.email,
        props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId: dossier.id, documentLabel },
      });
    }
    return succeed();
  });
}
