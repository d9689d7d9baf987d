import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { authorizeMember } from './profile-access';

export const LAST_ADMIN_CANNOT_LEAVE = 'Vous êtes le seul administrateur de ce profil : nommez d’abord un autre membre administrateur, puis quittez le profil.';

/** The profile's row is locked by authorizeMember: two administrators leaving at once are decided in turn. */
export async function leaveProfile(viewerId: string, { profileId }: { profileId: string }, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeMember(tx, { viewerId, profileId, action: 'membership.leave', context });
    if (!access.ok) return access;
    const { membership } = access;
    if (membership.isAdmin) {
      const otherAdmins = await tx.membership.count({ where: { profileId, isAdmin: true, id: { not: membership.id } } });
      if (otherAdmins === 0) return fail(LAST_ADMIN_CANNOT_LEAVE);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'membership.leave',
      targetType: 'Membership',
      targetId: membership.id,
      ip: context.ip,
      details: { profileId, wasAdmin: membership.isAdmin },
    });
    return succeed();
  });
}
