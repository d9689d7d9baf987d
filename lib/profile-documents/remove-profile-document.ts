import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { authorizeAdmin } from '@/lib/profiles/profile-access';

export const PROFILE_DOCUMENT_NOT_FOUND = 'Ce document n’est plus dans les documents de l’association : rechargez la page.';

/**
 * « Retirer »: the document is no longer proposed nor listed as current. The row and its file stay:
 * a dossier filed with it keeps exactly what the services received.
 */
export async function removeProfileDocument(
  viewerId: string,
  input: { profileId: string; documentId: string },
  context: RequestContext,
  now = new Date(),
): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId: input.profileId, action: 'profile-document.remove', context });
    if (!access.ok) return access;
    const { count } = await tx.profileDocument.updateMany({
      where: { id: input.documentId, profileId: input.profileId, replacedAt: null, removedAt: null },
      data: { removedAt: now, removedById: viewerId },
    });
    if (count === 0) return fail(PROFILE_DOCUMENT_NOT_FOUND);
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'profile-document.remove',
      targetType: 'Profile',
      targetId: input.profileId,
      ip: context.ip,
      details: { documentId: input.documentId },
    });
    return succeed();
  });
}
