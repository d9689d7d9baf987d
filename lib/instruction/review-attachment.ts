import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { DocumentDefinition } from '@/lib/procedures/field-definitions';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';

export class RejectionReasonRequiredError extends Error {
  constructor() {
    super('Saisissez le motif du rejet.');
    this.name = 'RejectionReasonRequiredError';
  }
}

export type AttachmentReviewInput = { decision: 'VALIDE' | 'REJETE'; message?: string };

/** « Valider » or « Rejeter » (with a « Motif ») the current version of a justificatif. */
export async function reviewAttachment(agent: AgentViewer, attachmentId: string, input: AttachmentReviewInput): Promise<void> {
  assertAgent(agent);
  const reason = input.message?.trim() ?? '';
  if (input.decision === 'REJETE' && (reason.length === 0 || reason.length > 2000)) throw new RejectionReasonRequiredError();
  await db.$transaction(async (tx) => {
    const attachment = /^[0-9a-f-]{36}$/i.test(attachmentId)
      ? await tx.attachment.findFirst({ where: { id: attachmentId, replacedById: null }, select: { id: true, dossierId: true, documentId: true } })
      : null;
    const dossier = attachment ? await loadDossierForAgent(tx, agent, attachment.dossierId) : null;
    if (!attachment || !dossier) throw new DossierNotFoundForAgentError();
    const reviewMessage = input.decision === 'REJETE' ? reason : null;
    await tx.attachment.update({
      where: { id: attachment.id },
      data: { review: input.decision, reviewMessage, reviewedAt: new Date(), reviewedById: agent.id },
    });
    await tx.dossierEvent.create({ data: { dossierId: dossier.id, actorId: agent.id, type: input.decision === 'REJETE' ? 'attachment-rejected' : 'attachment-validated', message: reviewMessage } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.attachment-reviewed', targetType: 'Attachment', targetId: attachment.id, details: { decision: input.decision } });
    if (input.decision === 'REJETE') {
      const documents = dossier.procedureVersion.documents as unknown as DocumentDefinition[];
      const documentLabel = documents.find((document) => document.id === attachment.documentId)?.label ?? 'Justificatif';
      await enqueueEmail(tx, {
        template: 'attachment-rejected',
        to: dossier.applicant.email,
        props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId: dossier.id, documentLabel },
      });
    }
  });
}
