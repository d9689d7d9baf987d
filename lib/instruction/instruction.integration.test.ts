import { describe, expect, it } from 'vitest';
import { createConfirmedUser, findEmails } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { createDepositedDossier, createStoredFile, createUserWithRole } from '@/test/integration/follow-up';
import { DossierConflictError } from '@/lib/dossiers/transition-dossier';
import { NotAnAgentError } from './agent-viewer';
import { assignInstructor } from '@/test/integration/instruction';
import { DossierNotFoundForAgentError } from './load-agent-dossier';
import { issueDocument } from './issue-document';
import { requestComplement } from './request-complement';
import { AttachmentNotClearedError, RejectionReasonRequiredError, reviewAttachment } from './review-attachment';
import { sendAgentMessage } from './send-agent-message';
import { startInstruction } from './start-instruction';

async function applicantEmail(applicantId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: applicantId }, select: { email: true } })).email;
}

describe('instruction functions', () => {
  it('start, request more information (event + email), with optimistic locking', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const { dossier, applicantId, procedureId } = await createDepositedDossier();
    await assignInstructor(agent.id, procedureId);
    const { version } = await startInstruction(agent, dossier.id, dossier.version);
    await expect(requestComplement(agent, dossier.id, dossier.version, 'Budget ?')).rejects.toBeInstanceOf(DossierConflictError);
    await requestComplement(agent, dossier.id, version, 'Merci de joindre le budget prévisionnel.');

    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true } })).toEqual({ status: 'COMPLEMENT_DEMANDE' });
    expect(
      await db.dossierEvent.findFirst({ where: { dossierId: dossier.id, type: 'complement-requested' }, select: { message: true, actorId: true } }),
    ).toEqual({
      message: 'Merci de joindre le budget prévisionnel.',
      actorId: agent.id,
    });
    const emails = await findEmails(await applicantEmail(applicantId), 'complement-requested');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain(`/mon-compte/dossiers/${dossier.id}`);
    expect(await db.auditLog.count({ where: { actorId: agent.id, action: { startsWith: 'instruction.' } } })).toBe(2);
  });

  it('rejects a justificatif only with a reason, and emails the applicant', async () => {
    const agent = await createUserWithRole('ADMIN');
    const { attachmentId, applicantId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    await expect(reviewAttachment(agent, attachmentId, { decision: 'REJETE', message: ' ' })).rejects.toBeInstanceOf(RejectionReasonRequiredError);
    await reviewAttachment(agent, attachmentId, { decision: 'REJETE', message: 'Document illisible' });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true, reviewMessage: true } })).toEqual({
      review: 'REJETE',
      reviewMessage: 'Document illisible',
    });
    expect(await findEmails(await applicantEmail(applicantId), 'attachment-rejected')).toHaveLength(1);
  });

  it('does not validate a justificatif the antivirus has not cleared, but may reject it', async () => {
    const agent = await createUserWithRole('ADMIN');
    const { attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const { fileId } = await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { fileId: true } });
    for (const scanStatus of ['PENDING', 'INFECTED'] as const) {
      await db.storedFile.update({ where: { id: fileId }, data: { scanStatus } });
      await expect(reviewAttachment(agent, attachmentId, { decision: 'VALIDE' }), scanStatus).rejects.toBeInstanceOf(AttachmentNotClearedError);
      expect((await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).review).toBe('EN_ATTENTE');
    }
    await reviewAttachment(agent, attachmentId, { decision: 'REJETE', message: 'Fichier bloqué par l’antivirus : envoyez une copie saine.' });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).review).toBe('REJETE');
  });

  it('sends a message and issues a document to the dossier’s applicant', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    await assignInstructor(agent.id, procedureId);
    const attachment = await createStoredFile(agent.id);
    await sendAgentMessage(agent, dossier.id, 'Bien reçu.', [attachment.id]);
    expect(await db.dossierMessage.findFirst({ where: { dossierId: dossier.id }, select: { fromAgent: true, files: { select: { fileId: true } } } })).toEqual({
      fromAgent: true,
      files: [{ fileId: attachment.id }],
    });
    const document = await createStoredFile(agent.id);
    await issueDocument(agent, { dossierId: dossier.id, title: 'Notification de subvention', fileId: document.id });
    expect(await db.issuedDocument.findFirst({ where: { fileId: document.id }, select: { recipientUserId: true } })).toEqual({ recipientUserId: applicantId });
    const email = await applicantEmail(applicantId);
    expect(await findEmails(email, 'new-message')).toHaveLength(1);
    expect(await findEmails(email, 'document-received')).toHaveLength(1);
  });

  it('are all refused to an applicant (USAGER), changing nothing', async () => {
    const applicant = await createConfirmedUser();
    const usager = { id: applicant.id, role: 'USAGER' as const };
    const { dossier, attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const file = await createStoredFile(applicant.id);
    await expect(startInstruction(usager, dossier.id, dossier.version)).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(requestComplement(usager, dossier.id, dossier.version, 'x')).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(reviewAttachment(usager, attachmentId, { decision: 'VALIDE' })).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(sendAgentMessage(usager, dossier.id, 'x', [])).rejects.toBeInstanceOf(NotAnAgentError);
    await expect(issueDocument(usager, { recipientUserId: applicant.id, title: 'x', fileId: file.id })).rejects.toBeInstanceOf(NotAnAgentError);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true } })).toEqual({ status: 'EN_INSTRUCTION' });
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id } })).toBe(0);
  });

  it('are refused to an instructeur of another démarche, as if the dossier did not exist', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const other = await createDepositedDossier();
    await assignInstructor(agent.id, other.procedureId);
    const { dossier, attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const file = await createStoredFile(agent.id);
    await expect(startInstruction(agent, dossier.id, dossier.version)).rejects.toBeInstanceOf(DossierNotFoundForAgentError);
    await expect(requestComplement(agent, dossier.id, dossier.version, 'x')).rejects.toBeInstanceOf(DossierNotFoundForAgentError);
    await expect(reviewAttachment(agent, attachmentId, { decision: 'VALIDE' })).rejects.toBeInstanceOf(DossierNotFoundForAgentError);
    await expect(sendAgentMessage(agent, dossier.id, 'x', [])).rejects.toBeInstanceOf(DossierNotFoundForAgentError);
    await expect(issueDocument(agent, { dossierId: dossier.id, title: 'x', fileId: file.id })).rejects.toBeInstanceOf(DossierNotFoundForAgentError);
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id } })).toBe(0);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).toEqual({ review: 'EN_ATTENTE' });
  });
});
