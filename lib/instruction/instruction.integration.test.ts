import { describe, expect, it } from 'vitest';
import { createConfirmedUser, findEmails } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { createDepositedDossier, createStoredFile, createUserWithRole } from '@/test/integration/follow-up';
import { issuesByField } from '@/lib/actions/parse-form';
import { NOT_FOUND_CODE } from '@/lib/actions/result';
import { defaultComplementDueDay } from '@/lib/dossiers/complement-due-date';
import { DOSSIER_CONFLICT_CODE } from '@/lib/dossiers/transition-dossier';
import { instructionSchemas } from '@/lib/validation/instruction';
import { NotAnAgentError } from './agent-viewer';
import { assignInstructor } from '@/test/integration/instruction';
import { AGENT_FILE_UNAVAILABLE, issueDocument } from './issue-document';
import { requestComplement } from './request-complement';
import { ATTACHMENT_NOT_CLEARED, reviewAttachment } from './review-attachment';
import { sendAgentMessage } from './send-agent-message';
import { startInstruction } from './start-instruction';

async function applicantEmail(applicantId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: applicantId }, select: { email: true } })).email;
}

const dueOn = defaultComplementDueDay(15);

const NOT_FOUND = { ok: false, code: NOT_FOUND_CODE, message: 'Ce dossier est introuvable.' };

describe('instruction functions', () => {
  it('start, request more information (event + email), with optimistic locking', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const { dossier, applicantId, procedureId } = await createDepositedDossier();
    await assignInstructor(agent.id, procedureId);
    const version = dossier.version + 1;
    expect(await startInstruction(agent, dossier.id, dossier.version)).toEqual({ ok: true, data: { version } });
    expect(await requestComplement(agent, dossier.id, dossier.version, { message: 'Budget ?', dueOn })).toMatchObject({
      ok: false,
      code: DOSSIER_CONFLICT_CODE,
    });
    expect(await requestComplement(agent, dossier.id, version, { message: 'Merci de joindre le budget prévisionnel.', dueOn })).toMatchObject({ ok: true });

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
    const { dossier, attachmentId, applicantId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const refused = instructionSchemas.review.safeParse({ dossierId: dossier.id, attachmentId, decision: 'REJETE', reason: ' ' });
    expect(refused.success ? null : issuesByField(refused.error.issues)).toEqual({ reason: ['Saisissez le motif du rejet.'] });
    expect(instructionSchemas.review.safeParse({ dossierId: dossier.id, attachmentId, decision: 'VALIDE' }).success).toBe(true);
    expect(await reviewAttachment(agent, attachmentId, { decision: 'REJETE', message: 'Document illisible' })).toEqual({ ok: true });
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
      expect(await reviewAttachment(agent, attachmentId, { decision: 'VALIDE' }), scanStatus).toEqual({ ok: false, message: ATTACHMENT_NOT_CLEARED });
      expect((await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).review).toBe('EN_ATTENTE');
    }
    await reviewAttachment(agent, attachmentId, { decision: 'REJETE', message: 'Fichier bloqué par l’antivirus : envoyez une copie saine.' });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).review).toBe('REJETE');
  });

  it('sends a message and issues a document to the dossier’s applicant', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    await assignInstructor(agent.id, procedureId);
    const attachment = await createStoredFile(agent.id);
    expect(await sendAgentMessage(agent, dossier.id, 'Bien reçu.', [attachment.id])).toMatchObject({ ok: true });
    // The file is used now: sending it again is refused, and nothing is written.
    expect(await sendAgentMessage(agent, dossier.id, 'Encore.', [attachment.id])).toEqual({
      ok: false,
      message: AGENT_FILE_UNAVAILABLE,
      fieldErrors: { fileIds: [AGENT_FILE_UNAVAILABLE] },
    });
    expect(await db.dossierMessage.count({ where: { dossierId: dossier.id } })).toBe(1);
    expect(await db.dossierMessage.findFirst({ where: { dossierId: dossier.id }, select: { fromAgent: true, files: { select: { fileId: true } } } })).toEqual({
      fromAgent: true,
      files: [{ fileId: attachment.id }],
    });
    const document = await createStoredFile(agent.id);
    expect(await issueDocument(agent, { dossierId: dossier.id, title: 'Notification de subvention', fileId: document.id })).toMatchObject({ ok: true });
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
    await expect(requestComplement(usager, dossier.id, dossier.version, { message: 'x', dueOn })).rejects.toBeInstanceOf(NotAnAgentError);
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
    expect(await startInstruction(agent, dossier.id, dossier.version)).toEqual(NOT_FOUND);
    expect(await requestComplement(agent, dossier.id, dossier.version, { message: 'x', dueOn })).toEqual(NOT_FOUND);
    expect(await reviewAttachment(agent, attachmentId, { decision: 'VALIDE' })).toEqual(NOT_FOUND);
    expect(await sendAgentMessage(agent, dossier.id, 'x', [])).toEqual(NOT_FOUND);
    expect(await issueDocument(agent, { dossierId: dossier.id, title: 'x', fileId: file.id })).toEqual(NOT_FOUND);
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id } })).toBe(0);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).toEqual({ review: 'EN_ATTENTE' });
  });
});
