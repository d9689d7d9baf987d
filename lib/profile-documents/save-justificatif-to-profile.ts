import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { alreadySubmitted, dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { lockApplicantDossier } from '@/lib/dossiers/draft-access';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { authorizeAdmin } from '@/lib/profiles/profile-access';
import { VALID_UNTIL_MISSING, type SaveJustificatifToProfileInput } from '@/lib/validation/profile-document';
import { PROFILE_DOCUMENT_TYPES } from './document-types';
import { recordProfileDocumentVersion } from './record-profile-document-version';

export const NOTHING_TO_SAVE = 'Ce justificatif ne peut pas être enregistré dans les documents de l’association : rechargez la page.';

/**
 * « Enregistrer aussi dans les documents de l'association »: the file joined to a draft for a
 * document linked to a type becomes the profile's current document of that type. The same stored
 * file, not a copy; the justificatif then points at that version, like one proposed at filing.
 */
export async function saveJustificatifToProfile(
  viewer: { id: string },
  input: SaveJustificatifToProfileInput,
  context: RequestContext,
  now = new Date(),
): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const locked = await lockApplicantDossier(tx, viewer.id, input.dossierId);
    if (!locked) return dossierNotFound();
    if (locked.status !== 'BROUILLON') return alreadySubmitted();
    const dossier = await tx.dossier.findUniqueOrThrow({
      where: { id: locked.id },
      select: { profileId: true, procedureVersion: { select: { fields: true, documents: true } } },
    });
    if (!dossier.profileId) return fail(NOTHING_TO_SAVE);
    const access = await authorizeAdmin(tx, { viewerId: viewer.id, profileId: dossier.profileId, action: 'profile-document.save-justificatif', context });
    if (!access.ok) return access;

    const type = parseProcedureForm(dossier.procedureVersion).documents.find((document) => document.id === input.documentId)?.profileDocumentType;
    const attachment = await tx.attachment.findFirst({
      where: { dossierId: locked.id, documentId: input.documentId, replacedById: null, profileDocumentId: null },
      select: { id: true, fileId: true },
    });
    if (!type || !attachment) return fail(NOTHING_TO_SAVE);
    if (PROFILE_DOCUMENT_TYPES[type].expires && !input.validUntil) return failOnField('validUntil', VALID_UNTIL_MISSING);

    const version = await recordProfileDocumentVersion(
      tx,
      { profileId: dossier.profileId, type, fileId: attachment.fileId, validUntil: input.validUntil, addedById: viewer.id },
      now,
    );
    await tx.attachment.update({ where: { id: attachment.id }, data: { profileDocumentId: version.id } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'profile-document.add',
      targetType: 'Profile',
      targetId: dossier.profileId,
      ip: context.ip,
      details: { documentId: version.id, type, fileId: attachment.fileId, replacedId: version.replacedId, fromDossierId: locked.id },
    });
    return succeed();
  });
}
