import 'server-only';
import type { Tx } from '@/lib/db';

export const MEMBER_NOT_FOUND = 'Cette personne ne fait pas partie du profil.';

/** A membership of this profile (never of another one, whatever id was posted). */
export async function findProfileMember(tx: Tx, profileId: string, membershipId: string) {
  return tx.membership.findFirst({ where: { id: membershipId, profileId }, select: { id: true, userId: true, isAdmin: true } });
}
