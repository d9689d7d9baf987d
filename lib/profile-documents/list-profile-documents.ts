import 'server-only';
import { db } from '@/lib/db';
import type { FileScanStatus, ProfileDocumentType } from '@/lib/generated/prisma/enums';
import { isProfileId } from '@/lib/profiles/profile-id';
import { PROFILE_DOCUMENT_TYPE_KEYS } from './document-types';

export type ProfileDocumentVersion = {
  id: string;
  validUntil: Date | null;
  createdAt: Date;
  addedBy: string | null;
  replacedAt: Date | null;
  removedAt: Date | null;
  rejectedAt: Date | null;
  rejectionMessage: string | null;
  file: { id: string; originalName: string; size: number; createdAt: Date; scanStatus: FileScanStatus };
};

/** One type of the tab: its current version (if any) and the earlier ones, newest first. */
export type ProfileDocumentSlot = { type: ProfileDocumentType; current: ProfileDocumentVersion | null; history: ProfileDocumentVersion[] };

/** Null for a missing profile and for one the viewer is not a member of alike (404). */
export async function listProfileDocuments(viewerId: string, profileId: string): Promise<ProfileDocumentSlot[] | null> {
  if (!isProfileId(profileId)) return null;
  const profile = await db.profile.findFirst({
    where: { id: profileId, memberships: { some: { userId: viewerId } } },
    select: {
      documents: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          type: true,
          validUntil: true,
          createdAt: true,
          replacedAt: true,
          removedAt: true,
          rejectedAt: true,
          rejectionMessage: true,
          addedBy: { select: { firstName: true, lastName: true } },
          file: { select: { id: true, originalName: true, size: true, createdAt: true, scanStatus: true } },
        },
      },
    },
  });
  if (!profile) return null;
  return PROFILE_DOCUMENT_TYPE_KEYS.map((type) => {
    const versions = profile.documents
      .filter((document) => document.type === type)
      .map(({ type: _type, addedBy, ...version }) => ({ ...version, addedBy: addedBy ? `${addedBy.firstName} ${addedBy.lastName}` : null }));
    const current = versions.find((version) => !version.replacedAt && !version.removedAt) ?? null;
    return { type, current, history: versions.filter((version) => version !== current) };
  });
}
