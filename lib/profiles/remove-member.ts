import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { MemberTargetInput } from '@/lib/validation/profile';
import { findProfileMember, MEMBER_NOT_FOUND } from './find-profile-member';
import { authorizeAdmin } from './profile-access';

export const USE_LEAVE_INSTEAD = 'Pour vous retirer vous-même, utilisez « Quitter le profil ».';

/** Another administrator may be removed: the viewer, an administrator, stays, so the profile keeps one. */
export async function removeMember(viewerId: string, { profileId, membershipId }: MemberTargetInput, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'membership.remove', context });
    if (!access.ok) return access;
    const member = await findProfileMember(tx, profileId, membershipId);
    if (!member) return fail(MEMBER_NOT_FOUND);
    if (member.userId === viewerId) return fail(USE_LEAVE_INSTEAD);
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'membership.remove',
      targetType: 'Membership',
      targetId: member.id,
      ip: context.ip,
      details: { profileId, userId: member.userId, wasAdmin: member.isAdmin },
    });
    return succeed();
  });
}
