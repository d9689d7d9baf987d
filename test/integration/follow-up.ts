import { db } from '@/lib/db';
import type { AttachmentReview, DossierStatus, FileScanStatus, Role } from '@/lib/generated/prisma/client';
import { createAttachment, createDossier } from '@/test/factories/dossiers';
import { createStoredFile as createStoredFileRow } from '@/test/factories/files';
import { createConfirmedUser } from '@/test/integration/accounts';
import { createTestProcedure } from '@/test/integration/procedures';

// Integration tests of the follow-up (tabs, instruction functions): deposited dossiers written
// directly (the deposit itself is tested with submit-dossier), files as StoredFile rows (the
// functions under test never read storage).

export const followContext = { ip: '198.51.100.9' };

export async function createStoredFile(ownerId: string, options: { attached?: boolean; name?: string; scanStatus?: FileScanStatus } = {}) {
  return createStoredFileRow(db, { ownerId, ...options });
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
  const dossier = await createDossier(
    db,
    { id: procedure.id },
    { applicantId, profileId: options.profileId, status: options.status, answers: { 'nom-du-projet': 'Fête du moulin', montant: 1500 } },
  );
  const file = await createStoredFile(applicantId, { attached: true });
  const attachment = await createAttachment(db, {
    dossierId: dossier.id,
    documentId: 'rib',
    fileId: file.id,
    review: options.review ?? 'EN_ATTENTE',
    reviewMessage: options.reviewMessage,
  });
  return {
    dossier: { id: dossier.id, number: dossier.number, version: dossier.version },
    applicantId,
    attachmentId: attachment.id,
    fileId: file.id,
    procedureId: procedure.id,
  };
}
