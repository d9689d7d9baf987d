import 'server-only';
import { db } from '@/lib/db';
import type { MemberFunction } from '@/lib/generated/prisma/client';

export type ProfileTileData = {
  id: string;
  name: string;
  rna: string | null;
  siret: string | null;
  function: MemberFunction;
  functionDetail: string | null;
  isAdmin: boolean;
  memberCount: number;
};

export async function listViewerProfiles(viewerId: string): Promise<ProfileTileData[]> {
  const memberships = await db.membership.findMany({
    where: { userId: viewerId },
    orderBy: { profile: { name: 'asc' } },
    select: {
      function: true,
      functionDetail: true,
      isAdmin: true,
      profile: { select: { id: true, name: true, rna: true, siret: true, _count: { select: { memberships: true } } } },
    },
  });
  return memberships.map(({ profile, ...membership }) => ({
    id: profile.id,
    name: profile.name,
    rna: profile.rna,
    siret: profile.siret,
    function: membership.function,
    functionDetail: membership.functionDetail,
    isAdmin: membership.isAdmin,
    memberCount: profile._count.memberships,
  }));
}
