import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { FILE_UNAVAILABLE } from '@/lib/dossiers/dossier-failures';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { authorizeAdmin } from '@/lib/profiles/profile-access';
import type { AddProfileDocumentInput } from '@/lib/validation/profile-document';
import { recordProfileDocumentVersion } from './record-profile-document-version';

/** « Ajouter un document »: an administrator's upload becomes the current document of its type. */
export async function addProfileDocument(
  viewerId: string,
  input: AddProfileDocumentInput,
  context: RequestContext,
  now = new Date(),
): Promise<ActionResult<{ replaced: boolean }>> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId: input.profileId, action: 'profile-document.add', context });
    if (!access.ok) return access;
    if (!(await attachStoredFiles(tx, viewerId, [input.fileId], now))) return failOnField('fileId', FILE_UNAVAILABLE);
    const version = await recordProfileDocumentVersion(tx, { ...input, addedById: viewerId }, now);
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'profile-document.add',
      targetType: 'Profile',
      targetId: input.profileId,
      ip: context.ip,
      details: { documentId: version.id, type: input.type, fileId: input.fileId, replacedId: version.replacedId },
    });
    return succeed({ replaced: version.replacedId !== null });
  });
}
