import { describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { findDownloadableFile } from '@/lib/files/find-downloadable-file';
import { createProfileWithMember } from '@/test/integration/profiles';
import { answerComplement, NOT_AWAITING_COMPLEMENT } from './answer-complement';
import { findDossierForViewer } from './dossier-access';
import { createDepositedDossier, createStoredFile, createUserWithRole, followContext } from '@/test/integration/follow-up';
import { listDossierAttachments } from './find-dossier-details';
import { listReceivedDocuments } from './list-received-documents';
import { listViewerDossiers } from './list-viewer-dossiers';
import { postDossierMessage } from './post-dossier-message';
import { ONLY_REJECTED, replaceRejectedAttachment } from './replace-rejected-attachment';

const NOT_FOUND = expect.objectContaining({ ok: false, code: 'not-found' });

describe('who sees a dossier', () => {
  it('the applicant and the members of its profile, not another person', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const { dossier } = await createDepositedDossier({ applicantId: admin.id, profileId });
    const stranger = await createConfirmedUser();

    expect(await findDossierForViewer(admin, dossier.id)).toMatchObject({ id: dossier.id });
    expect(await findDossierForViewer(member, dossier.id)).toMatchObject({ id: dossier.id });
    expect(await findDossierForViewer(stranger, dossier.id)).toBeNull();
    expect(await findDossierForViewer(stranger, 'pas-un-uuid')).toBeNull();
    expect((await listViewerDossiers(member)).rows.map((row) => row.id)).toContain(dossier.id);
    expect((await listViewerDossiers(stranger)).rows).toEqual([]);
  });

  it('a draft filed for a profile stays its author’s alone', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const { dossier } = await createDepositedDossier({ applicantId: admin.id, profileId, status: 'BROUILLON' });
    expect(await findDossierForViewer(admin, dossier.id)).not.toBeNull();
    expect(await findDossierForViewer(member, dossier.id)).toBeNull();
  });

  it('filters « Mes dossiers » by status', async () => {
    const applicant = await createConfirmedUser();
    await createDepositedDossier({ applicantId: applicant.id, status: 'DEPOSE' });
    const { dossier } = await createDepositedDossier({ applicantId: applicant.id, status: 'COMPLEMENT_DEMANDE' });
    const { rows, total } = await listViewerDossiers(applicant, { status: 'COMPLEMENT_DEMANDE' });
    expect(total).toBe(1);
    expect(rows[0].id).toBe(dossier.id);
  });
});

describe('replacing a rejected justificatif', () => {
  it('adds a new version EN_ATTENTE and keeps the rejected one in the history', async () => {
    const { dossier, applicantId, attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION', review: 'REJETE', reviewMessage: 'Illisible' });
    const upload = await createStoredFile(applicantId);

    const result = await replaceRejectedAttachment({ id: applicantId }, { attachmentId, fileId: upload.id }, followContext);
    expect(result.ok).toBe(true);
    const listed = await listDossierAttachments({ id: applicantId }, dossier.id);
    const current = listed?.attachments.find((a) => a.replacedById === null);
    expect(current).toMatchObject({ review: 'EN_ATTENTE', file: expect.objectContaining({ id: upload.id }) });
    expect(listed?.attachments.find((a) => a.id === attachmentId)).toMatchObject({ replacedById: current?.id, review: 'REJETE' });
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id, type: 'attachment-replaced' } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: applicantId, action: 'dossier.attachment-replaced' } })).toBe(1);
  });

  it('is refused for a file that is not rejected, or that is already replaced', async () => {
    const { applicantId, attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION', review: 'EN_ATTENTE' });
    const upload = await createStoredFile(applicantId);
    expect(await replaceRejectedAttachment({ id: applicantId }, { attachmentId, fileId: upload.id }, followContext)).toEqual({
      ok: false,
      message: ONLY_REJECTED,
    });
    expect(await db.storedFile.findUnique({ where: { id: upload.id }, select: { attachedAt: true } })).toEqual({ attachedAt: null });
  });

  it('is a 404 for another applicant, and refuses someone else’s upload', async () => {
    const { applicantId, attachmentId } = await createDepositedDossier({ status: 'EN_INSTRUCTION', review: 'REJETE', reviewMessage: 'Flou' });
    const stranger = await createConfirmedUser();
    const strangerUpload = await createStoredFile(stranger.id);
    expect(await replaceRejectedAttachment(stranger, { attachmentId, fileId: strangerUpload.id }, followContext)).toEqual(NOT_FOUND);
    expect((await replaceRejectedAttachment({ id: applicantId }, { attachmentId, fileId: strangerUpload.id }, followContext)).ok).toBe(false);
    expect(await db.attachment.count({ where: { replaces: { id: attachmentId } } })).toBe(0);
  });
});

describe('answering a request for more information', () => {
  const answers = { 'nom-du-projet': 'Fête du moulin, 2e édition', montant: '2 000' };

  it('updates the answers, returns the dossier to EN_INSTRUCTION and tells the agent who asked', async () => {
    const { dossier, applicantId } = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE' });
    const agent = await createUserWithRole('INSTRUCTEUR');
    await db.dossierEvent.create({ data: { dossierId: dossier.id, actorId: agent.id, type: 'complement-requested', message: 'Budget détaillé ?' } });
    const result = await answerComplement(
      { id: applicantId },
      { dossierId: dossier.id, expectedVersion: dossier.version, answers, message: 'Voici le budget.' },
      followContext,
    );
    expect(result).toEqual({ ok: true });
    const after = await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, answers: true, version: true } });
    expect(after).toMatchObject({
      status: 'EN_INSTRUCTION',
      version: dossier.version + 1,
      answers: { 'nom-du-projet': 'Fête du moulin, 2e édition', montant: 2000 },
    });
    expect(
      await db.dossierEvent.findFirst({ where: { dossierId: dossier.id, type: 'complement-answered' }, select: { toStatus: true, message: true } }),
    ).toEqual({
      toStatus: 'EN_INSTRUCTION',
      message: 'Voici le budget.',
    });
    const notice = await db.outboxEmail.findFirst({ where: { to: agent.email, template: 'complement-answered' }, select: { subject: true, text: true } });
    expect(notice?.subject).toBe(`Le demandeur a répondu pour le dossier n° ${dossier.number}`);
    // The link opens the dossier in the back-office, not just the queue.
    expect(notice?.text).toContain(`/instruction/dossiers/${dossier.id}`);
  });

  it('is refused outside COMPLEMENT_DEMANDE, with a stale version, with invalid answers, and to others', async () => {
    const { dossier: waiting, applicantId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    expect(await answerComplement({ id: applicantId }, { dossierId: waiting.id, expectedVersion: waiting.version, answers }, followContext)).toEqual({
      ok: false,
      message: NOT_AWAITING_COMPLEMENT,
    });

    const { dossier, applicantId: owner } = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE' });
    const stale = await answerComplement({ id: owner }, { dossierId: dossier.id, expectedVersion: dossier.version - 1, answers }, followContext);
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining('vient d’être modifié') });

    const invalid = await answerComplement(
      { id: owner },
      { dossierId: dossier.id, expectedVersion: dossier.version, answers: { montant: 'beaucoup' } },
      followContext,
    );
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { 'nom-du-projet': expect.any(Array), montant: expect.any(Array) } });

    const stranger = await createConfirmedUser();
    expect(await answerComplement(stranger, { dossierId: dossier.id, expectedVersion: dossier.version, answers }, followContext)).toEqual(NOT_FOUND);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true } })).toEqual({ status: 'COMPLEMENT_DEMANDE' });
  });
});

describe('« Échanges »', () => {
  it('posts a message with the viewer’s own upload, refuses someone else’s file and other people', async () => {
    const { dossier, applicantId } = await createDepositedDossier();
    const mine = await createStoredFile(applicantId);
    expect(await postDossierMessage({ id: applicantId }, { dossierId: dossier.id, body: 'Bonjour', fileIds: [mine.id] }, followContext)).toEqual({ ok: true });
    expect(await db.dossierMessageFile.count({ where: { fileId: mine.id } })).toBe(1);

    const stranger = await createConfirmedUser();
    const theirs = await createStoredFile(stranger.id);
    const refused = await postDossierMessage({ id: applicantId }, { dossierId: dossier.id, body: 'Encore', fileIds: [theirs.id] }, followContext);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { fileIds: expect.any(Array) } });
    expect(await postDossierMessage(stranger, { dossierId: dossier.id, body: 'Intrus', fileIds: [] }, followContext)).toEqual(NOT_FOUND);
    // An empty message is refused by the form's schema (lib/validation/dossier-follow-up.test.ts).
    expect(await db.dossierMessage.count({ where: { dossierId: dossier.id } })).toBe(1);
  });
});

describe('documents received and downloads', () => {
  async function issue(sentById: string, recipient: { recipientUserId?: string; recipientProfileId?: string }) {
    const file = await createStoredFile(sentById, { attached: true });
    const document = await db.issuedDocument.create({ data: { title: 'Notification', fileId: file.id, sentById, ...recipient }, select: { id: true } });
    return { fileId: file.id, documentId: document.id };
  }

  it('a document to a person or to a profile is seen by them only', async () => {
    const agent = await createConfirmedUser();
    const person = await createConfirmedUser();
    const { admin, member, profileId } = await createProfileWithMember();
    const stranger = await createConfirmedUser();
    const toPerson = await issue(agent.id, { recipientUserId: person.id });
    const toProfile = await issue(agent.id, { recipientProfileId: profileId });

    expect((await listReceivedDocuments(person)).rows.map((row) => row.id)).toEqual([toPerson.documentId]);
    expect((await listReceivedDocuments(member)).rows.map((row) => row.id)).toEqual([toProfile.documentId]);
    expect((await listReceivedDocuments(admin)).rows.map((row) => row.id)).toEqual([toProfile.documentId]);
    expect((await listReceivedDocuments(stranger)).rows).toEqual([]);

    expect(await findDownloadableFile(member, toProfile.fileId)).toMatchObject({ markRead: true, issuedDocumentId: toProfile.documentId });
    expect(await findDownloadableFile(stranger, toProfile.fileId)).toBeNull();
    expect(await findDownloadableFile(person, toProfile.fileId)).toBeNull();
    expect(await findDownloadableFile(stranger, toPerson.fileId)).toBeNull();
  });

  it('justificatifs (even replaced ones), message files and the receipt follow the dossier; fresh uploads their owner', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const { dossier, fileId, applicantId } = await createDepositedDossier({ applicantId: admin.id, profileId });
    const stranger = await createConfirmedUser();
    const receipt = await createStoredFile(applicantId, { attached: true });
    await db.dossier.update({ where: { id: dossier.id }, data: { receiptFileId: receipt.id } });
    const fresh = await createStoredFile(stranger.id);

    for (const id of [fileId, receipt.id]) {
      expect(await findDownloadableFile(member, id)).not.toBeNull();
      expect(await findDownloadableFile(stranger, id)).toBeNull();
    }
    expect(await findDownloadableFile(stranger, fresh.id)).toMatchObject({ markRead: false });
    expect(await findDownloadableFile(member, fresh.id)).toBeNull();
    expect(await findDownloadableFile(stranger, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
