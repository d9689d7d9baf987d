import { randomBytes, randomUUID } from 'node:crypto';
import { createConfirmedUser } from '@/test/factories/accounts';
import { db } from '@/lib/db';
import type { AttachmentReview, DossierStatus, FileScanStatus, Role } from '@/lib/generated/prisma/client';
import { createTestProcedure } from '@/test/factories/procedures';

// Integration tests of the follow-up (tabs, instruction functions): deposited dossiers written
// directly (the deposit itself is tested with submit-dossier), files as StoredFile rows (the
// functions under test never read storage).

export const followContext = { ip: '198.51.100.9' };

export async function createStoredFile(ownerId: string, options: { attached?: boolean; name?: string; scanStatus?: FileScanStatus } = {}) {
  return db.storedFile.create({
    data: {
      key: `files/2026/11/${randomUUID()}`,
      originalName: options.name ?? 'piece.pdf',
      mime: 'application/pdf',
      size: 1234,
      sha256: 'a'.repeat(64),
      ownerId,
      attachedAt: options.attached ? new Date() : null,
      scanStatus: options.scanStatus ?? 'CLEAN',
    },
    select: { id: true },
  });
}

export async function createUserWithRole(role: Role) {
  const user = await createConfirmedUser();
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { ...user, role };
}

type DossierOptions = { applicantId?: string; profileId?: string | null; status?: DossierStatus; review?: AttachmentReview; reviewMessage?: string };

/** A dossier of a new démarche (« Nom du projet », « Montant demandé », a « rib » document) with one justificatif. */
export async function createDepositedDossier(options: DossierOptions = {}) {
  const applicantId = options.applicantId ?? (await createConfirmedUser()).id;
  const procedure = await createTestProcedure();
  const version = await db.procedureVersion.findFirstOrThrow({ where: { procedureId: procedure.id }, select: { id: true } });
  const status = options.status ?? 'DEPOSE';
  const dossier = await db.dossier.create({
    data: {
      number: status === 'BROUILLON' ? null : `2026-${randomBytes(4).toString('hex')}`,
      procedureId: procedure.id,
      procedureVersionId: version.id,
      applicantId,
      profileId: options.profileId ?? null,
      answers: { 'nom-du-projet': 'Fête du moulin', montant: 1500 },
      status,
      idempotencyKey: randomUUID(),
      submittedAt: status === 'BROUILLON' ? null : new Date(),
    },
    select: { id: true, number: true, version: true },
  });
  const file = await createStoredFile(applicantId, { attached: true });
  const attachment = await db.attachment.create({
    data: { dossierId: dossier.id, documentId: 'rib', fileId: file.id, review: options.review ?? 'EN_ATTENTE', reviewMessage: options.reviewMessage },
    select: { id: true },
  });
  return { dossier, applicantId, attachmentId: attachment.id, fileId: file.id, procedureId: procedure.id };
}
