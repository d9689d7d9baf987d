import 'server-only';
import { isServable } from '@/lib/antivirus/scan-status';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import type { AttachmentReview } from '@/lib/generated/prisma/enums';
import { isDecided } from '@/lib/dossiers/status';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';
import { isUuid } from '@/lib/validation/uuid';

export class RejectionReasonRequiredError extends Error {
  constructor() {
    super('Saisissez le motif du rejet.');
    this.name = 'RejectionReasonRequiredError';
  }
}

/** The file the agent looked at is no longer the current one, or someone reviewed it meanwhile. */
export class AttachmentChangedError extends Error {
  constructor(kind: 'replaced' | 'reviewed') {
    super(
      kind === 'replaced'
        ? 'Ce justificatif vient d’être remplacé par un nouveau fichier. La page a été actualisée : vérifiez le nouveau fichier puis recommencez.'
        : 'Ce justificatif vient d’être vérifié par quelqu’un d’autre. La page a été actualisée : vérifiez son état puis recommencez.',
    );
    this.name = 'AttachmentChangedError';
  }
}

export class DossierDecidedError extends Error {
  constructor() {
    super('Ce dossier est décidé : repassez-le en instruction pour vérifier ses justificatifs.');
    this.name = 'DossierDecidedError';
  }
}

/** « Valider » a file nobody can open: the antivirus has not cleared it (pending or blocked). */
export class AttachmentNotClearedError extends Error {
  constructor() {
    super(
      'Ce justificatif n’a pas été validé : l’antivirus ne l’a pas encore déclaré sain (analyse en cours ou virus détecté). Attendez la fin de l’analyse, ou rejetez-le pour demander un autre fichier.',
    );
    this.name = 'AttachmentNotClearedError';
  }
}

export type AttachmentReviewInput = {
  decision: 'VALIDE' | 'REJETE';
  message?: string;
  /** The review state the agent saw: another review in between makes this one fail (optimistic). */
  expectedReview?: AttachmentReview;
};

/** « Valider » or « Rejeter » (with a « Motif ») the current version of a justificatif. */
export async function reviewAttachment(agent: AgentViewer, attachmentId: string, input: AttachmentReviewInput): Promise<void> {
  assertAgent(agent);
  const reason = input.message?.trim() ?? '';
  if (input.decision === 'REJETE' && (reason.length === 0 || reason.length > 2000)) throw new RejectionReasonRequiredError();
  await db.$transaction(async (tx) => {
    const attachment = isUuid(attachmentId)
      ? await tx.attachment.findFirst({
          where: { id: attachmentId },
          select: { id: true, dossierId: true, documentId: true, replacedById: true, review: true, file: { select: { scanStatus: true } } },
        })
      : null;
    const dossier = attachment ? await loadDossierForAgent(tx, agent, attachment.dossierId) : null;
    if (!attachment || !dossier) throw new DossierNotFoundForAgentError();
    if (attachment.replacedById !== null) throw new AttachmentChangedError('replaced');
    if (isDecided(dossier.status)) throw new DossierDecidedError();
    if (input.decision === 'VALIDE' && !isServable(attachment.file.scanStatus)) throw new AttachmentNotClearedError();
    const reviewMessage = input.decision === 'REJETE' ? reason : null;
    // Guarded write: a replacement or another review committed since the read above wins.
    const updated = await tx.attachment.updateMany({
      where: { id: attachment.id, replacedById: null, review: input.expectedReview ?? attachment.review },
      data: { review: input.decision, reviewMessage, reviewedAt: new Date(), reviewedById: agent.id },
    });
    if (updated.count !== 1) throw new AttachmentChangedError(input.expectedReview && input.expectedReview !== attachment.review ? 'reviewed' : 'replaced');
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
  });
}
