import { randomUUID } from 'node:crypto';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { recordStoredFile } from '@/lib/files/record-stored-file';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { createTestProcedure } from '@/test/integration/procedures';
import { createProfileWithAdmin } from '@/test/integration/profiles';
import { startDossier } from '@/lib/dossiers/start-dossier';

// Helpers for the integration tests of dossiers: each test makes its own people, démarches and files.

export const context = { ip: '198.51.100.42' };

export const dossierForm: ProcedureForm = {
  fields: [
    { id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true },
    { id: 'montant', type: 'amount', label: 'Montant demandé', required: true, min: 100 },
    { id: 'commentaire', type: 'paragraph', label: 'Commentaire', required: false },
  ],
  documents: [
    { id: 'rib', label: 'Relevé d’identité bancaire', required: true },
    { id: 'budget', label: 'Budget prévisionnel', required: false },
  ],
};

export const goodAnswers = { 'nom-du-projet': 'Fête du moulin', montant: '1 500,50' };

export async function publishedProcedure(audience: 'ASSOCIATION' | 'PARTICULIER' = 'ASSOCIATION', form: ProcedureForm = dossierForm) {
  const { id } = await createTestProcedure({ published: true, audience }, form);
  return db.procedure.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true } });
}

/** A file row as POST /api/fichiers leaves it: owned, unattached (no object behind it). */
export function uploadedFile(ownerId: string, originalName = 'rib.pdf') {
  return db.$transaction((tx) =>
    recordStoredFile(tx, {
      key: `files/2026/11/${randomUUID()}`,
      originalName,
      mime: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      scanStatus: 'CLEAN',
      ownerId,
    }),
  );
}

/** A member of a new profile with a draft of a new association démarche. */
export async function associationDraft() {
  const { admin: applicant, profileId } = await createProfileWithAdmin();
  const procedure = await publishedProcedure('ASSOCIATION');
  const started = await startDossier(applicant, { procedureSlug: procedure.slug, profileId, idempotencyKey: randomUUID() }, context);
  if (!started.ok || !started.data) throw new Error(`startDossier a échoué : ${JSON.stringify(started)}`);
  return { applicant, profileId, procedure, dossierId: started.data.dossierId };
}

export async function currentVersion(dossierId: string): Promise<number> {
  return (await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { version: true } })).version;
}

export { createConfirmedUser };
