import 'server-only';
import { db } from '@/lib/db';
import type { MemberFunction } from '@/lib/generated/prisma/client';
import { isProfileId } from './profile-id';
import { shareKeyStatus, type ShareKeyStatus } from './share-key-status';

export type MemberRow = {
  id: string;
  name: string;
  function: MemberFunction;
  functionDetail: string | null;
  isAdmin: boolean;
  joinedAt: Date;
  isViewer: boolean;
};

export type ShareKeyRow = {
  id: string;
  key: string;
  status: ShareKeyStatus;
  createdAt: Date;
  createdBy: string | null;
  activatedAt: Date | null;
  activatedBy: string | null;
  expiresAt: Date;
};

/** Members for every member; the share keys only for administrators (null for the others). */
export type ProfileComposition = { members: MemberRow[]; shareKeys: ShareKeyRow[] | null };

type PersonName = { firstName: string; lastName: string } | null;

function fullName(person: PersonName): string | null {
  return person ? `${person.firstName} ${person.lastName}` : null;
}

const personName = { select: { firstName: true, lastName: true } } as const;

export async function getProfileComposition(viewerId: string, profileId: string): Promise<ProfileComposition | null> {
  if (!isProfileId(profileId)) return null;
  const viewer = await db.membership.findUnique({
    where: { profileId_userId: { profileId, userId: viewerId } },
    select: { isAdmin: true },
  });
  if (!viewer) return null;

  const [memberships, keys] = await Promise.all([
    db.membership.findMany({
      where: { profileId },
      orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, userId: true, function: true, functionDetail: true, isAdmin: true, joinedAt: true, user: personName },
    }),
    viewer.isAdmin
      ? db.shareKey.findMany({
          where: { profileId },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          select: {
            id: true,
            key: true,
            createdAt: true,
            expiresAt: true,
            revokedAt: true,
            activatedAt: true,
            createdBy: personName,
            activatedBy: personName,
          },
        })
      : null,
  ]);

  const now = new Date();
  return {
    members: memberships.map(({ user, userId, ...member }) => ({ ...member, name: fullName(user)!, isViewer: userId === viewerId })),
    shareKeys:
      keys?.map(({ createdBy, activatedBy, revokedAt, ...key }) => ({
        ...key,
        status: shareKeyStatus({ ...key, revokedAt }, now),
        createdBy: fullName(createdBy),
        activatedBy: fullName(activatedBy),
      })) ?? null,
  };
}
