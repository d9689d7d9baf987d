import 'server-only';
import type { Tx } from '@/lib/db';
import type { ProfileDocumentType } from '@/lib/generated/prisma/enums';
import { endOfParisDay } from '@/lib/procedures/campaign-dates';

/**
 * Makes `fileId` the current document of its type; the one it replaces stays as a version in the
 * history (dossiers filed with it keep pointing at it). The caller has checked the viewer is an
 * administrator (profile row locked) and that the file is attached.
 */
export async function recordProfileDocumentVersion(
  tx: Tx,
  input: { profileId: string; type: ProfileDocumentType; fileId: string; validUntil: string | null; addedById: string },
  now: Date,
): Promise<{ id: string; replacedId: string | null }> {
  const current = await tx.profileDocument.findFirst({
    where: { profileId: input.profileId, type: input.type, replacedAt: null, removedAt: null },
    select: { id: true },
  });
  if (current) await tx.profileDocument.update({ where: { id: current.id }, data: { replacedAt: now } });
  const created = await tx.profileDocument.create({
    data: {
      profileId: input.profileId,
      type: input.type,
      fileId: input.fileId,
      validUntil: input.validUntil ? endOfParisDay(input.validUntil) : null,
      addedById: input.addedById,
      createdAt: now,
    },
    select: { id: true },
  });
  return { id: created.id, replacedId: current?.id ?? null };
}
