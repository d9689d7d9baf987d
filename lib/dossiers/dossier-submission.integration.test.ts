import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import { JUSTIFICATIF_NOT_ATTACHED } from '@/lib/validation/dossier-draft';
import { attachJustificatif } from './attach-justificatif';
import { deleteDraft } from './delete-draft';
import { NOT_FOUND_CODE } from '@/lib/actions/result';
import { ALREADY_SUBMITTED_CODE, PROCEDURE_CLOSED, PROCEDURE_NOT_OPEN } from './dossier-failures';
import { associationDraft, context, createConfirmedUser, currentVersion, goodAnswers, publishedProcedure, uploadedFile } from '@/test/integration/dossiers';
import { saveDraft } from './save-draft';
import { PROFILE_REQUIRED, startDossier } from './start-dossier';
import { FORM_HAS_ERRORS, missingDocumentMessage, RECEIPT_NOT_STORED, submitDossier } from './submit-dossier';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A draft with good answers and its required justificatif: ready to deposit. */
async function readyDraft() {
  const draft = await associationDraft();
  await saveDraft(draft.applicant, draft.dossierId, goodAnswers);
  const file = await uploadedFile(draft.applicant.id);
  const attached = await attachJustificatif(draft.applicant, { dossierId: draft.dossierId, documentId: 'rib', fileId: file.id }, context);
  expect(attached.ok).toBe(true);
  return { ...draft, fileId: file.id };
}

describe('startDossier', () => {
  it('creates a draft of the current version for a profile the viewer belongs to, once per key', async () => {
    const { applicant, profileId, procedure, dossierId } = await associationDraft();
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      select: { status: true, applicantId: true, profileId: true, number: true, idempotencyKey: true, procedureVersion: { select: { procedureId: true } } },
    });
    expect(dossier).toMatchObject({ status: 'BROUILLON', applicantId: applicant.id, profileId, number: null });
    expect(dossier.procedureVersion.procedureId).toBe(procedure.id);

    const replay = await startDossier(applicant, { procedureSlug: procedure.slug, profileId, idempotencyKey: dossier.idempotencyKey }, context);
    expect(replay).toEqual({ ok: true, data: { dossierId } });
    const parallelKey = randomUUID();
    const parallel = await Promise.all(
      [1, 2, 3].map(() => startDossier(applicant, { procedureSlug: procedure.slug, profileId, idempotencyKey: parallelKey }, context)),
    );
    expect(new Set(parallel.map((result) => result.ok && result.data?.dossierId)).size).toBe(1);
    expect(await db.dossier.count({ where: { applicantId: applicant.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { actorId: applicant.id, action: 'dossier.start' } })).toBe(2);
  });

  it('refuses someone else’s key without revealing their dossier', async () => {
    const { procedure, profileId } = await associationDraft();
    const key = (await db.dossier.findFirstOrThrow({ where: { profileId }, select: { idempotencyKey: true } })).idempotencyKey;
    const intruder = await createConfirmedUser();
    const result = await startDossier(intruder, { procedureSlug: procedure.slug, profileId: null, idempotencyKey: key }, context);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(profileId);
  });

  it('applies the audience rules: a profile of mine for associations, none for particuliers', async () => {
    const { applicant, profileId } = await associationDraft();
    const association = await publishedProcedure('ASSOCIATION');
    const particulier = await publishedProcedure('PARTICULIER');
    const stranger = await createConfirmedUser();
    const start = (viewer: { id: string }, slug: string, profile: string | null) =>
      startDossier(viewer, { procedureSlug: slug, profileId: profile, idempotencyKey: randomUUID() }, context);

    expect(await start(applicant, association.slug, null)).toMatchObject({ ok: false, fieldErrors: { profileId: [PROFILE_REQUIRED] } });
    expect(await start(stranger, association.slug, profileId)).toMatchObject({ ok: false, fieldErrors: { profileId: [PROFILE_REQUIRED] } });
    expect(await start(applicant, particulier.slug, profileId)).toMatchObject({ ok: false });
    expect(await start(stranger, particulier.slug, null)).toMatchObject({ ok: true });
    expect(await db.dossier.count({ where: { applicantId: stranger.id } })).toBe(1);
  });

  it('refuses a closed, not yet open or unpublished démarche', async () => {
    const viewer = await createConfirmedUser();
    const procedure = await publishedProcedure('PARTICULIER');
    const start = () => startDossier(viewer, { procedureSlug: procedure.slug, profileId: null, idempotencyKey: randomUUID() }, context);
    await db.procedure.update({ where: { id: procedure.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(await start()).toMatchObject({ ok: false, message: PROCEDURE_NOT_OPEN });
    await db.procedure.update({ where: { id: procedure.id }, data: { closesAt: null, opensAt: new Date(Date.now() + 86_400_000) } });
    expect(await start()).toMatchObject({ ok: false, message: PROCEDURE_NOT_OPEN });
    await db.procedure.update({ where: { id: procedure.id }, data: { opensAt: new Date(Date.now() - 86_400_000), published: false } });
    expect(await start()).toMatchObject({ ok: false });
    expect(await db.dossier.count({ where: { applicantId: viewer.id } })).toBe(0);
  });
});

describe('saveDraft, attachJustificatif, deleteDraft', () => {
  it('keeps partial answers as typed, drops unknown fields, bumps the version', async () => {
    const { applicant, dossierId } = await associationDraft();
    const before = await currentVersion(dossierId);
    const saved = await saveDraft(applicant, dossierId, { montant: 'pas un nombre', status: 'ACCEPTE', applicantId: randomUUID(), 'champ-inconnu': 'x' });
    expect(saved.ok).toBe(true);
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { answers: true, status: true, version: true, applicantId: true } });
    expect(dossier.answers).toEqual({ montant: 'pas un nombre' });
    expect(dossier).toMatchObject({ status: 'BROUILLON', version: before + 1, applicantId: applicant.id });
  });

  it('gives 404 for another person’s draft, to save, attach, delete or submit', async () => {
    const { dossierId, applicant } = await associationDraft();
    const intruder = await createConfirmedUser();
    const file = await uploadedFile(intruder.id);
    const version = await currentVersion(dossierId);
    for (const result of [
      await saveDraft(intruder, dossierId, goodAnswers),
      await attachJustificatif(intruder, { dossierId, documentId: 'rib', fileId: file.id }, context),
      await deleteDraft(intruder, dossierId, context),
      await submitDossier(intruder, dossierId, version, context),
      await saveDraft(applicant, randomUUID(), goodAnswers),
    ]) {
      expect(result).toMatchObject({ ok: false, code: NOT_FOUND_CODE });
    }
    expect(await currentVersion(dossierId)).toBe(version);
  });

  it('attaches only my unattached files, for a document of the form, and replaces the previous one', async () => {
    const { applicant, dossierId } = await associationDraft();
    const other = await createConfirmedUser();
    const theirs = await uploadedFile(other.id);
    const attach = (documentId: string, fileId: string) => attachJustificatif(applicant, { dossierId, documentId, fileId }, context);

    expect(await attach('rib', theirs.id)).toEqual({ ok: false, message: JUSTIFICATIF_NOT_ATTACHED });
    const first = await uploadedFile(applicant.id, 'premier.pdf');
    expect(await attach('inconnu', first.id)).toMatchObject({ ok: false });
    expect(await attach('rib', first.id)).toEqual({ ok: true, data: { name: 'premier.pdf' } });
    const second = await uploadedFile(applicant.id, 'second.pdf');
    expect(await attach('rib', second.id)).toMatchObject({ ok: true });
    // Already used: by this dossier or any other.
    expect(await attach('budget', second.id)).toEqual({ ok: false, message: JUSTIFICATIF_NOT_ATTACHED });

    const attachments = await db.attachment.findMany({ where: { dossierId }, select: { documentId: true, fileId: true } });
    expect(attachments).toEqual([{ documentId: 'rib', fileId: second.id }]);
    const files = await db.storedFile.findMany({ where: { id: { in: [first.id, second.id, theirs.id] } }, select: { id: true, attachedAt: true } });
    expect(files.find((f) => f.id === first.id)?.attachedAt).toBeNull();
    expect(files.find((f) => f.id === second.id)?.attachedAt).toBeInstanceOf(Date);
    expect(files.find((f) => f.id === theirs.id)?.attachedAt).toBeNull();
  });

  it('deletes a draft and releases its files; a deposited dossier cannot be deleted', async () => {
    const { applicant, dossierId, fileId } = await readyDraft();
    expect(await deleteDraft(applicant, dossierId, context)).toEqual({ ok: true });
    expect(await db.dossier.findUnique({ where: { id: dossierId } })).toBeNull();
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: fileId } })).attachedAt).toBeNull();

    const other = await readyDraft();
    expect(await submitDossier(other.applicant, other.dossierId, await currentVersion(other.dossierId), context)).toMatchObject({ ok: true });
    expect(await deleteDraft(other.applicant, other.dossierId, context)).toMatchObject({ ok: false, code: ALREADY_SUBMITTED_CODE });
  });
});

describe('submitDossier', () => {
  it('deposits: number, status, answers checked and typed, receipt attached, one email with the receipt', async () => {
    const { applicant, dossierId } = await readyDraft();
    const result = await submitDossier(applicant, dossierId, await currentVersion(dossierId), context);
    expect(result).toMatchObject({ ok: true });
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      select: { number: true, status: true, answers: true, submittedAt: true, receiptFileId: true, events: { select: { type: true, toStatus: true } } },
    });
    expect(dossier.number).toMatch(/^\d{4}-\d{6}$/);
    expect(dossier.status).toBe('DEPOSE');
    expect(dossier.answers).toEqual({ 'nom-du-projet': 'Fête du moulin', montant: 1500.5, commentaire: null });
    expect(dossier.events.map((event) => event.type)).toEqual(expect.arrayContaining(['created', 'attachment-added', 'submitted']));

    const receipt = await db.storedFile.findUniqueOrThrow({ where: { id: dossier.receiptFileId! } });
    expect(receipt).toMatchObject({ ownerId: applicant.id, mime: 'application/pdf', originalName: `recepisse-${dossier.number}.pdf` });
    expect(receipt.attachedAt).toBeInstanceOf(Date);
    const bytes = await readAll(await getStorage().get(receipt.key));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe(`Récépissé de dépôt ${dossier.number}`);

    const emails = await db.outboxEmail.findMany({
      where: { to: applicant.email, template: 'dossier-submitted' },
      select: { subject: true, text: true, attachments: true },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe(`Dossier n° ${dossier.number} : votre demande a été déposée`);
    expect(emails[0].text).toContain(`/mon-compte/dossiers/${dossierId}`);
    expect(emails[0].attachments).toEqual([{ filename: `recepisse-${dossier.number}.pdf`, fileId: receipt.id }]);
    expect(await db.auditLog.count({ where: { actorId: applicant.id, action: 'dossier.submit', targetId: dossierId } })).toBe(1);
  });

  it('checks on the server: a missing required answer or justificatif refuses, and nothing changes', async () => {
    const { applicant, dossierId } = await associationDraft();
    await saveDraft(applicant, dossierId, { montant: '50' });
    const version = await currentVersion(dossierId);
    const result = await submitDossier(applicant, dossierId, version, context);
    expect(result).toEqual({
      ok: false,
      message: FORM_HAS_ERRORS,
      fieldErrors: {
        'nom-du-projet': ['Renseignez « Nom du projet »'],
        montant: [expect.stringContaining('Montant demandé')],
        rib: [missingDocumentMessage('Relevé d’identité bancaire')],
      },
    });
    const dossier = await db.dossier.findUniqueOrThrow({
      where: { id: dossierId },
      select: { status: true, number: true, version: true, receiptFileId: true },
    });
    expect(dossier).toEqual({ status: 'BROUILLON', number: null, version, receiptFileId: null });
    expect(await db.outboxEmail.count({ where: { to: applicant.email } })).toBe(0);
  });

  it('refuses after the closing date', async () => {
    const { applicant, dossierId, procedure } = await readyDraft();
    await db.procedure.update({ where: { id: procedure.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect(await submitDossier(applicant, dossierId, await currentVersion(dossierId), context)).toEqual({ ok: false, message: PROCEDURE_CLOSED });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).status).toBe('BROUILLON');
  });

  it('deposits once when submitted twice at the same time: one number, one email', async () => {
    const { applicant, dossierId } = await readyDraft();
    const version = await currentVersion(dossierId);
    const results = await Promise.all([submitDossier(applicant, dossierId, version, context), submitDossier(applicant, dossierId, version, context)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: ALREADY_SUBMITTED_CODE });
    expect(await db.outboxEmail.count({ where: { to: applicant.email, template: 'dossier-submitted' } })).toBe(1);
    expect(await db.dossierEvent.count({ where: { dossierId, type: 'submitted' } })).toBe(1);
    // Replayed later: the same answer.
    expect(await submitDossier(applicant, dossierId, version, context)).toMatchObject({ ok: false, code: ALREADY_SUBMITTED_CODE });
  });

  it('refuses with a clear message when the file store is down, changes nothing, and deposits on retry', async () => {
    const { applicant, dossierId } = await readyDraft();
    const version = await currentVersion(dossierId);
    const put = vi.spyOn(getStorage(), 'put').mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:9000'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await submitDossier(applicant, dossierId, version, context)).toEqual({ ok: false, message: RECEIPT_NOT_STORED });
    } finally {
      put.mockRestore();
      error.mockRestore();
    }
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true, number: true, receiptFileId: true } });
    expect(dossier).toEqual({ status: 'BROUILLON', number: null, receiptFileId: null });
    expect(await db.outboxEmail.count({ where: { to: applicant.email, template: 'dossier-submitted' } })).toBe(0);

    expect(await submitDossier(applicant, dossierId, version, context)).toMatchObject({ ok: true });
    expect(await db.outboxEmail.count({ where: { to: applicant.email, template: 'dossier-submitted' } })).toBe(1);
  });

  it('refuses a stale version (changed in another tab) with the conflict message', async () => {
    const { applicant, dossierId } = await readyDraft();
    const stale = await currentVersion(dossierId);
    await saveDraft(applicant, dossierId, goodAnswers);
    const result = await submitDossier(applicant, dossierId, stale, context);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('modifié') });
  });

  it('numbers deposits one after the other within the year', async () => {
    const drafts = [await readyDraft(), await readyDraft(), await readyDraft()];
    const numbers: string[] = [];
    for (const draft of drafts) {
      const result = await submitDossier(draft.applicant, draft.dossierId, await currentVersion(draft.dossierId), context);
      if (!result.ok) throw new Error(result.message);
      numbers.push(result.data!.number);
    }
    const sequence = numbers.map((number) => Number(number.slice(5)));
    expect(sequence[1]).toBe(sequence[0] + 1);
    expect(sequence[2]).toBe(sequence[0] + 2);
    expect(new Set(numbers.map((number) => number.slice(0, 4))).size).toBe(1);
  });
});
