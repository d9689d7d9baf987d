import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { MemberTargetInput } from '@/lib/validation/profile';
import { findProfileMember, MEMBER_NOT_FOUND } from './find-profile-member';
import { authorizeAdmin } from './profile-access';

export async function promoteMember(viewerId: string, { profileId, membershipId }: MemberTargetInput, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'membership.promote', context });
    if (!access.ok) return access;
    const member = await findProfileMember(tx, profileId, membershipId);
    if (!member) return fail(MEMBER_NOT_FOUND);
    if (member.isAdmin) return succeed();
    await tx.membership.update({ where: { id: member.id }, data: { isAdmin: true } });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'membership.promote',
      targetType: 'Membership',
      targetId: member.id,
      ip: context.ip,
      details: { profileId, userId: member.userId },
    });
    return succeed();
  });
}
