import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { MemberFunction } from '@/lib/generated/prisma/client';
import { profileContactSelect, type ProfileContact } from './profile-contact';
import { isProfileId } from './profile-id';

export type ViewerProfile = ProfileContact & {
  id: string;
  name: string;
  object: string;
  createdAt: Date;
  viewer: { membershipId: string; isAdmin: boolean; function: MemberFunction; functionDetail: string | null };
};

/** Null for a missing profile and for another's alike (404). Cached: the page and its metadata share it. */
export const getViewerProfile = cache(async (viewerId: string, profileId: string): Promise<ViewerProfile | null> => {
  if (!isProfileId(profileId)) return null;
  const membership = await db.membership.findUnique({
    where: { profileId_userId: { profileId, userId: viewerId } },
    select: {
      id: true,
      isAdmin: true,
      function: true,
      functionDetail: true,
      profile: {
        select: {
          id: true,
          name: true,
          ...profileContactSelect,
          object: true,
          createdAt: true,
        },
      },
    },
  });
  if (!membership) return null;
  const { profile, id: membershipId, ...viewer } = membership;
  return { ...profile, viewer: { membershipId, ...viewer } };
});
