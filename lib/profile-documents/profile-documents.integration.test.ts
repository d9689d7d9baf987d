import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { attachJustificatif } from '@/lib/dossiers/attach-justificatif';
import { deleteDraft } from '@/lib/dossiers/delete-draft';
import { saveDraft } from '@/lib/dossiers/save-draft';
import { submitDossier } from '@/lib/dossiers/submit-dossier';
import { findDownloadableFile } from '@/lib/files/find-downloadable-file';
import { reviewAttachment } from '@/lib/instruction/review-attachment';
import { purgeOrphanFiles } from '@/lib/jobs/purge-orphan-files';
import { ADMIN_ONLY, PROFILE_NOT_FOUND } from '@/lib/profiles/profile-access';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { addProfileDocumentSchema } from '@/lib/validation/profile-document';
import { createConfirmedUser, context as dossierContext, currentVersion, uploadedFile } from '@/test/integration/dossiers';
import { createUserWithRole } from '@/test/integration/follow-up';
import { addDocument, currentAttachments, linkedProcedure, startFor } from '@/test/integration/profile-documents';
import { auditRows, context, createProfileWithAdmin, createProfileWithMember } from '@/test/integration/profiles';
import { addProfileDocument } from './add-profile-document';
import { listProfileDocuments } from './list-profile-documents';
import { removeProfileDocument } from './remove-profile-document';
import { listSavableJustificatifs } from './list-savable-justificatifs';
import { saveJustificatifToProfile } from './save-justificatif-to-profile';

async function deposit(applicant: { id: string }, dossierId: string) {
  expect((await saveDraft(applicant, dossierId, { 'nom-du-projet': 'Fête du moulin' })).ok).toBe(true);
  const submitted = await submitDossier(applicant, dossierId, await currentVersion(dossierId), dossierContext);
  expect(submitted).toMatchObject({ ok: true });
}

const slotOf = async (viewerId: string, profileId: string, type: string) =>
  (await listProfileDocuments(viewerId, profileId))?.find((slot) => slot.type === type);

describe('porte-documents: versions', () => {
  it('replacing a document keeps the previous version in the history', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const first = await addDocument(admin.id, profileId, 'RIB', 'rib-2025.pdf');
    const second = await addDocument(admin.id, profileId, 'RIB', 'rib-2026.pdf');

    const slot = await slotOf(admin.id, profileId, 'RIB');
    expect(slot?.current).toMatchObject({ id: second.id, file: { originalName: 'rib-2026.pdf' }, addedBy: expect.any(String) });
    expect(slot?.history.map((version) => [version.id, version.file.originalName, version.replacedAt !== null])).toEqual([[first.id, 'rib-2025.pdf', true]]);
    expect(await auditRows('profile-document.add', admin.id)).toEqual([
      expect.objectContaining({ targetId: profileId, details: expect.objectContaining({ type: 'RIB', replacedId: null }) }),
      expect.objectContaining({ targetId: profileId, details: expect.objectContaining({ type: 'RIB', replacedId: first.id }) }),
    ]);
  });

  it('refuses a file that is not the administrator’s own upload', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const stranger = await createConfirmedUser();
    const file = await uploadedFile(stranger.id);
    const added = await addProfileDocument(admin.id, addProfileDocumentSchema.parse({ profileId, type: 'RIB', fileId: file.id, validUntil: '' }), context());
    expect(added).toMatchObject({ ok: false, fieldErrors: { fileId: [expect.any(String)] } });
    expect(await db.profileDocument.count({ where: { profileId } })).toBe(0);
  });
});

describe('porte-documents: filing for the profile shares the file, never copies it', () => {
  it('joins the current documents to each new draft, and a deposited dossier keeps the version it was filed with', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const procedure = await linkedProcedure();
    const rib = await addDocument(admin.id, profileId, 'RIB', 'rib-2025.pdf');
    const statutes = await addDocument(admin.id, profileId, 'STATUTS', 'statuts.pdf');
    const filesBefore = await db.storedFile.count();

    const first = await startFor(admin, procedure.slug, profileId);
    const second = await startFor(admin, procedure.slug, profileId);
    const expected = [
      { documentId: 'rib', fileId: rib.fileId, profileDocumentId: rib.id },
      { documentId: 'statuts', fileId: statutes.fileId, profileDocumentId: statutes.id },
    ];
    expect(await currentAttachments(first)).toEqual(expected);
    expect(await currentAttachments(second)).toEqual(expected);
    // One object, several references: no StoredFile was made for the dossiers.
    expect(await db.storedFile.count()).toBe(filesBefore);
    expect(await db.attachment.count({ where: { fileId: rib.fileId } })).toBe(2);

    await deposit(admin, first);
    const newRib = await addDocument(admin.id, profileId, 'RIB', 'rib-2026.pdf');
    expect(await currentAttachments(first)).toEqual(expected);
    const third = await startFor(admin, procedure.slug, profileId);
    expect((await currentAttachments(third))[0]).toEqual({ documentId: 'rib', fileId: newRib.fileId, profileDocumentId: newRib.id });

    // The agent still gets the old RIB of the deposited dossier.
    const agent = await createUserWithRole('ADMIN');
    expect(await findDownloadableFile(agent, rib.fileId)).toMatchObject({ originalName: 'rib-2025.pdf' });
  });

  it('proposes neither an expired document nor one without a link, and only for a profile', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const procedure = await linkedProcedure();
    await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');
    await db.profileDocument.updateMany({ where: { profileId, type: 'RIB' }, data: { validUntil: new Date(Date.now() - 86_400_000) } });
    await addDocument(admin.id, profileId, 'AUTRE', 'devis.pdf');
    expect(await currentAttachments(await startFor(admin, procedure.slug, profileId))).toEqual([]);
  });
});

describe('porte-documents: « Enregistrer aussi dans les documents de l’association »', () => {
  it('saves the file joined to a draft as the profile’s document, shared and not copied; only for an administrator', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const procedure = await linkedProcedure();
    const draft = await startFor(admin, procedure.slug, profileId);
    const memberDraft = await startFor(member, procedure.slug, profileId);
    const file = await uploadedFile(admin.id, 'rib-banque.pdf');
    expect(await attachJustificatif(admin, { dossierId: draft, documentId: 'rib', fileId: file.id }, dossierContext)).toMatchObject({ ok: true });
    const memberFile = await uploadedFile(member.id, 'rib-membre.pdf');
    expect(await attachJustificatif(member, { dossierId: memberDraft, documentId: 'rib', fileId: memberFile.id }, dossierContext)).toMatchObject({ ok: true });

    expect((await listSavableJustificatifs(admin.id, draft)).map((item) => [item.documentId, item.type, item.fileName])).toEqual([
      ['rib', 'RIB', 'rib-banque.pdf'],
    ]);
    expect(await listSavableJustificatifs(member.id, memberDraft)).toEqual([]);
    expect(await saveJustificatifToProfile(member, { dossierId: memberDraft, documentId: 'rib', validUntil: null }, context())).toEqual({
      ok: false,
      message: ADMIN_ONLY,
    });
    // Someone else's draft: not found, whatever the profile.
    expect(await saveJustificatifToProfile(member, { dossierId: draft, documentId: 'rib', validUntil: null }, context())).toMatchObject({
      ok: false,
      code: 'not-found',
    });

    expect(await saveJustificatifToProfile(admin, { dossierId: draft, documentId: 'rib', validUntil: null }, context())).toEqual({ ok: true });
    const saved = await db.profileDocument.findFirstOrThrow({ where: { profileId, type: 'RIB' }, select: { id: true, fileId: true } });
    expect(saved.fileId).toBe(file.id);
    expect((await currentAttachments(draft))[0]).toEqual({ documentId: 'rib', fileId: file.id, profileDocumentId: saved.id });
    expect(await listSavableJustificatifs(admin.id, draft)).toEqual([]);
    expect((await currentAttachments(await startFor(member, procedure.slug, profileId)))[0]).toMatchObject({ fileId: file.id, profileDocumentId: saved.id });
    // Not a document linked to a type: nothing to save.
    const quote = await uploadedFile(admin.id, 'devis.pdf');
    await attachJustificatif(admin, { dossierId: draft, documentId: 'devis', fileId: quote.id }, dossierContext);
    expect(await saveJustificatifToProfile(admin, { dossierId: draft, documentId: 'devis', validUntil: null }, context())).toMatchObject({ ok: false });
  });
});

describe('porte-documents: deletion rules', () => {
  it('removing a document stops proposing it, but a deposited dossier keeps it and its file', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const procedure = await linkedProcedure();
    const rib = await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');
    await addDocument(admin.id, profileId, 'STATUTS', 'statuts.pdf');
    const deposited = await startFor(admin, procedure.slug, profileId);
    await deposit(admin, deposited);

    expect(await removeProfileDocument(admin.id, { profileId, documentId: rib.id }, context())).toEqual({ ok: true });
    expect((await slotOf(admin.id, profileId, 'RIB'))?.current).toBeNull();
    expect((await slotOf(admin.id, profileId, 'RIB'))?.history).toHaveLength(1);
    expect((await currentAttachments(await startFor(admin, procedure.slug, profileId))).map((row) => row.documentId)).toEqual(['statuts']);
    expect((await currentAttachments(deposited))[0]).toMatchObject({ fileId: rib.fileId, profileDocumentId: rib.id });
    expect(await findDownloadableFile(admin, rib.fileId)).toMatchObject({ originalName: 'rib.pdf' });
    // Removing twice: the second finds nothing current.
    expect(await removeProfileDocument(admin.id, { profileId, documentId: rib.id }, context())).toMatchObject({ ok: false });
  });

  it('replacing or deleting a draft never releases a porte-documents file, and the purge never deletes a referenced one', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const procedure = await linkedProcedure();
    const rib = await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');
    const statutes = await addDocument(admin.id, profileId, 'STATUTS', 'statuts.pdf');
    const draft = await startFor(admin, procedure.slug, profileId);

    const other = await uploadedFile(admin.id, 'autre-rib.pdf');
    expect(await attachJustificatif(admin, { dossierId: draft, documentId: 'rib', fileId: other.id }, dossierContext)).toMatchObject({ ok: true });
    expect((await currentAttachments(draft))[0]).toEqual({ documentId: 'rib', fileId: other.id, profileDocumentId: null });
    expect(await deleteDraft(admin, draft, dossierContext)).toEqual({ ok: true });

    const attachedAt = (id: string) => db.storedFile.findUniqueOrThrow({ where: { id }, select: { attachedAt: true } });
    expect((await attachedAt(rib.fileId)).attachedAt).not.toBeNull();
    expect((await attachedAt(statutes.fileId)).attachedAt).not.toBeNull();
    expect((await attachedAt(other.id)).attachedAt).toBeNull();

    // Even a referenced row that lost its mark is not the purge's.
    await db.storedFile.update({ where: { id: rib.fileId }, data: { attachedAt: null } });
    const dir = await mkdtemp(path.join(tmpdir(), 'porte-documents-'));
    try {
      await purgeOrphanFiles({ storage: createFsDriver(dir), tmpDir: path.join(dir, 'tmp'), now: new Date(Date.now() + 3 * 86_400_000) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(await db.storedFile.count({ where: { id: rib.fileId } })).toBe(1);
    expect(await db.storedFile.count({ where: { id: other.id } })).toBe(0);
  });
});

describe('porte-documents: access', () => {
  it('a non-member gets nothing, a member reads, only administrators write', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const stranger = await createConfirmedUser();
    const rib = await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');

    // Non-member: the same as a profile that does not exist.
    expect(await listProfileDocuments(stranger.id, profileId)).toBeNull();
    expect(await listProfileDocuments(stranger.id, crypto.randomUUID())).toBeNull();
    expect(await findDownloadableFile(stranger, rib.fileId)).toBeNull();
    const strangerFile = await uploadedFile(stranger.id);
    const input = (fileId: string) => addProfileDocumentSchema.parse({ profileId, type: 'STATUTS', fileId, validUntil: '' });
    expect(await addProfileDocument(stranger.id, input(strangerFile.id), context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await removeProfileDocument(stranger.id, { profileId, documentId: rib.id }, context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });

    // Member: reads the list and the file, writes nothing.
    expect((await slotOf(member.id, profileId, 'RIB'))?.current?.id).toBe(rib.id);
    expect(await findDownloadableFile(member, rib.fileId)).toMatchObject({ originalName: 'rib.pdf' });
    const memberFile = await uploadedFile(member.id);
    expect(await addProfileDocument(member.id, input(memberFile.id), context())).toEqual({ ok: false, message: ADMIN_ONLY });
    expect(await removeProfileDocument(member.id, { profileId, documentId: rib.id }, context())).toEqual({ ok: false, message: ADMIN_ONLY });

    expect(await db.profileDocument.count({ where: { profileId } })).toBe(1);
    expect(await db.profileDocument.count({ where: { profileId, removedAt: { not: null } } })).toBe(0);
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: memberFile.id }, select: { attachedAt: true } })).attachedAt).toBeNull();
  });
});

describe('porte-documents: agents', () => {
  it('a justificatif rejected by an agent flags its version, which is no longer proposed', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const procedure = await linkedProcedure();
    const rib = await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');
    await addDocument(admin.id, profileId, 'STATUTS', 'statuts.pdf');
    const dossierId = await startFor(admin, procedure.slug, profileId);
    await deposit(admin, dossierId);
    const agent = await createUserWithRole('ADMIN');
    const attachment = await db.attachment.findFirstOrThrow({ where: { dossierId, documentId: 'rib' }, select: { id: true } });

    expect(await reviewAttachment(agent, attachment.id, { decision: 'REJETE', message: 'RIB illisible' })).toEqual({ ok: true });
    expect(await db.profileDocument.findUniqueOrThrow({ where: { id: rib.id }, select: { rejectionMessage: true, rejectedAt: true } })).toEqual({
      rejectionMessage: 'RIB illisible',
      rejectedAt: expect.any(Date),
    });
    expect((await slotOf(admin.id, profileId, 'RIB'))?.current?.rejectedAt).toBeInstanceOf(Date);
    expect((await currentAttachments(await startFor(admin, procedure.slug, profileId))).map((row) => row.documentId)).toEqual(['statuts']);
  });
});
