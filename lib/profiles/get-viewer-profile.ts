import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { MemberFunction } from '@/lib/generated/prisma/client';
import { isProfileId } from './profile-id';

export type ViewerProfile = {
  id: string;
  name: string;
  rna: string | null;
  siret: string | null;
  addressLine: string;
  postalCode: string;
  city: string;
  contactEmail: string;
  contactPhone: string | null;
  object: string;
  createdAt: Date;
  viewer: { membershipId: string; isAdmin: boolean; function: MemberFunction; functionDetail: string | null };
};

/** What a profile's « Informations » show (and its members' data archive holds). */
export const PROFILE_INFO_SELECT = {
  id: true,
  name: true,
  rna: true,
  siret: true,
  addressLine: true,
  postalCode: true,
  city: true,
  contactEmail: true,
  contactPhone: true,
  object: true,
  createdAt: true,
} as const;

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
      profile: { select: PROFILE_INFO_SELECT },
    },
  });
  if (!membership) return null;
  const { profile, id: membershipId, ...viewer } = membership;
  return { ...profile, viewer: { membershipId, ...viewer } };
});
