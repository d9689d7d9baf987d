import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { startDossier } from '@/lib/dossiers/start-dossier';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { addProfileDocument } from '@/lib/profile-documents/add-profile-document';
import type { ProfileDocumentType } from '@/lib/profile-documents/document-types';
import { addProfileDocumentSchema } from '@/lib/validation/profile-document';
import { context, publishedProcedure, uploadedFile } from '@/test/integration/dossiers';

// Helpers for the integration tests of the porte-documents.

/** A démarche whose « rib » and « statuts » are linked to porte-documents types. */
export const linkedForm: ProcedureForm = {
  fields: [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }],
  documents: [
    { id: 'rib', label: 'Relevé d’identité bancaire', required: true, profileDocumentType: 'RIB' },
    { id: 'statuts', label: 'Statuts de l’association', required: true, profileDocumentType: 'STATUTS' },
    { id: 'devis', label: 'Devis', required: false },
  ],
};

export function linkedProcedure() {
  return publishedProcedure('ASSOCIATION', linkedForm);
}

/** The administrator uploads `name` and adds it as the profile's `type` (through the domain, like the tab). */
export async function addDocument(adminId: string, profileId: string, type: ProfileDocumentType, name: string, validUntil = '') {
  const file = await uploadedFile(adminId, name);
  const added = await addProfileDocument(adminId, addProfileDocumentSchema.parse({ profileId, type, fileId: file.id, validUntil }), { ip: '198.51.100.9' });
  if (!added.ok) throw new Error(`Document non ajouté : ${JSON.stringify(added)}`);
  const version = await db.profileDocument.findFirstOrThrow({
    where: { profileId, type, replacedAt: null, removedAt: null },
    select: { id: true, fileId: true },
  });
  return version;
}

export async function startFor(viewer: { id: string }, slug: string, profileId: string): Promise<string> {
  const started = await startDossier(viewer, { procedureSlug: slug, profileId, idempotencyKey: randomUUID() }, context);
  if (!started.ok || !started.data) throw new Error(`startDossier a échoué : ${JSON.stringify(started)}`);
  return started.data.dossierId;
}

export function currentAttachments(dossierId: string) {
  return db.attachment.findMany({
    where: { dossierId, replacedById: null },
    orderBy: { documentId: 'asc' },
    select: { documentId: true, fileId: true, profileDocumentId: true },
  });
}
